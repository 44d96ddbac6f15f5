import { format } from 'date-fns'
import { describe, expect, it } from 'vitest'
import { datePickerPattern } from './date-picker-pattern'

/** Intl's text with its no-break spaces as plain ones (the pattern's choice, see there). */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

describe('the date picker writes dates as the UI language does', () => {
  const at = new Date(2026, 11, 7, 10, 5)
  for (const locale of ['en', 'pl', 'cs', 'uk', 'fr', 'bg']) {
    it(`in ${locale}: the same text as Intl, without seconds`, () => {
      const intl = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(at)
      expect(format(at, datePickerPattern(locale, true))).toBe(plain(intl))
      const dateOnly = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(at)
      expect(format(at, datePickerPattern(locale, false))).toBe(plain(dateOnly))
    })
  }
})
