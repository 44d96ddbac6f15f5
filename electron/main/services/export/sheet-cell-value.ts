import type ExcelJS from 'exceljs'
import type { SheetValue } from '@shared/export/cell-values'
import { escapeXstring, needsXstringEscape } from '@shared/export/spreadsheet-xstring'

/** Whitespace at either end of a text (a leading tab, CR or LF, a trailing space). */
function hasEdgeWhitespace(text: string): boolean {
  return text.length > 0 && (text.charCodeAt(0) <= 32 || text.charCodeAt(text.length - 1) <= 32)
}

/**
 * The cell value exceljs gets. Texts go out as plain string cells. A text with whitespace at
 * an end goes as an inline string marked xml:space="preserve", or LibreOffice trims it; so
 * does a text with characters XML cannot carry as they are (CR, other control characters, a
 * literal "_x000D_"), escaped as ST_Xstring: readers decode those sequences in an inline
 * string's <t> (exceljs would drop the control characters, and every XML reader turns a raw
 * CR into LF).
 */
export function sheetCellValue(value: SheetValue): ExcelJS.CellValue | undefined {
  if (value === null) return undefined
  if (typeof value === 'string' && (hasEdgeWhitespace(value) || needsXstringEscape(value))) return { richText: [{ text: escapeXstring(value) }] }
  return value
}
