/**
 * Excel number-format codes derived from the locale with Intl, so a Polish file shows
 * "05.03.2026" and "1 234,50 zł" and an English one "03/05/2026" and "$1,234.50".
 * Format codes use Excel's invariant notation (`,` groups, `.` decimals); the program
 * displays them with the reader's own separators.
 */

/** Escapes characters that are not format tokens so Excel and LibreOffice print them as they are. */
function literal(text: string): string {
  let out = ''
  for (const char of text.replace(/[\u00a0\u202f]/g, ' ')) out += char === ' ' || char === ':' ? char : `\\${char}`
  return out
}

const sampleDate = new Date(2026, 2, 5, 14, 30)

function dateParts(locale: string, withTime: boolean): Intl.DateTimeFormatPart[] {
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' }
  if (withTime) Object.assign(options, { hour: '2-digit', minute: '2-digit' })
  return new Intl.DateTimeFormat(locale, options).formatToParts(sampleDate)
}

function partsToFormat(parts: Intl.DateTimeFormatPart[]): string {
  const twelveHour = parts.some((part) => part.type === 'dayPeriod')
  return parts
    .map((part) => {
      switch (part.type) {
        case 'day':
          return 'dd'
        case 'month':
          return 'mm'
        case 'year':
          return 'yyyy'
        case 'hour':
          return twelveHour ? 'h' : 'hh'
        case 'minute':
          return 'mm'
        case 'dayPeriod':
          return 'AM/PM'
        default:
          return literal(part.value)
      }
    })
    .join('')
}

/** e.g. pl → `dd\.mm\.yyyy`, en → `mm\/dd\/yyyy`, bg → `dd\.mm\.yyyy \г\.` */
export function excelDateFormat(locale: string): string {
  return partsToFormat(dateParts(locale, false))
}

/** e.g. pl → `dd\.mm\.yyyy\, hh:mm`, en → `mm\/dd\/yyyy\, h:mm AM/PM` */
export function excelDateTimeFormat(locale: string): string {
  return partsToFormat(dateParts(locale, true))
}

/** Digits after the decimal point for a currency (PLN 2, JPY 0, BHD 3). */
export function currencyFractionDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
}

/**
 * Windows locale ids, which Excel and LibreOffice attach to a currency symbol (`[$zł-415]`)
 * to recognise the cell as currency, not as a number with some text after it.
 */
const windowsLocaleIds: Record<string, string> = {
  en: '409',
  'en-us': '409',
  'en-gb': '809',
  pl: '415',
  cs: '405',
  uk: '422',
  fr: '40C',
  bg: '402',
  de: '407',
  sk: '41B'
}

/** A currency symbol as Excel tags it: `[$zł-415]`; the brackets keep it from being read as tokens. */
function currencyToken(symbol: string, locale: string): string {
  const clean = symbol.replace(/[\][\-"\u00a0\u202f]/g, '').trim()
  const id = windowsLocaleIds[locale.toLowerCase()] ?? windowsLocaleIds[locale.toLowerCase().split('-')[0]]
  return id ? `[$${clean}-${id}]` : `[$${clean}]`
}

/**
 * The currency format the locale uses: symbol before or after, with or without a space.
 * pl/PLN → `#,##0.00 [$zł-415]`, en/USD → `[$$-409]#,##0.00`, fr/EUR → `#,##0.00 [$€-40C]`.
 */
export function excelMoneyFormat(locale: string, currency: string): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency })
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2
  const number = digits > 0 ? `#,##0.${'0'.repeat(digits)}` : '#,##0'
  const parts = format.formatToParts(1234.5)
  const currencyIndex = parts.findIndex((part) => part.type === 'currency')
  const firstNumberIndex = parts.findIndex((part) => part.type === 'integer')
  if (currencyIndex < 0) return number
  const symbol = currencyToken(parts[currencyIndex].value, locale)
  if (currencyIndex < firstNumberIndex) {
    const gap = parts.slice(currencyIndex + 1, firstNumberIndex).some((part) => part.type === 'literal') ? ' ' : ''
    return `${symbol}${gap}${number}`
  }
  const lastNumberIndex = parts.findLastIndex((part) => part.type === 'integer' || part.type === 'fraction')
  const gap = parts.slice(lastNumberIndex + 1, currencyIndex).some((part) => part.type === 'literal') ? ' ' : ''
  return `${number}${gap}${symbol}`
}

/** The locale's decimal separator ("," in pl, cs, uk, fr, bg; "." in en). */
export function decimalSeparator(locale: string): string {
  return new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.'
}
