import { NO_DATE, NOT_ESTIMABLE } from '@shared/domain/types'
import { dateFormatter } from '@shared/format/dates'
import { numberFormat } from '@renderer/i18n/number-format'

/**
 * Formatters of the list's figures in the UI language and the list's currency (Intl), built
 * once per locale/currency rather than per cell: a scroll renders a thousand cells.
 */
export interface CellFormat {
  count(value: number): string
  money(minorUnits: number): string
  /** Whole currency units, for filter chips ("over 2 000 zł"). */
  moneyWhole(minorUnits: number): string
  percent(value: number): string
  date(epochMs: number): string
  longDate(epochMs: number): string
  longDateTime(epochMs: number): string
  /** Minor units per major unit of the currency (100 for PLN, 1 for JPY). */
  minorPerMajor: number
}

export const EMPTY_CELL = '—'

export function currencyDigits(currency: string): number {
  try {
    return numberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  } catch {
    return 2
  }
}

export function cellFormat(locale: string, currency: string): CellFormat {
  const digits = currencyDigits(currency)
  const minorPerMajor = 10 ** digits
  const count = numberFormat(locale)
  const money = safeCurrency(locale, currency, digits)
  const moneyWhole = safeCurrency(locale, currency, 0)
  const percent = numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })
  const date = dateFormatter(locale, 'numericDate')
  const longDateTime = dateFormatter(locale, 'dateTime')
  const longDate = dateFormatter(locale, 'date')
  return {
    count: (value) => count.format(value),
    money: (value) => money.format(value / minorPerMajor),
    moneyWhole: (value) => moneyWhole.format(value / minorPerMajor),
    percent: (value) => percent.format(value / 100),
    date: (value) => (value === NO_DATE ? EMPTY_CELL : date.format(value)),
    longDate: (value) => (value === NO_DATE ? EMPTY_CELL : longDate.format(value)),
    longDateTime: (value) => (value === NO_DATE ? EMPTY_CELL : longDateTime.format(value)),
    minorPerMajor
  }
}

function safeCurrency(locale: string, currency: string, digits: number): Intl.NumberFormat {
  try {
    return numberFormat(locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits })
  } catch {
    return numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits })
  }
}

export function isEstimable(value: number): boolean {
  return value !== NOT_ESTIMABLE
}

/** Black or white text, whichever reads better on a category's colour (WCAG relative luminance). */
export function textOn(background: string): string {
  const match = /^#([0-9a-f]{6})$/i.exec(background)
  if (!match) return '#1f2328'
  const channel = (offset: number) => {
    const value = parseInt(match[1]!.slice(offset, offset + 2), 16) / 255
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
  }
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
  // Contrast with white vs with black: pick the larger.
  return (1.05 / (luminance + 0.05)) >= ((luminance + 0.05) / 0.05) ? '#ffffff' : '#1f2328'
}
