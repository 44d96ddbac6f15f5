import { describe, expect, it } from 'vitest'
import { mobileFirst, parseEmails, parsePhones } from './parse-contacts'

const phones = (cell: string, country = 'PL') => parsePhones(cell, country).map((outcome) => (outcome.ok ? [outcome.e164, outcome.verified] : ['?', outcome.raw]))

describe('several phones or e-mails in one cell', () => {
  it.each([
    ['+48 601 234 567 ::: +48 22 123 45 67', ['+48601234567', '+48221234567']], // Google Contacts
    ['601 234 567; 22 123 45 67', ['+48601234567', '+48221234567']],
    ['601 234 567\n22 123 45 67', ['+48601234567', '+48221234567']],
    ['601 234 567, 22 123 45 67', ['+48601234567', '+48221234567']], // both sides whole numbers: two
    ['tel. 601 234 567 / kom. 602 345 678', ['+48601234567', '+48602345678']],
    ['601 234 567 lub 602 345 678', ['+48601234567', '+48602345678']]
  ])('%j', (cell, expected) => {
    expect(phones(cell).map(([e164]) => e164)).toEqual(expected)
  })

  it('a comma that is not between two whole numbers is punctuation inside one', () => {
    expect(phones('48,601,234,567').map(([e164]) => e164)).toEqual(['+48601234567'])
  })

  it('keeps a number in a range the phone data does not know, unverified; refuses what is not a number or a placeholder', () => {
    expect(phones('+48 10 123 45 67')).toEqual([['+48101234567', false]])
    expect(phones('+420 999 123 456')).toEqual([['+420999123456', false]])
    expect(phones('601 234 567')).toEqual([['+48601234567', true]])
    expect(phones('000 000 000')).toEqual([['?', '000 000 000']])
    expect(phones('12-34')).toEqual([['?', '12-34']])
    // Recovering a lost "+" or trunk zero is a guess: only a number in a known range is taken.
    expect(phones('601 234 567', 'US')).toEqual([['?', '601 234 567']])
  })

  it('puts a mobile before a landline, otherwise keeps the order', () => {
    expect(mobileFirst(['+48221234567', '+48601234567', '+48227654321', '+48602345678'])).toEqual(['+48601234567', '+48602345678', '+48221234567', '+48227654321'])
    expect(mobileFirst(['+48221234567', '+48227654321'])).toEqual(['+48221234567', '+48227654321'])
  })

  it('e-mails joined by " ::: ", ";", "," or a new line', () => {
    const emails = (cell: string) => parseEmails(cell).map((outcome) => (outcome.ok ? outcome.email : `?${outcome.raw}`))
    expect(emails('anna@example.pl ::: anna.k@firma.pl')).toEqual(['anna@example.pl', 'anna.k@firma.pl'])
    expect(emails('jan@example.nl, jvdb@example.com;j@x.cz\nk@y.bg')).toEqual(['jan@example.nl', 'jvdb@example.com', 'j@x.cz', 'k@y.bg'])
  })
})
