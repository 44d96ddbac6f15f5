import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { splitFullName } from './split-name'

describe('splitting a full name', () => {
  it.each([
    ['Anna Kowalska', 'Anna', 'Kowalska'],
    ['  Anna   Kowalska ', 'Anna', 'Kowalska'],
    ['Kowalska, Anna', 'Anna', 'Kowalska'],
    ['Anna Maria Kowalska', 'Anna Maria', 'Kowalska'],
    ['Jean de la Fontaine', 'Jean', 'de la Fontaine'],
    ['Ludwig van Beethoven', 'Ludwig', 'van Beethoven'],
    ['DUPONT Marie', 'Marie', 'DUPONT'],
    ['Marie-Claire DE LA TOUR', 'Marie-Claire', 'DE LA TOUR'],
    ['Шевченко Олена Петрівна', 'Олена Петрівна', 'Шевченко'],
    ['Іван Петренко', 'Іван', 'Петренко'],
    ['Madonna', 'Madonna', ''],
    ['', '', '']
  ])('%j → %j / %j', (full, firstName, lastName) => {
    expect(splitFullName(full)).toEqual({ firstName, lastName })
  })

  it('property: no word is lost or invented, and a two-word name splits into its words', () => {
    const word = fc.stringMatching(/^[A-Za-zĄąĘęŁłŻżÓóŚśЁёІіЇїА-Яа-я'-]{1,10}$/)
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), (words) => {
        const { firstName, lastName } = splitFullName(words.join(' '))
        const back = `${firstName} ${lastName}`.split(/\s+/).filter(Boolean).sort()
        return JSON.stringify(back) === JSON.stringify([...words].sort())
      }),
      { numRuns: 1000 }
    )
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z][a-z]{1,8}$/), fc.stringMatching(/^[A-Z][a-z]{1,8}$/), (first, last) => {
        const split = splitFullName(`${first} ${last}`)
        return split.firstName === first && split.lastName === last
      })
    )
  })
})
