import { cellText, type ImportCell } from './cell'
import { foldHeader } from './header-words'

/**
 * Dates as people and programs write them in customer lists: ISO from a spreadsheet's date
 * cells ("2024-03-15", "2024-03-15T10:30"), 15.03.1985 / 15/03/1985 / 15-03-1985,
 * 1985-03-15, 03/15/1985 in a US file, two-digit years, a birthday without a year
 * ("15.03.", "--03-15", Mailchimp's "03/15"), month names in the six UI languages and
 * English, German and Russian ("15 marca 1985", "5 March 1985"), an Excel serial number.
 */

export interface DateParts {
  year: number | null
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

export type DayOrder = 'day-first' | 'month-first'

function validDay(year: number | null, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  const days = new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate()
  return day <= days
}

function fullYear(year: string, pivot: number): number {
  if (year.length !== 2) return Number(year)
  const value = Number(year)
  // Two-digit years: the latest year not after the pivot ("85" → 1985, "07" → 2007 in 2024).
  return value <= pivot % 100 ? 2000 + value : 1900 + value
}

const monthNames = new Map<string, number>()
function loadMonthNames(): Map<string, number> {
  if (monthNames.size > 0) return monthNames
  for (const locale of ['en', 'pl', 'cs', 'uk', 'fr', 'bg', 'de', 'ru']) {
    for (let month = 1; month <= 12; month++) {
      const date = new Date(Date.UTC(2001, month - 1, 15))
      const forms = [
        new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(date),
        new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(date),
        // Inflected forms ("15 marca", "15 березня") as they appear beside a day.
        ...new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).formatToParts(date).filter((part) => part.type === 'month').map((part) => part.value),
        ...new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).formatToParts(date).filter((part) => part.type === 'month').map((part) => part.value)
      ]
      for (const form of forms) {
        const key = foldHeader(form).replace(/\s+/g, '')
        if (key && !/^\d+$/.test(key) && !monthNames.has(key)) monthNames.set(key, month)
      }
    }
  }
  return monthNames
}

function parseTime(text: string | undefined): { hour: number; minute: number; second: number } | null {
  if (!text) return { hour: 0, minute: 0, second: 0 }
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(am|pm)?$/i.exec(text.trim())
  if (!match) return null
  let hour = Number(match[1])
  const ampm = match[4]?.toLowerCase()
  if (ampm === 'pm' && hour < 12) hour += 12
  if (ampm === 'am' && hour === 12) hour = 0
  const minute = Number(match[2])
  const second = Number(match[3] ?? 0)
  return hour < 24 && minute < 60 && second < 60 ? { hour, minute, second } : null
}

/** Excel's serial day number (a date cell saved as a plain number) → parts. */
function fromSerial(serial: number): DateParts | null {
  if (!(serial >= 1 && serial < 2_958_466)) return null
  const days = serial < 61 ? serial + 1 : serial
  const date = new Date(Date.UTC(1899, 11, 30) + Math.round(days * 86_400_000))
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds()
  }
}

/**
 * Reads one date. `order` settles 05/06/1988 (day-first everywhere but the US); `pivotYear`
 * is this year, for two-digit years. Null when it is not a date.
 */
export function parseDate(cell: ImportCell, order: DayOrder, pivotYear: number): DateParts | null {
  if (typeof cell === 'number') {
    if (cell >= 1000_01_01 && cell <= 9999_12_31 && Number.isInteger(cell)) return parseDate(String(cell), order, pivotYear)
    return fromSerial(cell)
  }
  const text = cellText(cell).replace(/\s+/g, ' ')
  if (!text) return null

  // 19850315 (some exports write dates as bare digits)
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text)
  if (compact) return build(Number(compact[1]), Number(compact[2]), Number(compact[3]))

  // ISO: 2024-03-15, 2024-03-15T10:30[:45][Z], 2024/03/15 10:30
  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ](\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?))?Z?$/.exec(text)
  if (match) return build(Number(match[1]), Number(match[2]), Number(match[3]), match[4])

  // No year: --03-15 (vCard/ISO), 15.03. or 15.03 (European), 03/15 (Mailchimp, US)
  match = /^--(\d{2})-?(\d{2})$/.exec(text)
  if (match) return build(null, Number(match[1]), Number(match[2]))

  // d.m.yyyy, d/m/yyyy, d-m-yyyy (or m/d/yyyy), optionally with a time; also without a year.
  match = /^(\d{1,2})([./-])(\d{1,2})(?:\2(\d{2}|\d{4}))?\.?(?:,?\s+(\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]m)?))?$/i.exec(text)
  if (match) {
    const [, a, separator, b, year, time] = match
    // A dot is European everywhere: day first.
    const monthFirst = separator !== '.' && order === 'month-first'
    const day = Number(monthFirst ? b : a)
    const month = Number(monthFirst ? a : b)
    return build(year ? fullYear(year, pivotYear) : null, month, day, time)
  }

  // 15 marca 1985, 5 March 1985, March 5, 1985, 15. března 1985
  const words = foldHeader(text).split(' ').filter(Boolean)
  const names = loadMonthNames()
  const monthIndex = words.findIndex((word) => names.has(word) || names.has(word.replace(/\.$/, '')))
  if (monthIndex !== -1) {
    const numbers = words.filter((word) => /^\d{1,4}$/.test(word)).map(Number)
    const month = names.get(words[monthIndex]) ?? names.get(words[monthIndex].replace(/\.$/, ''))!
    const day = numbers.find((value) => value >= 1 && value <= 31)
    const year = numbers.find((value) => value >= 1000) ?? null
    if (day !== undefined && numbers.length <= 2 && words.length <= 4) return build(year, month, day)
  }
  return null
}

function build(year: number | null, month: number, day: number, time?: string): DateParts | null {
  if (!validDay(year, month, day)) return null
  const clock = parseTime(time)
  if (!clock) return null
  return { year, month, day, ...clock }
}

/**
 * Which order a column's dates use, from the values that settle it (a first number over 12
 * means day-first, a second over 12 month-first); `fallback` when none does.
 */
export function detectDayOrder(values: readonly ImportCell[], fallback: DayOrder): DayOrder {
  let dayFirst = 0
  let monthFirst = 0
  for (const value of values) {
    const match = /^(\d{1,2})[/-](\d{1,2})(?:[/-]\d{2,4})?(?:\s|$)/.exec(cellText(value))
    if (!match) continue
    if (Number(match[1]) > 12) dayFirst++
    else if (Number(match[2]) > 12) monthFirst++
  }
  if (dayFirst === monthFirst) return fallback
  return dayFirst > monthFirst ? 'day-first' : 'month-first'
}

/** The birthday as the customer record keeps it: "YYYY-MM-DD", or "--MM-DD" without a year. */
export function birthdayText(parts: DateParts): string {
  const month = String(parts.month).padStart(2, '0')
  const day = String(parts.day).padStart(2, '0')
  return parts.year === null ? `--${month}-${day}` : `${String(parts.year).padStart(4, '0')}-${month}-${day}`
}

/** The instant of a date and time on this PC's clock (a list's "created" date is local). */
export function localInstant(parts: DateParts): number | null {
  if (parts.year === null) return null
  return new Date(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second).getTime()
}

/**
 * "No date" as programs write it: a zero date in any layout (Outlook's "0/0/00",
 * "00.00.0000", "0000-00-00 00:00:00"), or the first day a date system can hold — 1 Jan 1601
 * (Windows), 1 Jan 0001 (.NET), a spreadsheet's day 0 (30 Dec 1899, "1900-01-00") — and
 * Outlook's "none", 1 Jan 4501. Read as an empty cell, without a warning.
 */
export function isNoDatePlaceholder(cell: ImportCell): boolean {
  if (typeof cell === 'number') return cell === 0
  const text = cellText(cell)
  const date = /^(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})\.?(?:[T ][\d:.]+(?:\s*[ap]m)?Z?)?$/i.exec(text)
  if (!date) return false
  const [a, b, c] = [date[1], date[2], date[3]].map(Number)
  if (a === 0 && b === 0 && c === 0) return true
  const [year, first, second] = date[1].length === 4 ? [a, b, c] : [c, a, b]
  if (date[1].length !== 4 && date[3].length !== 4) return false
  const is = (month: number, day: number) => (first === month && second === day) || (first === day && second === month)
  if ([1, 1601, 4501].includes(year)) return is(1, 1)
  if (year === 1899) return is(12, 30) || is(12, 31)
  if (year === 1900) return is(1, 0) || is(0, 0)
  return false
}
