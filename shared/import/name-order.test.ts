import { describe, expect, it } from 'vitest'
import { headerNameOrder } from './name-order'
import { splitFullName } from './split-name'

describe('which name a full-name column writes first', () => {
  it.each([
    'Nazwisko i imię', 'Příjmení a jméno', "Прізвище та ім'я", 'Фамилия и име', 'Nom et prénom', 'Last name, First name', 'Surname Forename', 'ПІБ', 'ФИО'
  ])('%j: the surname first', (header) => {
    expect(headerNameOrder(header)).toBe('surname-first')
  })

  it.each(['Imię i nazwisko', 'Jméno a příjmení', "Ім'я та прізвище", 'Име и фамилия', 'Prénom et nom', 'Name', 'Full name', 'Nom du client', 'Klient'])(
    '%j: the first name first',
    (header) => {
      expect(headerNameOrder(header)).toBe('first-name-first')
    }
  )
})

describe('splitting a name written surname first', () => {
  it.each([
    ['Kowalska Anna', 'Anna', 'Kowalska'],
    ['Kowalska Anna Maria', 'Anna Maria', 'Kowalska'],
    ['van der Berg Jan', 'Jan', 'van der Berg'],
    ['Шевченко Олена', 'Олена', 'Шевченко'],
    ['Kowalska, Anna', 'Anna', 'Kowalska'],
    ['Madonna', 'Madonna', '']
  ])('%j → %j / %j', (full, firstName, lastName) => {
    expect(splitFullName(full, 'surname-first')).toEqual({ firstName, lastName })
  })
})
