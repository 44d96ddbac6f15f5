import * as v from 'valibot'
import type { ImportRow } from '../import/cell'
import { importDelimiters, importEncodings, importLimits, type ImportDelimiter, type ImportEncoding } from '../import/limits'
import { channel } from './channel'

/**
 * Import of customers from .xlsx / .csv / .txt. Main asks which file, reads and parses it
 * (the renderer never sees the path or the raw file) and keeps the rows; the renderer pulls
 * them in chunks to map, preview and write them into its database.
 *
 * Flow: `import:open` (dialog; parsing starts) → poll `import:status` until `ready` (it
 * throws the file's error, e.g. `import.damaged-file`) → `import:rows` chunks →
 * `import:close`. `import:reparse` reads the file again with another sheet, encoding or
 * separator, or takes another row as the header. The report of a finished import is written
 * by `import:report-begin` (dialog) → `import:report-rows` chunks → `import:report-finish`.
 */

const sessionId = v.pipe(v.string(), v.maxLength(36), v.uuid())

export interface ImportOpened {
  /** null when the user cancelled the dialog. */
  sessionId: string | null
  fileName: string
}

export interface ImportSheet {
  name: string
  hidden: boolean
}

/** A row near the top of the file, offered when the user picks which row holds the headers. */
export interface ImportTopRow {
  line: number
  cells: string[]
}

export interface ImportFileSummary {
  sessionId: string
  fileName: string
  kind: 'xlsx' | 'csv'
  /** Worksheets of an .xlsx (empty for CSV) and the one read. */
  sheets: ImportSheet[]
  sheet: string | null
  /** How a CSV/TXT was read (null for .xlsx); `encodingGuessed` when no BOM or UTF-8 told it for sure. */
  encoding: ImportEncoding | null
  encodingGuessed: boolean
  delimiter: ImportDelimiter | null
  /** The file's row (1-based) holding the headers; rows above it (a title) are not data. */
  headerLine: number
  headers: string[]
  /** Rows below the header row, with the empty rows between them (an import counts those as skipped). */
  rowCount: number
  /** The first non-empty rows, for choosing another header row. */
  topRows: ImportTopRow[]
}

export type ImportStatus =
  | { state: 'reading'; sessionId: string; fileName: string; /** 0–1 */ progress: number; rowsRead: number }
  | { state: 'ready'; file: ImportFileSummary }

export interface ImportReportBegun {
  /** null when the user cancelled the save dialog. */
  reportId: string | null
  fileName: string
}

const reportCell = v.union([v.pipe(v.string(), v.maxLength(importLimits.maxCellChars)), v.number(), v.null()])

export const importChannels = {
  'import:open': channel<ImportOpened>()(v.optional(v.strictObject({}))),
  'import:status': channel<ImportStatus>()(v.strictObject({ sessionId })),
  'import:reparse': channel<ImportStatus>()(
    v.strictObject({
      sessionId,
      sheet: v.optional(v.pipe(v.string(), v.maxLength(importLimits.maxSheetNameChars))),
      encoding: v.optional(v.picklist(importEncodings)),
      delimiter: v.optional(v.picklist(importDelimiters)),
      headerLine: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(importLimits.maxRows + 1000)))
    })
  ),
  'import:rows': channel<{ rows: ImportRow[] }>()(
    v.strictObject({
      sessionId,
      from: v.pipe(v.number(), v.integer(), v.minValue(0)),
      count: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(importLimits.maxRowsPerPull))
    })
  ),
  'import:close': channel<{ closed: boolean }>()(v.strictObject({ sessionId })),
  'import:report-begin': channel<ImportReportBegun>()(
    v.strictObject({
      defaultName: v.pipe(v.string(), v.minLength(1), v.maxLength(200), v.regex(/^[^\\/:*?"<>|\0]+\.xlsx$/)),
      /** The report's first sheet: label/value lines (created 12, updated 3…), already translated. */
      summary: v.pipe(v.array(v.tuple([v.pipe(v.string(), v.maxLength(500)), reportCell])), v.maxLength(100)),
      /** Titles of the row sheet's columns, translated. */
      columns: v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.minLength(1), v.maxLength(50)),
      sheetNames: v.strictObject({ summary: v.pipe(v.string(), v.minLength(1), v.maxLength(31)), rows: v.pipe(v.string(), v.minLength(1), v.maxLength(31)) })
    })
  ),
  'import:report-rows': channel<{ written: number }>()(
    v.strictObject({
      reportId: sessionId,
      rows: v.pipe(v.array(v.pipe(v.array(reportCell), v.maxLength(50))), v.maxLength(importLimits.maxRowsPerPull))
    })
  ),
  'import:report-finish': channel<{ fileName: string }>()(v.strictObject({ reportId: sessionId })),
  'import:report-cancel': channel<{ cancelled: boolean }>()(v.strictObject({ reportId: sessionId }))
}

export type { ImportDelimiter, ImportEncoding }
