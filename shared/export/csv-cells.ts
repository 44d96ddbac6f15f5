import { csvNumber, csvText } from './csv-format'
import { currencyFractionDigits } from './excel-formats'
import type { ExportCell, ExportColumn } from './export-spec'
import type { CellContext } from './cell-values'
import { localIsoDate, localIsoDateTime } from './local-time'

const e164 = /^\+[1-9]\d{6,14}$/

export interface CsvContext extends CellContext {
  locale: string
  separator: string
}

/**
 * Builds, once per column, the function that writes a row's value as one CSV field. Numbers
 * use the locale's decimal mark without grouping; dates "YYYY-MM-DD (HH:MM)" in local time,
 * which Excel and LibreOffice read as dates in every locale; texts are neutralised.
 */
export function csvFieldWriter(column: ExportColumn, context: CsvContext): (value: ExportCell) => string {
  const { locale, separator } = context
  const text = (value: ExportCell): string => {
    if (value === null || value === '') return ''
    if (typeof value === 'boolean') return csvText(value ? context.flagLabels.yes : context.flagLabels.no, separator)
    return csvText(String(value), separator)
  }
  const numeric = (write: (value: number) => string) => (value: ExportCell) =>
    typeof value === 'number' && Number.isFinite(value) ? write(value) : text(value)

  switch (column.type) {
    case 'text':
      return text
    case 'phone':
      // A "+" and digits only is a number to any spreadsheet, never a formula that runs
      // something; anything else in the column is neutralised like every text.
      return (value) => (typeof value === 'string' && e164.test(value) ? value : text(value))
    case 'number':
      return numeric((value) => csvNumber(value, locale))
    case 'money': {
      const digits = currencyFractionDigits(column.currency ?? context.currency)
      return numeric((value) => csvNumber(value / 10 ** digits, locale, digits))
    }
    case 'percent':
      return numeric((value) => `${csvNumber(value, locale)}%`)
    case 'date':
      return numeric((value) => (value === 0 ? '' : localIsoDate(new Date(value))))
    case 'datetime':
      return numeric((value) => (value === 0 ? '' : localIsoDateTime(new Date(value))))
    case 'flag':
      return (value) => {
        if (value === true || value === 1) return csvText(context.flagLabels.yes, separator)
        if (value === false || value === 0) return csvText(context.flagLabels.no, separator)
        return text(value)
      }
  }
}
