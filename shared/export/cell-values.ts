import { currencyFractionDigits } from './excel-formats'
import { excelMaxCellText, type ExportCell, type ExportColumn } from './export-spec'
import { toExcelWallClock } from './local-time'

/** What goes into one spreadsheet cell: nothing, a text, a number, or a wall-clock date. */
export type SheetValue = null | string | number | Date

export interface CellContext {
  /** The export's currency (the store's), for money columns without their own. */
  currency: string
  /** Translated words for flag columns. */
  flagLabels: { yes: string; no: string }
}

const msPerDay = 86_400_000

/** Excel refuses a cell over 32 767 characters: keep the start and mark the cut. */
function fitText(text: string): string {
  return text.length <= excelMaxCellText ? text : `${text.slice(0, excelMaxCellText - 1)}…`
}

/** Anything that is not the column's type is kept as text rather than lost or guessed at. */
function asText(value: ExportCell, context: CellContext): SheetValue {
  if (value === null || value === '') return null
  if (typeof value === 'boolean') return value ? context.flagLabels.yes : context.flagLabels.no
  return fitText(String(value))
}

/**
 * Builds, once per column, the function that turns a row's value into the cell's value,
 * so the per-cell work in a 200 000-row export is one switch-free call.
 */
export function sheetValueConverter(column: ExportColumn, context: CellContext): (value: ExportCell) => SheetValue {
  switch (column.type) {
    case 'text':
    case 'phone':
      return (value) => asText(value, context)
    case 'number':
      return (value) => (typeof value === 'number' && Number.isFinite(value) ? value : asText(value, context))
    case 'money': {
      const scale = 10 ** currencyFractionDigits(column.currency ?? context.currency)
      return (value) => (typeof value === 'number' && Number.isFinite(value) ? value / scale : asText(value, context))
    }
    case 'percent':
      return (value) => (typeof value === 'number' && Number.isFinite(value) ? value / 100 : asText(value, context))
    case 'date':
      // A calendar date: local midnight, so Excel's date filters match whole days.
      return (value) => {
        if (typeof value !== 'number') return asText(value, context)
        if (value === 0 || !Number.isFinite(value)) return null
        const wallClock = toExcelWallClock(value).getTime()
        return new Date(wallClock - (((wallClock % msPerDay) + msPerDay) % msPerDay))
      }
    case 'datetime':
      return (value) => {
        if (typeof value !== 'number') return asText(value, context)
        return value === 0 || !Number.isFinite(value) ? null : toExcelWallClock(value)
      }
    case 'flag':
      return (value) => {
        if (value === null || value === '') return null
        if (value === true || value === 1) return context.flagLabels.yes
        if (value === false || value === 0) return context.flagLabels.no
        return asText(value, context)
      }
  }
}
