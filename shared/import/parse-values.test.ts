import { describe, expect, it } from 'vitest'
import { parseConsent, parseCountry, parseCustomerType, parseDiscount, parseYesNo } from './parse-values'
import { parseEmails, parsePhones } from './parse-contacts'

describe('yes/no in the six languages and as other systems write consent', () => {
  it.each([
    ['tak', true], ['TAK', true], ['Nie', false], ['ano', true], ['ne', false], ['так', true], ['ні', false], ['oui', true], ['non', false],
    ['да', true], ['не', false], ['yes', true], ['subscribed', true], ['unsubscribed', false], ['cleaned', false], ['x', true], ['1', true],
    ['0', false], [true, true], [false, false], [1, true], [0, false], ['maybe', null], ['', null], [null, null]
  ] as const)('%j → %j', (cell, expected) => {
    expect(parseYesNo(cell)).toBe(expected)
  })
})

describe('customer type, discount, country', () => {
  it('reads the type in words and as a yes/no "Registered" column', () => {
    expect(parseCustomerType('Zarejestrowany')).toBe('registered')
    expect(parseCustomerType('gość')).toBe('contact')
    expect(parseCustomerType('Контакт')).toBe('contact')
    expect(parseCustomerType('yes')).toBe('registered')
    expect(parseCustomerType('VIP')).toBeNull()
  })

  it('reads discounts written every way', () => {
    expect(parseDiscount('10%')).toBe(10)
    expect(parseDiscount('10,5 %')).toBe(10.5)
    expect(parseDiscount(15)).toBe(15)
    expect(parseDiscount('-5%')).toBe(5)
    expect(parseDiscount('ten')).toBeNull()
  })

  it('reads countries by code and by name in several languages', () => {
    expect(parseCountry('PL')).toBe('PL')
    expect(parseCountry('cz')).toBe('CZ')
    expect(parseCountry('Polska')).toBe('PL')
    expect(parseCountry('Česko')).toBe('CZ')
    expect(parseCountry('Україна')).toBe('UA')
    expect(parseCountry('France')).toBe('FR')
    expect(parseCountry('България')).toBe('BG')
    expect(parseCountry('Germany')).toBe('DE')
    expect(parseCountry('Narnia')).toBeNull()
  })
})

describe('phones and e-mails from a cell', () => {
  const ok = (cell: string | number, country = 'PL') => parsePhones(cell, country).map((outcome) => (outcome.ok ? outcome.e164 : `!${outcome.reason}`))
  it('reads national, international and "00" numbers with the desk country', () => {
    expect(ok('601 234 567')).toEqual(['+48601234567'])
    expect(ok('+48 601-234-567')).toEqual(['+48601234567'])
    expect(ok('0048 601 234 567')).toEqual(['+48601234567'])
    expect(ok('050 123 45 67', 'UA')).toEqual(['+380501234567'])
    expect(ok('+420 602 123 456')).toEqual(['+420602123456'])
  })

  it('recovers numbers a spreadsheet turned into numbers', () => {
    expect(ok(48601234567)).toEqual(['+48601234567'])
    expect(ok(601234567)).toEqual(['+48601234567'])
    expect(ok(7911123456, 'GB')).toEqual(['+447911123456'])
    expect(ok(380501234567, 'PL')).toEqual(['+380501234567'])
  })

  it('splits several numbers in one cell and names the ones it cannot read', () => {
    expect(ok('601 234 567 / 602 345 678')).toEqual(['+48601234567', '+48602345678'])
    expect(ok('tel. 601234567; mob: 512345678')).toEqual(['+48601234567', '+48512345678'])
    expect(ok('12-34')).toEqual(['!phone-invalid'])
    expect(ok('4,86012E+10')).toEqual(['!phone-scientific'])
  })

  it('lower-cases e-mails, splits several, refuses broken ones', () => {
    expect(parseEmails('ANNA@Example.PL; mailto:jan@example.pl')).toEqual([{ ok: true, email: 'anna@example.pl' }, { ok: true, email: 'jan@example.pl' }])
    expect(parseEmails('grzegorz@example')).toEqual([{ ok: false, raw: 'grzegorz@example' }])
    expect(parseEmails('')).toEqual([])
  })
})

describe('a consent cell: given, not given, or withdrawn only when the file says so', () => {
  it.each([
    ['tak', 'given'], ['Yes', 'given'], ['subscribed', 'given'],
    ['nie', 'not-given'], ['No', 'not-given'], ['ne', 'not-given'], [false, 'not-given'], [0, 'not-given'],
    ['wycofana', 'withdrawn'], ['unsubscribed', 'withdrawn'], ['odhlášen', 'withdrawn'], ['відкликано', 'withdrawn'], ['désabonné', 'withdrawn'], ['оттеглено', 'withdrawn'],
    ['', null], ['maybe', null]
  ] as const)('%j → %j', (cell, state) => {
    expect(parseConsent(cell)).toBe(state)
  })
})
