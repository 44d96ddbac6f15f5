/**
 * One cell of an imported file as main hands it to the renderer: text, a number, a boolean
 * (a spreadsheet TRUE/FALSE), or nothing. Spreadsheet dates arrive as ISO text
 * ("2024-03-15", "2024-03-15T10:30"), percent-formatted numbers as "10%", so every value is
 * plain JSON.
 */
export type ImportCell = string | number | boolean | null

/** One data row: where it is in the file (for the report) and its cells. */
export interface ImportRow {
  /** 1-based row number as the spreadsheet program shows it (the CSV line where the record starts). */
  line: number
  cells: ImportCell[]
  /**
   * A formula of this row that sums up the rows above it (`COUNTA(A4:A8)`, `SUM(C2:C40)`), as
   * the workbook holds it: the mark of a total line under a list (summary-row.ts). Only .xlsx.
   */
  totalFormula?: string
}

/**
 * A number as the digits a person would read: no exponent, no float noise
 * (12.300000000000001 → "12.3"). Integers up to 21 digits print plainly in JavaScript.
 */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) return ''
  if (Number.isInteger(value)) return Math.abs(value) < 1e21 ? value.toFixed(0) : String(value)
  return String(Number(value.toPrecision(15)))
}

/** The cell as trimmed text ("" for nothing). */
export function cellText(cell: ImportCell | undefined): string {
  if (cell === null || cell === undefined) return ''
  if (typeof cell === 'number') return numberText(cell)
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE'
  return cell.trim()
}

export function isEmptyCell(cell: ImportCell | undefined): boolean {
  return cellText(cell) === ''
}

/** "A", "B", … "Z", "AA": the spreadsheet's name of a 0-based column index. */
export function columnLetter(index: number): string {
  let name = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name
  return name
}
