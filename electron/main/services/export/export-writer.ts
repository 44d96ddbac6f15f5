import type { ExportRow, ExportSheetKey } from '@shared/export/export-spec'

/** What an export session drives: one implementation per file format. */
export interface ExportFileWriter {
  /** Writes rows to a sheet (sheets in the declared order); resolves when the disk has kept up. */
  writeRows(sheet: ExportSheetKey, rows: ExportRow[]): Promise<void>
  /** Completes the file; resolves once it is closed and flushed to disk. */
  finish(): Promise<void>
  /** Stops at once and closes the file; never throws. */
  abort(): Promise<void>
  /** Rows written per sheet so far. */
  readonly rowCounts: Partial<Record<ExportSheetKey, number>>
}
