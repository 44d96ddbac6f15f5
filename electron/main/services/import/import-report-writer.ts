import { basename } from 'node:path'
import ExcelJS from 'exceljs'
import { sheetName } from '@shared/export/file-names'
import { FileSink } from '../export/file-sink'
import { sheetCellValue } from '../export/sheet-cell-value'
import { moveIntoPlace, removeQuietly, tempPathFor, trackTempFile, untrackTempFile } from '../export/temp-files'

/**
 * The downloadable report of a finished import: a summary sheet (created, updated, skipped…)
 * and one row per file row that was skipped or changed, with the reasons. Written with
 * exceljs' streaming writer into a temporary file beside the target (the export's helpers),
 * renamed into place when complete, so the folder never holds half a report.
 */

type Cell = string | number | null
type Worksheet = ExcelJS.Worksheet & { commit(): void }

export interface ReportSpec {
  target: string
  id: string
  summary: [string, Cell][]
  columns: string[]
  sheetNames: { summary: string; rows: string }
}

const bold: Partial<ExcelJS.Style> = { font: { bold: true } }

/**
 * Report cells are text the import read from a file: strings stay strings, never formulas,
 * and keep their control characters (escaped the way the export escapes them).
 */
function safeCell(value: Cell): ExcelJS.CellValue {
  if (value === null) return null
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  return sheetCellValue(value) ?? null
}

export class ImportReportWriter {
  private readonly temp: string
  private readonly sink: FileSink
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter
  private rowsSheet: Worksheet | null = null
  written = 0

  get fileName(): string {
    return basename(this.spec.target)
  }

  private constructor(private readonly spec: ReportSpec) {
    this.temp = tempPathFor(spec.target, spec.id)
    this.sink = new FileSink(this.temp)
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: this.sink.stream, useStyles: true, useSharedStrings: false })
  }

  static async begin(spec: ReportSpec): Promise<ImportReportWriter> {
    const writer = new ImportReportWriter(spec)
    try {
      await writer.sink.opened()
      trackTempFile(writer.temp)
      const summary = writer.workbook.addWorksheet(sheetName(spec.sheetNames.summary)) as Worksheet
      summary.columns = [{ width: 42 }, { width: 18 }]
      for (const [label, value] of spec.summary) {
        const row = summary.addRow([label, safeCell(value)])
        row.getCell(1).style = bold
        row.commit()
      }
      summary.commit()
      const rows = writer.workbook.addWorksheet(sheetName(spec.sheetNames.rows), { views: [{ state: 'frozen', ySplit: 1 }] }) as Worksheet
      rows.columns = spec.columns.map((header, index) => ({ header, width: index === spec.columns.length - 1 ? 70 : 20 }))
      rows.getRow(1).font = { bold: true }
      rows.getRow(1).commit()
      writer.rowsSheet = rows
      return writer
    } catch (error) {
      await writer.abort()
      throw error
    }
  }

  async writeRows(rows: Cell[][]): Promise<void> {
    const sheet = this.rowsSheet
    if (!sheet) throw new Error('Report not begun')
    for (const cells of rows) {
      sheet.addRow(cells.map(safeCell)).commit()
      this.written++
    }
    await this.sink.drained()
  }

  /** Completes the file and renames it into place. */
  async finish(): Promise<void> {
    this.rowsSheet?.commit()
    await this.workbook.commit()
    await this.sink.whenClosed()
    this.sink.check()
    await moveIntoPlace(this.temp, this.spec.target)
    untrackTempFile(this.temp)
  }

  /** Stops and removes the temporary file; never throws. */
  async abort(): Promise<void> {
    await this.sink.destroy().catch(() => undefined)
    await removeQuietly(this.temp)
    untrackTempFile(this.temp)
  }
}
