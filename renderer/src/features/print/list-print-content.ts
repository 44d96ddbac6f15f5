import { customerExportRow, customerFields, type CustomerExportLookups, type CustomerFieldKey } from '@shared/export/customer-fields'
import { throwIfCancelled, type JobOptions } from '@shared/jobs/job'
import { appDb, customerIdChunks, customerIdTotal, exportableCustomers, type CustomerIdSource } from '@renderer/db'
import { withScopedFigures, type ScopedFigures } from '../export/scoped-figures'
import type { PrintFormatters } from './print-format'

export interface ListPrintColumn {
  key: CustomerFieldKey
  header: string
  numeric: boolean
  /** Percent of the table's width. */
  width: number
}

/** Measures a text as printed, in millimetres (a canvas in the app; characters in tests). */
export type TextMeasure = (text: string, bold: boolean) => number

/** Width of the printable area of A4 (print-page-style.ts margins: 12 mm each side). */
export function printableWidthMm(landscape: boolean): number {
  return (landscape ? 297 : 210) - 24
}

const paddingMm = 3.4
const minColumnMm = 10

/**
 * Column widths of a printed table (percent), from what is in it: each column needs its
 * header (split over two lines at most, never inside a word) and most of its values (the
 * 96th percentile of the sampled rows). Spare room is shared out; when the page is too
 * narrow, the widest columns (e-mail, notes, items) give way first, down to one common level.
 */
export function fitColumnWidths(headers: readonly string[], sample: readonly string[][], measure: TextMeasure, availableMm: number): number[] {
  const needs = headers.map((text, index) => {
    const headerNeed = Math.max(...text.split(/\s+/).map((word) => measure(word, true)), measure(text, true) / 2)
    const values = sample.map((row) => measure(row[index] ?? '', false)).sort((a, b) => a - b)
    const valueNeed = values.length ? values[Math.floor((values.length - 1) * 0.96)] : 0
    return { floor: Math.max(minColumnMm, headerNeed + paddingMm), want: Math.max(minColumnMm, headerNeed, valueNeed) + paddingMm }
  })
  const sum = (list: number[]) => list.reduce((total, width) => total + width, 0)
  let widths = needs.map((need) => need.want)
  const total = sum(widths)
  if (total <= availableMm) {
    widths = widths.map((width) => width + ((availableMm - total) * width) / total)
  } else {
    // Cap the widest columns at one level (never below a column's header), found by bisection:
    // narrow columns (counts, money, dates) keep what they need.
    const capped = (level: number) => needs.map((need) => Math.max(need.floor, Math.min(need.want, level)))
    let low = 0
    let high = Math.max(...widths)
    for (let step = 0; step < 40; step++) {
      const middle = (low + high) / 2
      if (sum(capped(middle)) > availableMm) high = middle
      else low = middle
    }
    widths = capped(low)
    const squeezed = sum(widths)
    // Even the headers do not fit (too many columns): everything shrinks alike.
    if (squeezed > availableMm) widths = widths.map((width) => (width * availableMm) / squeezed)
  }
  return widths.map((width) => Math.round((width / availableMm) * 1000) / 10)
}

/** The columns of a printed customer list, sized by fitColumnWidths. */
export function listPrintColumns(
  keys: readonly CustomerFieldKey[],
  header: (key: CustomerFieldKey) => string,
  sample: readonly string[][],
  measure: TextMeasure,
  availableMm: number
): ListPrintColumn[] {
  const widths = fitColumnWidths(keys.map(header), sample, measure, availableMm)
  return keys.map((key, index) => {
    const type = customerFields[key].type
    return { key, header: header(key), numeric: type === 'number' || type === 'money' || type === 'percent', width: widths[index] }
  })
}

/** Without a canvas (tests): a character of 8.5 pt text is about 1.75 mm wide. */
export const characterMeasure: TextMeasure = (text, bold) => text.length * (bold ? 1.85 : 1.75)

/** The real width of printed text: a canvas with the print font (print.css: 8.5 pt, system-ui). */
export function canvasMeasure(): TextMeasure {
  const context = document.createElement('canvas').getContext('2d')
  if (!context) return characterMeasure
  const family = 'system-ui, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif'
  const pxToMm = 25.4 / 96
  return (text, bold) => {
    context.font = `${bold ? '600 ' : ''}8.5pt ${family}`
    return context.measureText(text).width * pxToMm
  }
}

/**
 * The printed rows, read in chunks (by id, never the whole table) and formatted; erased
 * customers are left out as in an export. Returns the rows and the ids printed (audit).
 * Reports the customers read (phase `rows`) after each chunk; Cancel stops between chunks.
 */
export async function listPrintRows(
  source: CustomerIdSource,
  keys: readonly CustomerFieldKey[],
  lookups: CustomerExportLookups,
  format: PrintFormatters,
  limit: number,
  figures?: ScopedFigures,
  options: JobOptions = {}
): Promise<{ rows: string[][]; ids: number[] }> {
  const types = keys.map((key) => customerFields[key].type)
  const rows: string[][] = []
  const ids: number[] = []
  const db = appDb()
  const total = await customerIdTotal(db, source)
  let read = 0
  options.onProgress?.({ phase: 'rows', done: read, total })
  for await (const chunk of customerIdChunks(db, source)) {
    throwIfCancelled(options.signal, 'The printout was cancelled')
    const stored = await exportableCustomers(db, chunk)
    const customers = await withScopedFigures(stored, figures)
    for (const customer of customers) {
      if (rows.length >= limit) return { rows, ids }
      rows.push(customerExportRow(customer, keys, lookups).map((value, index) => format.cell(types[index], value)))
      ids.push(customer.id!)
    }
    read += chunk.length
    options.onProgress?.({ phase: 'rows', done: read, total })
  }
  return { rows, ids }
}
