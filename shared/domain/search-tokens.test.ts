import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { customerSortName, customerTokens, searchQueryAlternatives, tokensMatch, type TokenSource } from './search-tokens'
import { foldText } from './text-fold'
import { cyrillicToLatin, latinToCyrillic } from './transliterate'

function person(overrides: Partial<TokenSource>): TokenSource {
  return { firstName: '', lastName: '', phones: [], emails: [], cardNumber: '', erased: 0, ...overrides }
}

function finds(customer: TokenSource, query: string): boolean {
  const alternatives = searchQueryAlternatives(query)
  return alternatives.length > 0 && tokensMatch(customerTokens(customer), alternatives)
}

describe('folding', () => {
  it('folds case, diacritics and the letters Unicode does not decompose', () => {
    expect(foldText('Łukasz Żółć')).toBe('lukasz zolc')
    expect(foldText('Søren Weiß Đorđević')).toBe('soren weiss dordevic')
    expect(foldText('Dvořák Nováková')).toBe('dvorak novakova')
    expect(foldText("O'Brien")).toBe('obrien')
  })
})

describe('finding a customer', () => {
  const anna = person({ firstName: 'Małgorzata', lastName: 'Wiśniewska', phones: ['+48601234567'], emails: ['m.wisniewska@wp.pl'], cardNumber: 'RC-004512' })

  it('finds a Polish surname typed without diacritics, by any prefix, in any case', () => {
    for (const query of ['wisniewska', 'Wiśn', 'WISN', 'malg wisn', 'wisn malgorzata']) expect(finds(anna, query)).toBe(true)
    expect(finds(anna, 'wisniewski')).toBe(false)
    expect(finds(anna, 'anna wisn')).toBe(false)
  })

  it('finds a phone by any run of ≥ 3 digits, national or international, whatever the formatting', () => {
    for (const query of ['601 23', '601-234-567', '+48 601', '0048601234', '234 567', '4567', '48601234567', '(601) 234']) {
      expect(finds(anna, query)).toBe(true)
    }
    expect(finds(anna, '602 23')).toBe(false)
  })

  it('indexes a phone by every other digit suffix, half the index entries of one at every digit', () => {
    const digitTokens = (customer: TokenSource, legacy = false) => customerTokens(customer, { legacyPhoneSuffixes: legacy }).filter((token) => /^\d+$/.test(token))
    const polish = person({ phones: ['+48601234567'] })
    expect(digitTokens(polish).sort()).toEqual(['48601234567', '601234567', '1234567', '34567', '567'].sort())
    expect(digitTokens(polish, true)).toHaveLength(9)
    // The national form's trunk 0 is the one digit the international form lacks.
    expect(digitTokens(person({ phones: ['+380501234567'] }))).toContain('0501234567')
  })

  it('takes a leading "00" for the international prefix only where a country code can follow', () => {
    const french = person({ phones: ['+33612345678'] })
    expect(finds(french, '0033 612')).toBe(true)
    expect(finds(french, '000')).toBe(false)
    expect(finds(french, '0006')).toBe(false)
  })

  it('finds rows written with a suffix at every digit by the same queries', () => {
    const legacy = customerTokens(anna, { legacyPhoneSuffixes: true })
    for (const query of ['601 23', '01234', '1234', '234 567', '+48 601', '0048601234']) expect(tokensMatch(legacy, searchQueryAlternatives(query))).toBe(true)
    expect(tokensMatch(legacy, searchQueryAlternatives('602 23'))).toBe(false)
  })

  it('finds a number of a country with a trunk 0 typed the national way', () => {
    const olena = person({ firstName: 'Олена', phones: ['+380501234567'] })
    expect(finds(olena, '050 123')).toBe(true)
    expect(finds(olena, '+380 50 123')).toBe(true)
    expect(finds(olena, '501234')).toBe(true)
  })

  it('finds an e-mail by its start and by pieces of its local part, and a card number', () => {
    for (const query of ['m.wis', 'm.wisniewska@wp', 'wisniewska@', 'RC-0045', 'rc004512', '004512']) expect(finds(anna, query)).toBe(true)
  })

  it('finds an e-mail by a piece of its domain, never by its top-level label alone', () => {
    const onet = person({ firstName: 'Anna', lastName: 'Kowalska', emails: ['anna.k@poczta.onet.pl'] })
    for (const query of ['onet', 'onet.pl', 'poczta.onet', 'poczta.onet.pl', 'ONET.PL', '@onet', '@poczta.onet.pl', 'onet.', 'anna.k', 'k@poczta', 'anna onet']) {
      expect(finds(onet, query)).toBe(true)
    }
    for (const query of ['pl', 'onet.com', 'kowalska.onet', 'wp.pl', 'nowak onet']) expect(finds(onet, query)).toBe(false)
    const gmail = person({ emails: ['Jan.Nowak@Gmail.com'] })
    for (const query of ['gmail', 'gmail.com', 'gmail.c']) expect(finds(gmail, query)).toBe(true)
    expect(finds(gmail, 'com')).toBe(false)
  })

  it('indexes a domain from each label on, but not a top-level label nor a registry level such as "co.uk"', () => {
    const domainTokens = (email: string) => customerTokens(person({ emails: [email] })).filter((token) => token.includes('.') && !token.includes('@'))
    expect(domainTokens('anna@poczta.onet.pl').sort()).toEqual(['onet.pl', 'poczta.onet.pl'])
    expect(domainTokens('jo@yahoo.co.uk')).toEqual(['yahoo.co.uk'])
    expect(domainTokens('biuro@firma.com.pl')).toEqual(['firma.com.pl'])
    expect(domainTokens('x@o2.pl')).toEqual(['o2.pl'])
    expect(customerTokens(person({ emails: ['x@localhost'] }))).not.toContain('localhost')
  })

  it('keeps the tokens of rows written before domains were searchable apart (the background refresh replaces them)', () => {
    const before = customerTokens(anna, { withoutDomains: true })
    expect(before).not.toContain('wp.pl')
    expect(customerTokens(anna)).toEqual(expect.arrayContaining([...before, 'wp.pl']))
    expect(tokensMatch(before, searchQueryAlternatives('wisn'))).toBe(true)
  })

  it('reads a dotted word as a piece of an address, a name with a trailing dot as the name', () => {
    expect(searchQueryAlternatives('onet.pl')).toEqual([['onet.pl']])
    expect(searchQueryAlternatives('Kowalski.')).toEqual([['kowalski']])
    expect(searchQueryAlternatives('@Gmail')).toEqual([['gmail']])
    expect(searchQueryAlternatives('@')).toEqual([])
  })

  it('finds Ukrainian and Bulgarian names typed in Latin, by the spellings people use', () => {
    const olha = person({ firstName: 'Ольга', lastName: 'Шевченко' })
    for (const query of ['olha', 'olga', 'Shevchenko', 'shevch olh', 'Ольга', 'шевч']) expect(finds(olha, query)).toBe(true)
    const andrii = person({ firstName: 'Андрій', lastName: 'Гнатюк' })
    for (const query of ['andrii', 'andriy', 'hnatiuk', 'hnatyuk']) expect(finds(andrii, query)).toBe(true)
    const hristo = person({ firstName: 'Христо', lastName: 'Кръстев' })
    for (const query of ['hristo', 'krastev', 'khrysto']) expect(finds(hristo, query)).toBe(true)
  })

  it('finds Latin names typed in Cyrillic where the reading is clear', () => {
    expect(finds(person({ lastName: 'Kowalski' }), 'Ковалски')).toBe(true)
    expect(finds(person({ lastName: 'Kowalski' }), 'Ковальськи')).toBe(true)
    expect(finds(person({ lastName: 'Dvořák' }), 'Дворжак')).toBe(true)
    expect(finds(person({ lastName: 'Szymańska' }), 'Шиманска')).toBe(true)
    expect(finds(person({ firstName: 'Oleksandr' }), 'Олександр')).toBe(true)
  })

  it('leaves nothing to find for an erased customer', () => {
    expect(customerTokens({ ...anna, erased: 1 })).toEqual([])
    expect(customerSortName({ ...anna, erased: 1 })).toBe('')
  })

  it('sorts by folded "last first", falling back to e-mail then phone', () => {
    expect(customerSortName(anna)).toBe('wisniewska malgorzata')
    expect(customerSortName(person({ emails: ['x@y.cz'], phones: ['+420601123456'] }))).toBe('x@y.cz')
    expect(customerSortName(person({ phones: ['+420601123456'] }))).toBe('+420601123456')
  })

  it('reads an empty or punctuation-only query as nothing to search', () => {
    expect(searchQueryAlternatives('   ')).toEqual([])
    expect(searchQueryAlternatives(' - ')).toEqual([])
  })
})

describe('transliteration', () => {
  it('gives the official and popular Ukrainian and the Bulgarian readings', () => {
    expect(cyrillicToLatin('юлія')).toEqual(expect.arrayContaining(['yuliia', 'yuliya']))
    expect(cyrillicToLatin('згорани')).toContain('zghorany')
    expect(cyrillicToLatin('георги')).toContain('georgi')
    expect(latinToCyrillic('chalupa')).toBe('халупа')
    expect(latinToCyrillic('weiß')).toBeNull()
  })
})

describe('search properties', () => {
  const nameLetters = fc.constantFrom(...'abcdefghijklmnoprstuvwzyąćęłńóśźżčřšžáéíýůабвгдежзиклмнопрстуфхцчшщюяїієґ'.split(''))
  const word = fc.array(nameLetters, { minLength: 2, maxLength: 12 }).map((letters) => letters.join(''))

  it('every prefix of a name word, typed as written, finds the customer', () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 1, max: 12 }), (first, last, cut) => {
        const customer = person({ firstName: first, lastName: last })
        const typed = last.slice(0, cut)
        expect(finds(customer, typed.toUpperCase())).toBe(true)
      })
    )
  })

  it('a run of digits that is not in the phone does not find it', () => {
    // Each phone with its national digits as a person dials them (with the trunk 0 where the country has one).
    const nationalForms: Record<string, string> = { '+48601234567': '601234567', '+420777123456': '777123456', '+380671234567': '0671234567', '+33612345678': '0612345678' }
    fc.assert(
      fc.property(fc.stringMatching(/^\d{3,7}$/), fc.constantFrom(...Object.keys(nationalForms)), (run, phone) => {
        // "00…" is also tried as the international form's start, which the tokens do not mark (like "+…"): not a run.
        fc.pre(!phone.slice(1).includes(run) && !nationalForms[phone].includes(run) && !run.startsWith('00'))
        expect(finds(person({ phones: [phone] }), run)).toBe(false)
      })
    )
  })

  it('every run of ≥ 3 digits of a stored phone finds it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 3, max: 6 }), fc.constantFrom('+48601234567', '+420777123456', '+380671234567', '+33612345678'), (start, length, phone) => {
        const digits = phone.slice(1)
        const run = digits.slice(start, start + length)
        fc.pre(run.length >= 3)
        expect(finds(person({ phones: [phone] }), run.split('').join(' '))).toBe(true)
      })
    )
  })
})
