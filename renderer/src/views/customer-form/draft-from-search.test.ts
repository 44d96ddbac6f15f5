import { describe, expect, it } from 'vitest'
import { draftFromSearch } from './draft-from-search'

describe('a new customer from a search that found no one', () => {
  it('puts a surname into the surname, and more words into first names and the surname', () => {
    expect(draftFromSearch('Kowalska')).toEqual({ lastName: 'Kowalska' })
    expect(draftFromSearch(' Anna  Maria Kowalska ')).toEqual({ firstName: 'Anna Maria', lastName: 'Kowalska' })
    expect(draftFromSearch('Олена Шевченко')).toEqual({ firstName: 'Олена', lastName: 'Шевченко' })
  })

  it('gives a name typed in lower case its capitals, and leaves a name typed with them as it is', () => {
    expect(draftFromSearch('łucja żółkiewska-nowak')).toEqual({ firstName: 'Łucja', lastName: 'Żółkiewska-Nowak' })
    expect(draftFromSearch("o'brien")).toEqual({ lastName: "O'Brien" })
    expect(draftFromSearch('McDonald')).toEqual({ lastName: 'McDonald' })
  })

  it('puts a phone number, or the part of one typed so far, into the phones', () => {
    expect(draftFromSearch('+48 601 234 567')).toEqual({ phones: ['+48 601 234 567'] })
    expect(draftFromSearch('(0)601-23')).toEqual({ phones: ['(0)601-23'] })
  })

  it('puts an e-mail into the e-mails and a word of letters and digits into the card number', () => {
    expect(draftFromSearch('Anna.Nowak@example.pl')).toEqual({ emails: ['Anna.Nowak@example.pl'] })
    expect(draftFromSearch('RC00123')).toEqual({ cardNumber: 'RC00123' })
  })

  it('fills nothing for a blank search', () => {
    expect(draftFromSearch('   ')).toEqual({})
  })
})
