import { format } from 'date-fns'
import { describe, expect, it } from 'vitest'
import { datePickerPattern, formatDate } from './dates'

const may12 = Date.UTC(2025, 4, 12, 9, 30)

describe('dates as people read them', () => {
  it('names the month in the genitive where the language declines it', () => {
    expect(formatDate('pl', 'date', may12, 'UTC')).toBe('12 maja 2025')
    expect(formatDate('cs', 'date', may12, 'UTC')).toBe('12. května 2025')
    expect(formatDate('uk', 'date', may12, 'UTC')).toBe('12 травня 2025 р.')
    expect(formatDate('pl', 'dayMonth', may12, 'UTC')).toBe('12 maja')
    expect(formatDate('pl', 'dateTime', may12, 'UTC')).toBe('12 maja 2025 09:30')
  })

  it('keeps tables numeric', () => {
    expect(formatDate('pl', 'numericDate', may12, 'UTC')).toBe('12.05.2025')
    expect(formatDate('en-US', 'numericDate', may12, 'UTC')).toBe('05/12/2025')
  })
})

describe('date picker patterns', () => {
  it('follow the language’s numeric date, without seconds', () => {
    expect(datePickerPattern('pl', true)).toBe('dd.MM.yyyy, HH:mm')
    expect(datePickerPattern('en-US', true)).toBe('MM/dd/yyyy, hh:mm a')
    expect(datePickerPattern('uk', false)).toBe('dd.MM.yyyy')
    expect(datePickerPattern('bg', false)).toBe("dd.MM.yyyy' г.'")
  })
})

describe('the date picker writes dates as the UI language does', () => {
  // The kit formats and parses with date-fns: the pattern must give Intl's own text back
  // (its no-break spaces as plain ones, which the desk can type).
  const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')
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
