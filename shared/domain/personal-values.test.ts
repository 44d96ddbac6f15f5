import { describe, expect, it } from 'vitest'
import { emptyProfile } from './customer'
import { ERASED_TEXT, personalMatcher, scrubPersonalValues } from './personal-values'

const olena = personalMatcher({
  ...emptyProfile(),
  firstName: 'Олена',
  lastName: 'Шевченко',
  phones: ['+380501234567'],
  emails: ['olena@example.ua'],
  cardNumber: 'UA 5521-77'
})

describe('finding copies of one person’s data', () => {
  it('finds her name in either script and order, her phone in any formatting, her e-mail and card', () => {
    for (const text of ['Шевченко Олена', 'olena shevchenko', 'Search: Shevchenko', 'call 050 123 45 67', '+380 (50) 123-45-67', 'OLENA@example.ua', 'card UA5521-77']) {
      expect(olena.matches(text), text).toBe(true)
    }
  })

  it('leaves other people’s and ordinary texts alone', () => {
    for (const text of ['Олена Коваль', 'Shevchenkova', 'Order 0501', '12 000 PLN', 'this PC', 'olena2@example.ua'.replace('olena2', 'oksana')]) {
      expect(olena.matches(text), text).toBe(false)
    }
    // A text that is exactly her first name is a copy; the first name inside a longer text is not.
    expect(olena.matches('Олена')).toBe(true)
    expect(olena.matches('Олена Коваль')).toBe(false)
  })

  it('replaces matching strings deep in a JSON value and returns the same object when nothing matched', () => {
    const details = { fileName: 'olena-shevchenko.xlsx', fields: ['name', 'phone'], nested: [{ q: '0501234567' }], rows: 3 }
    expect(scrubPersonalValues(details, olena)).toEqual({ fileName: ERASED_TEXT, fields: ['name', 'phone'], nested: [{ q: ERASED_TEXT }], rows: 3 })
    const untouched = { fields: ['name'], rows: 3 }
    expect(scrubPersonalValues(untouched, olena)).toBe(untouched)
  })
})
