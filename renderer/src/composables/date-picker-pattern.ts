/**
 * The date picker (naive-ui) writes and reads its text with a date-fns pattern, by default
 * "yyyy-MM-dd HH:mm:ss" in every language. This builds the pattern from how `Intl` writes a
 * date and time in the UI language ("07.12.2026, 10:00" in Polish, "12/07/2026, 10:00 AM" in
 * English): the desk reads the form as it reads every other date, without seconds.
 */

const tokens: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = { year: 'yyyy', month: 'MM', day: 'dd', minute: 'mm', dayPeriod: 'a' }

/**
 * date-fns reserves Latin letters: a literal with letters ("г.", "à") goes in single quotes.
 * Intl's no-break spaces become plain ones, so the text the desk types with the space bar parses.
 */
function literal(text: string): string {
  const plain = text.replace(/[\u00a0\u202f]/g, ' ')
  return /\p{L}/u.test(plain) ? `'${plain.replace(/'/g, "''")}'` : plain
}

export function datePickerPattern(locale: string, withTime: boolean): string {
  const format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}) })
  const twelveHour = withTime && format.resolvedOptions().hourCycle?.startsWith('h1') === true
  return format
    .formatToParts(new Date(2026, 11, 7, 10, 5))
    .map((part) => (part.type === 'hour' ? (twelveHour ? 'hh' : 'HH') : (tokens[part.type] ?? literal(part.value))))
    .join('')
}
