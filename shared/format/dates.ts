/**
 * Every date a person reads — screen, print, import preview — goes through here: Intl formats
 * the whole date, so each language gets its own grammar. A month's name set beside a number by
 * hand, or the abbreviated "medium" style, reads wrong in Polish ("12 maj 2025"); the long style
 * gives the genitive ("12 maja 2025", "12. května 2025", "12 травня 2025 р.").
 * Tables use the numeric styles, which keep a column narrow and aligned.
 */

export type DateStyle = 'date' | 'dateTime' | 'dayMonth' | 'numericDate' | 'numericDateTime' | 'shortDate' | 'shortDateTime'

const styles: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: 'long' },
  dateTime: { dateStyle: 'long', timeStyle: 'short' },
  dayMonth: { day: 'numeric', month: 'long' },
  numericDate: { year: 'numeric', month: '2-digit', day: '2-digit' },
  numericDateTime: { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' },
  shortDate: { dateStyle: 'short' },
  shortDateTime: { dateStyle: 'short', timeStyle: 'short' }
}

// A list of 2 000 rows formats thousands of dates; building an Intl formatter costs far more than using one.
const cache = new Map<string, Intl.DateTimeFormat>()

/** The formatter of one style in one language; `timeZone: 'UTC'` for calendar dates stored as UTC midnight (birthdays, imported dates). */
export function dateFormatter(locale: string, style: DateStyle, timeZone?: 'UTC'): Intl.DateTimeFormat {
  const key = `${locale}|${style}|${timeZone ?? ''}`
  let formatter = cache.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, timeZone ? { ...styles[style], timeZone } : styles[style])
    cache.set(key, formatter)
  }
  return formatter
}

export function formatDate(locale: string, style: DateStyle, at: number | Date, timeZone?: 'UTC'): string {
  return dateFormatter(locale, style, timeZone).format(at)
}

/**
 * The pattern a date picker shows its value in (date-fns tokens, as the component kit takes
 * them), built from the language's own numeric date: "07.12.2026, 14:30" in Polish,
 * "12/07/2026, 02:30 PM" in English — rather than the kit's "2026-12-07 14:30:00" everywhere.
 */
export function datePickerPattern(locale: string, withTime: boolean): string {
  const tokens: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = { day: 'dd', month: 'MM', year: 'yyyy', minute: 'mm', dayPeriod: 'a' }
  const formatter = dateFormatter(locale, withTime ? 'numericDateTime' : 'numericDate')
  const twelveHours = withTime && formatter.resolvedOptions().hour12 === true
  return formatter
    .formatToParts(Date.UTC(2026, 11, 7, 14, 30))
    .map((part) => (part.type === 'hour' ? (twelveHours ? 'hh' : 'HH') : (tokens[part.type] ?? pickerLiteral(part.value))))
    .join('')
}

/**
 * date-fns reserves Latin letters, so a literal with letters ("г.", "à") goes in single
 * quotes; Intl's no-break spaces become plain ones, so text typed with the space bar parses.
 */
function pickerLiteral(text: string): string {
  const plain = text.replace(/[\u00a0\u202f]/g, ' ')
  return /\p{L}/u.test(plain) ? `'${plain.replace(/'/g, "''")}'` : plain
}
