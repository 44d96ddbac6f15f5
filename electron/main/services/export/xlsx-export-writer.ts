import ExcelJS from 'exceljs'
import type { Writable } from 'node:stream'
import { AppError } from '@shared/errors'
import { sheetValueConverter, type CellContext, type SheetValue } from '@shared/export/cell-values'
import { excelDateFormat, excelDateTimeFormat, excelMoneyFormat } from '@shared/export/excel-formats'
import { excelMaxRows, type ExportCell, type ExportColumn, type ExportRow, type ExportSheet, type ExportSheetKey } from '@shared/export/export-spec'
import { sheetName } from '@shared/export/file-names'
import { columnWidths } from './column-widths'
import { sheetCellValue } from './sheet-cell-value'
import { exportErrorCodes } from './export-errors'
import type { ExportFileWriter } from './export-writer'
import type { FileSink } from './file-sink'

export interface XlsxExportOptions {
  sheets: ExportSheet[]
  locale: string
  currency: string
  title: string
  flagLabels: { yes: string; no: string }
  now: Date
  /** Rows per sheet including the header; Excel's limit unless a test lowers it. */
  maxRowsPerSheet?: number
}

type Worksheet = ExcelJS.Worksheet & { commit(): void }
type Style = Partial<ExcelJS.Style>

const headerStyle: Style = {
  font: { bold: true },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } },
  border: { bottom: { style: 'thin', color: { argb: 'FF9AA4B1' } } },
  alignment: { vertical: 'middle' }
}

/** "A", "B", … "Z", "AA": the column's letters for a range reference. */
function columnLetters(index: number): string {
  let n = index + 1
  let letters = ''
  while (n > 0) {
    const rest = (n - 1) % 26
    letters = String.fromCharCode(65 + rest) + letters
    n = Math.floor((n - 1) / 26)
  }
  return letters
}

/**
 * Where the sheet's XML enters the zip: exceljs pipes each sheet into a PassThrough that
 * archiver deflates. exceljs ignores its backpressure, so without waiting for it the whole
 * sheet piles up in memory (tens of MB per 20 000 rows) until the end.
 */
function zipIntake(worksheet: Worksheet | null): Writable | undefined {
  return (worksheet as unknown as { _stream?: { pipes?: Writable[] } } | null)?._stream?.pipes?.[0]
}

/**
 * XML the zip has not taken yet. Up to a few megabytes may wait, so deflating overlaps with
 * the next chunk's arrival; beyond that the writer waits. (Archiver's streams are
 * readable-stream v2, which predates `writableLength`.)
 */
const zipBacklogLimit = 4 * 1024 * 1024
function zipBacklog(stream: Writable): number {
  return stream.writableLength ?? (stream as unknown as { _writableState?: { length?: number } })._writableState?.length ?? 0
}

/** One declared sheet: its formats and converters, and the part (tab) being written. */
interface SheetState {
  spec: ExportSheet
  styles: Style[]
  convert: Array<(value: ExportCell) => SheetValue>
  widths: number[] | null
  worksheet: Worksheet | null
  part: number
  rowsInPart: number
  total: number
}

/**
 * Writes a real spreadsheet with exceljs' streaming writer: rows go to the file as they come,
 * so memory stays flat for any number of customers. Each sheet gets a translated, bold,
 * frozen header with an auto-filter; dates are Excel dates in local time; money is a number
 * with the store currency's format; text is always a string cell, never a formula.
 */
export function createXlsxExportWriter(sink: FileSink, options: XlsxExportOptions): ExportFileWriter {
  const maxRows = options.maxRowsPerSheet ?? excelMaxRows
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink.stream,
    useStyles: true,
    // Inline strings: a shared-string table would hold every distinct text in memory.
    useSharedStrings: false
  })
  workbook.creator = 'Regulars'
  workbook.lastModifiedBy = 'Regulars'
  workbook.created = options.now
  workbook.modified = options.now
  workbook.title = options.title
  // Archiver reports its own failures as events; the sink reports the file's.
  let zipFailure: Error | null = null
  ;(workbook as unknown as { zip: NodeJS.EventEmitter }).zip.on('error', (error: Error) => (zipFailure ??= error))

  const context: CellContext = { currency: options.currency, flagLabels: options.flagLabels }
  const dateFormat = excelDateFormat(options.locale)
  const dateTimeFormat = excelDateTimeFormat(options.locale)
  const sampleInstant = new Date(2026, 11, 28, 23, 59)
  const dateWidth = new Intl.DateTimeFormat(options.locale, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(sampleInstant).length
  const dateTimeWidth = new Intl.DateTimeFormat(options.locale, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(sampleInstant).length

  function columnStyle(column: ExportColumn): Style {
    switch (column.type) {
      case 'money':
        return { numFmt: excelMoneyFormat(options.locale, column.currency ?? options.currency) }
      case 'date':
        return { numFmt: dateFormat }
      case 'datetime':
        return { numFmt: dateTimeFormat }
      case 'percent':
        return { numFmt: '0%' }
      case 'number':
        return { numFmt: 'General' }
      default:
        return {}
    }
  }

  function fixedWidth(column: ExportColumn): number {
    switch (column.type) {
      case 'date':
        return dateWidth
      case 'datetime':
        return dateTimeWidth
      case 'money':
        return new Intl.NumberFormat(options.locale, { style: 'currency', currency: column.currency ?? options.currency }).format(1_234_567.89).length
      case 'percent':
        return 6
      default:
        return 0
    }
  }

  const sheets: SheetState[] = options.sheets.map((spec) => ({
    spec,
    styles: spec.columns.map(columnStyle),
    convert: spec.columns.map((column) => sheetValueConverter(column, context)),
    widths: null,
    worksheet: null,
    part: 0,
    rowsInPart: 0,
    total: 0
  }))
  let current = -1
  const rowCounts: Partial<Record<ExportSheetKey, number>> = {}
  let stopped = false
  const stopWaiting: Array<() => void> = []

  /** Waits until the zip has taken this sheet's XML and the file has taken the zip's output. */
  async function caughtUp(state: SheetState): Promise<void> {
    const intake = zipIntake(state.worksheet)
    while (!stopped && intake && zipBacklog(intake) > zipBacklogLimit) {
      await new Promise<void>((resolve) => {
        const done = () => {
          intake.off('drain', done)
          resolve()
        }
        intake.on('drain', done)
        stopWaiting.push(done)
      })
      checkFailures()
    }
    await sink.drained()
  }

  function checkFailures(): void {
    if (zipFailure) throw zipFailure
    sink.check()
  }

  function closePart(state: SheetState): void {
    const worksheet = state.worksheet
    if (!worksheet) return
    // The filter covers the data written, known only now (the writer puts it after the rows).
    worksheet.autoFilter = `A1:${columnLetters(state.spec.columns.length - 1)}${Math.max(2, state.rowsInPart)}`
    worksheet.commit()
    state.worksheet = null
  }

  function openPart(state: SheetState, sample: ExportRow[]): void {
    state.widths ??= columnWidths(state.spec.columns, sample, fixedWidth)
    state.part += 1
    const worksheet = workbook.addWorksheet(sheetName(state.spec.name, state.part), {
      views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }]
    }) as Worksheet
    worksheet.columns = state.spec.columns.map((column, index) => ({ key: column.key, width: state.widths![index], style: state.styles[index] }))
    const header = worksheet.addRow(state.spec.columns.map((column) => sheetCellValue(column.header)))
    header.height = 20
    header.eachCell((cell) => (cell.style = headerStyle))
    header.commit()
    state.worksheet = worksheet
    state.rowsInPart = 1
  }

  /** Moves on to sheet `index`, creating the ones skipped (with their header) so the tabs keep their order. */
  function enterSheet(index: number, sample: ExportRow[]): void {
    if (index < current) throw new AppError(exportErrorCodes.sheetOrder, `Rows for sheet ${index} after sheet ${current}`)
    while (current < index) {
      if (current >= 0) closePart(sheets[current])
      current += 1
      openPart(sheets[current], current === index ? sample : [])
    }
  }

  function writeRow(state: SheetState, row: ExportRow): void {
    if (state.rowsInPart >= maxRows) {
      closePart(state)
      openPart(state, [])
    }
    // Empty cells stay undefined: exceljs then writes nothing for them.
    const values: Array<ExcelJS.CellValue | undefined> = new Array(row.length)
    for (let i = 0; i < row.length; i++) values[i] = sheetCellValue(state.convert[i](row[i]))
    const written = state.worksheet!.addRow(values)
    // One shared style object per column: exceljs then finds the style id by identity
    // instead of serialising each cell's style.
    for (let i = 0; i < values.length; i++) if (values[i] !== undefined) written.getCell(i + 1).style = state.styles[i]
    written.commit()
    state.rowsInPart += 1
    state.total += 1
  }

  return {
    rowCounts,
    async writeRows(sheetKey, rows) {
      checkFailures()
      const index = sheets.findIndex((state) => state.spec.key === sheetKey)
      enterSheet(index, rows)
      const state = sheets[index]
      const width = state.spec.columns.length
      for (const row of rows) {
        if (row.length > width) throw new AppError(exportErrorCodes.badRows, `A row has ${row.length} cells for ${width} columns`)
        writeRow(state, row)
      }
      rowCounts[sheetKey] = state.total
      await caughtUp(state)
      checkFailures()
    },
    async finish() {
      checkFailures()
      enterSheet(sheets.length - 1, [])
      closePart(sheets[current])
      for (const state of sheets) rowCounts[state.spec.key] = state.total
      await workbook.commit()
      await sink.whenClosed()
      checkFailures()
    },
    async abort() {
      stopped = true
      stopWaiting.splice(0).forEach((release) => release())
      ;(workbook as unknown as { zip: { abort(): void } }).zip.abort()
      await sink.destroy()
    }
  }
}
