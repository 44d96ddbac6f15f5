import * as v from 'valibot'
import {
  exportColumnTypes,
  exportFormats,
  exportSheetKeys,
  type ExportCell
} from '../export/export-spec'
import { channel } from './channel'

/**
 * Export to a file the user chooses (a USB stick): the renderer describes the file, main asks
 * where to save it and writes it; the renderer then pushes the rows in chunks and finishes
 * or cancels. Main never receives a path from the renderer.
 *
 *   export:begin  → { exportId, fileName } | null (the user cancelled the dialog)
 *   export:rows   → { rows }  (repeat, sheet by sheet, in order)
 *   export:finish → { fileName, rows, bytes }  (the file is in place only now)
 *   export:cancel → { cancelled }  (nothing is left behind)
 */

// Every string's maxLength comes before its pattern: the length is checked first (see input-size.ts in main).
const currencyCode = v.pipe(v.string(), v.maxLength(3), v.regex(/^[A-Z]{3}$/))
const label = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max))

const exportColumnSchema = v.strictObject({
  key: v.pipe(v.string(), v.maxLength(64), v.regex(/^[A-Za-z0-9_.-]{1,64}$/)),
  header: label(200),
  type: v.picklist(exportColumnTypes),
  currency: v.optional(currencyCode)
})

/**
 * The name the save dialog suggests, in the UI language: what the file is and, for one
 * customer's file, whose. Main keeps only letters and digits and adds the date and time
 * (shared/export/file-names.ts).
 */
export const suggestedFileNameSchema = v.strictObject({
  base: label(60),
  subject: v.optional(v.pipe(v.string(), v.maxLength(120)))
})

const exportSheetSchema = v.strictObject({
  key: v.picklist(exportSheetKeys),
  name: label(100),
  columns: v.pipe(v.array(exportColumnSchema), v.minLength(1), v.maxLength(200))
})

export const exportBeginInput = v.pipe(
  v.strictObject({
    format: v.picklist(exportFormats),
    fileName: suggestedFileNameSchema,
    /** BCP 47, the UI language: date and money formats, CSV separator. */
    locale: v.pipe(v.string(), v.maxLength(35), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)),
    /** The store's currency: money columns without their own. */
    currency: currencyCode,
    /** Document title (file properties), translated. */
    title: label(200),
    /** The file-type name in the save dialog ("Excel workbook"), translated. */
    fileTypeName: label(100),
    flagLabels: v.strictObject({ yes: label(40), no: label(40) }),
    /** A CSV for a service rather than Excel (a message list): its separator instead of the locale's. */
    csvSeparator: v.optional(v.picklist([',', ';'])),
    sheets: v.pipe(v.array(exportSheetSchema), v.minLength(1), v.maxLength(exportSheetKeys.length))
  }),
  v.check((input) => new Set(input.sheets.map((sheet) => sheet.key)).size === input.sheets.length, 'Each sheet key once'),
  v.check((input) => input.format === 'xlsx' || input.sheets.length === 1, 'A CSV file holds one sheet')
)

export interface ExportStarted {
  exportId: string
  /** The chosen file's name (not its folder), for the progress dialog. */
  fileName: string
}

const exportId = v.pipe(v.string(), v.maxLength(36), v.regex(/^[0-9a-f-]{36}$/))

/** One cell: a text (any length up to 100 000; cut to Excel's limit when written), a number, a flag, or empty. */
const exportCellSchema = v.union([v.pipe(v.string(), v.maxLength(100_000)), v.pipe(v.number(), v.finite()), v.boolean(), v.null()])

export const maxRowsPerCall = 5_000

export const exportRowsInput = v.strictObject({
  exportId,
  sheet: v.picklist(exportSheetKeys),
  rows: v.pipe(v.array(v.pipe(v.array(exportCellSchema), v.maxLength(200))), v.maxLength(maxRowsPerCall))
})

export interface ExportRowsAnswer {
  /** Rows of this sheet written so far. */
  rows: number
}

export interface ExportFinished {
  fileName: string
  /** Rows of the first sheet (customers). */
  rows: number
  /** Rows per sheet key, all parts together. */
  sheetRows: Partial<Record<(typeof exportSheetKeys)[number], number>>
  bytes: number
}

const exportRef = v.strictObject({ exportId })

export const exportChannels = {
  'export:begin': channel<ExportStarted | null>()(exportBeginInput),
  'export:rows': channel<ExportRowsAnswer>()(exportRowsInput),
  'export:finish': channel<ExportFinished>()(exportRef),
  'export:cancel': channel<{ cancelled: boolean }>()(exportRef)
}

export type ExportBeginInput = v.InferOutput<typeof exportBeginInput>
export type { ExportCell }
