/**
 * What an export is made of, shared by the renderer (which describes it) and main (which
 * writes it). Values travel as JSON in domain units: money in minor units, instants in epoch
 * ms (NO_DATE = 0 means empty), flags as booleans or 0 | 1.
 */

export const exportFormats = ['xlsx', 'csv'] as const
export type ExportFormat = (typeof exportFormats)[number]

/** What the file holds; main turns it into the suggested file name. */
export const exportFileKinds = ['customers', 'customer-data'] as const
export type ExportFileKind = (typeof exportFileKinds)[number]

// 'consents': the consent history sheet of one customer's data (access request).
export const exportSheetKeys = ['customers', 'orders', 'consents'] as const
export type ExportSheetKey = (typeof exportSheetKeys)[number]

// 'phone': a number in E.164 ("+48601234567") for services that want the "+" (message lists).
export const exportColumnTypes = ['text', 'number', 'money', 'date', 'datetime', 'percent', 'flag', 'phone'] as const
export type ExportColumnType = (typeof exportColumnTypes)[number]

export interface ExportColumn {
  /** Stable id of the field ("createdAt", "email"), recorded in the audit log. */
  key: string
  /** The header as the user reads it, already translated by the renderer. */
  header: string
  type: ExportColumnType
  /** Money columns: ISO 4217 code when it differs from the export's currency. */
  currency?: string
}

export interface ExportSheet {
  key: ExportSheetKey
  /** The sheet's tab name, translated (Excel allows 31 characters; main shortens it). */
  name: string
  columns: ExportColumn[]
}

/** One cell as it crosses IPC. */
export type ExportCell = string | number | boolean | null
export type ExportRow = ExportCell[]

/** Excel's hard limits. */
export const excelMaxRows = 1_048_576
export const excelMaxCellText = 32_767
export const excelMaxSheetName = 31

/** Rows per `export:rows` call: big enough to keep IPC overhead low, small enough to keep memory flat. */
export const exportChunkRows = 2_000
