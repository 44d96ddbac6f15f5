import { formatPhoneForDesk } from '@shared/domain/phone'
import { formatDate as formatWholeDate } from '@shared/format/dates'
import { numberFormat } from '@renderer/i18n/number-format'

/**
 * How the card writes figures, dates and phones in the UI language: Intl with the UI locale,
 * money in the store's currency from integer minor units. Pure functions of (locale, value),
 * so the card, the forms and the tests share them.
 */

const moneyFormats = new Map<string, Intl.NumberFormat>()

function moneyFormat(locale: string, currency: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`
  let format = moneyFormats.get(key)
  if (!format) {
    format = numberFormat(locale, { style: 'currency', currency })
    moneyFormats.set(key, format)
  }
  return format
}

/** Minor units per major unit of a currency (100 for PLN, 1 for JPY). */
export function minorPerMajor(currency: string): number {
  const digits = numberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  return 10 ** digits
}

export function formatMoney(locale: string, minor: number, currency: string): string {
  return moneyFormat(locale, currency).format(minor / minorPerMajor(currency))
}

export function formatCount(locale: string, value: number): string {
  return numberFormat(locale).format(value)
}

export function formatDate(locale: string, at: number): string {
  return formatWholeDate(locale, 'date', at)
}

/** Compact, for table rows beside figures: "10.11.2026" in Polish, "11/10/26" in English. */
export function formatDateShort(locale: string, at: number): string {
  return formatWholeDate(locale, 'shortDate', at)
}

/** Compact, for table rows: "22/11/2026 11:19" in French, "11/22/26, 11:19 AM" in English. */
export function formatDateTimeShort(locale: string, at: number): string {
  return formatWholeDate(locale, 'shortDateTime', at)
}

export function formatDateTime(locale: string, at: number): string {
  return formatWholeDate(locale, 'dateTime', at)
}

/** "YYYY-MM-DD" as a date, "--MM-DD" (year unknown) as day and month; "" stays "". */
export function formatBirthday(locale: string, birthday: string): string {
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthday)
  if (full) return formatWholeDate(locale, 'date', Date.UTC(+full[1]!, +full[2]! - 1, +full[3]!), 'UTC')
  const partial = /^--(\d{2})-(\d{2})$/.exec(birthday)
  if (partial) return formatWholeDate(locale, 'dayMonth', Date.UTC(2000, +partial[1]! - 1, +partial[2]!), 'UTC')
  return ''
}

export function formatPhone(e164: string, deskCountry: string): string {
  return formatPhoneForDesk(e164, deskCountry)
}

export function formatPercent(locale: string, percent: number): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(percent / 100)
}
