import { cellText, columnLetter, type ImportCell, type ImportRow } from './cell'
import { matchHeader } from './match-headers'

/**
 * Where the headers are. Spreadsheets people keep by hand often have a title above the
 * table ("Klienci 2024", a date, an empty line), headers merged across columns, or no
 * header row at all. The header row is the one among the first rows that reads most like
 * headers: known header names count most, plain words next; numbers, dates, e-mails and
 * phone numbers count against it (they are data).
 */

/** A merged range of a sheet: rows as the sheet numbers them (1-based), columns 0-based. */
export interface CellRange {
  top: number
  left: number
  bottom: number
  right: number
}

/** How far down to look for the headers. */
export const headerSearchRows = 30

const dataLike = [
  /^[+-]?\d+([.,]\d+)?%?$/, // a number
  /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}([ T]\d{1,2}:\d{2}(:\d{2})?)?$/, // a date
  /^[^\s@]+@[^\s@]+\.[^\s@]+$/, // an e-mail
  /^\+?[\d\s()./-]{7,}$/ // a phone number
]

function isDataLike(text: string): boolean {
  return dataLike.some((pattern) => pattern.test(text))
}

interface RowScore {
  known: number
  words: number
  data: number
}

function scoreRow(cells: readonly ImportCell[]): RowScore {
  const score: RowScore = { known: 0, words: 0, data: 0 }
  for (const cell of cells) {
    if (typeof cell !== 'string') {
      if (cell !== null && cell !== undefined) score.data++
      continue
    }
    const text = cell.trim()
    if (text === '') continue
    if (isDataLike(text)) {
      score.data++
      continue
    }
    if (text.length <= 60) score.words++
    if (matchHeader(text).confidence !== 'none') score.known++
  }
  return score
}

/**
 * Index (in `rows`) of the header row among the first rows, or null when the file starts
 * straight with data (no header names known, and the first row holds e-mails or phones).
 */
export function detectHeaderRow(rows: readonly ImportRow[]): number | null {
  let best: { index: number; value: number; score: RowScore } | null = null
  // Headers stand above data: the last row is a candidate only when it is the only one.
  const candidates = rows.slice(0, Math.min(headerSearchRows, Math.max(1, rows.length - 1)))
  const widest = Math.max(1, ...candidates.map((row) => row.cells.filter((cell) => cellText(cell) !== '').length))
  for (const [index, row] of candidates.entries()) {
    const score = scoreRow(row.cells)
    const filled = row.cells.filter((cell) => cellText(cell) !== '').length
    const value = score.known * 3 + score.words - score.data * 2 + (0.5 * filled) / widest
    if (!best || value > best.value) best = { index, value, score }
  }
  if (!best) return null
  if (best.score.known === 0 && best.score.data > 0) return null
  return best.index
}

export interface HeaderBlock {
  headers: string[]
  /** How many of `rows` from the header row on hold headers (2+ when merged cells span rows). */
  rowsUsed: number
}

/**
 * The header text of each column. Merged header cells give their text to every column they
 * cover; a header spanning two rows ("Phone" merged over "mobile" and "home" beneath, with
 * "Name" merged down over both rows) reads "Phone mobile", "Phone home", "Name"; a column
 * without a header is named by its letter.
 */
export function buildHeaders(rows: readonly ImportRow[], headerIndex: number | null, width: number, merges: readonly CellRange[]): HeaderBlock {
  if (headerIndex === null) return { headers: Array.from({ length: width }, (_, column) => columnLetter(column)), rowsUsed: 0 }
  const headerRow = rows[headerIndex]
  const bottom = merges.reduce((last, merge) => (merge.top === headerRow.line && merge.bottom > last ? merge.bottom : last), headerRow.line)
  const block = rows.slice(headerIndex).filter((row) => row.line <= bottom)
  const parts = block.map((row) => {
    const texts = Array.from({ length: width }, (_, column) => cellText(row.cells[column]))
    filledFromMerges(texts, row.line, merges, rows)
    return texts
  })
  const headers = Array.from({ length: width }, (_, column) => {
    const words: string[] = []
    for (const texts of parts) {
      const text = texts[column]
      if (text && !words.some((word) => word.toLowerCase() === text.toLowerCase())) words.push(text)
    }
    return words.join(' ') || columnLetter(column)
  })
  return { headers, rowsUsed: block.length }
}

/** Fills cells of `texts` (the row at `line`) covered by a merge with the merge's top-left text. */
function filledFromMerges(texts: string[], line: number, merges: readonly CellRange[], rows: readonly ImportRow[]): void {
  for (const merge of merges) {
    if (line < merge.top || line > merge.bottom) continue
    const origin = rows.find((row) => row.line === merge.top)
    const value = origin ? cellText(origin.cells[merge.left]) : ''
    if (!value) continue
    for (let column = merge.left; column <= merge.right && column < texts.length; column++) {
      if (!texts[column]) texts[column] = value
    }
  }
}
