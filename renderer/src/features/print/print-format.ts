import { currencyFractionDigits } from '@shared/export/excel-formats'
import type { ExportCell, ExportColumnType } from '@shared/export/export-spec'
import { dateFormatter } from '@shared/format/dates'
import { numberFormat } from '@renderer/i18n/number-format'

/**
 * Values as a printed page shows them, in the UI language: money with the currency, dates
 * the locale's way, flags as words. One set of formatters per printout.
 */
export function printFormatters(locale: string, currency: string, labels: { yes: string; no: string }) {
  const date = dateFormatter(locale, 'date')
  const dateTime = dateFormatter(locale, 'dateTime')
  const dateShort = dateFormatter(locale, 'numericDate')
  const dateTimeShort = dateFormatter(locale, 'numericDateTime')
  const number = numberFormat(locale)
  const moneyFormats = new Map<string, Intl.NumberFormat>()
  const moneyFormat = (code: string) => {
    let format = moneyFormats.get(code)
    if (!format) moneyFormats.set(code, (format = numberFormat(locale, { style: 'currency', currency: code })))
    return format
  }
  const money = (minor: number, code = currency) => moneyFormat(code).format(minor / 10 ** currencyFractionDigits(code))

  /** One cell of a printed list, from the same values an export writes; dates numeric, as tables show them. */
  function cell(type: ExportColumnType, value: ExportCell): string {
    if (value === null || value === '') return ''
    if (typeof value === 'string') return value
    if (typeof value === 'boolean') return value ? labels.yes : labels.no
    switch (type) {
      case 'money':
        return money(value)
      case 'date':
        return value === 0 ? '' : dateShort.format(value)
      case 'datetime':
        return value === 0 ? '' : dateTimeShort.format(value)
      case 'percent':
        return `${number.format(value)} %`
      case 'flag':
        return value ? labels.yes : labels.no
      default:
        return number.format(value)
    }
  }

  return {
    cell,
    money,
    number: (value: number) => number.format(value),
    date: (at: number) => (at === 0 ? '' : date.format(at)),
    dateTime: (at: number) => (at === 0 ? '' : dateTime.format(at)),
    /** "20.11.2026, 18:00": for table columns, where every character counts. */
    dateTimeShort: (at: number) => (at === 0 ? '' : dateTimeShort.format(at))
  }
}

export type PrintFormatters = ReturnType<typeof printFormatters>
