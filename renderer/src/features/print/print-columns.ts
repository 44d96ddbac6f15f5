/**
 * Column widths of a printed table (the list, the card's orders), from what is in it.
 *
 * A column is either `whole` — phone numbers, dates, money, counts: a value is never broken
 * or cut, so the column is as wide as its widest value (each line of it: a cell may hold one
 * phone a line) — or `wrap` — names, e-mails, notes, categories: the value wraps onto more
 * lines when the column is narrower than it. Whole columns get what they need first; wrap
 * columns share the rest, the widest giving way first, down to a floor each. When even the
 * floors do not fit, the table does not fit the page (see list-print-layout.ts: landscape,
 * then fewer columns).
 */

/** Measures a text as printed, in millimetres (a canvas in the app; characters in tests). */
export type TextMeasure = (text: string, bold: boolean) => number

export interface FitColumn {
  header: string
  whole: boolean
}

export interface ColumnWidths {
  /** Percent of the table's width, one per column. */
  widths: number[]
  /** Whether every whole column has its widest value and every wrap column its floor. */
  fits: boolean
}

/** Padding of a cell, both sides together (print.css: 1.6 mm a side), plus a hair for rounding. */
export const cellPaddingMm = 3.6
/** The narrowest a wrapping column gets: about eight characters a line. */
const wrapFloorMm = 15
/** Wrap columns wider than this read fine wrapped when the page is short of room (list-print-layout.ts). */
export const comfortableWrapMm = 32
/** Rows a wrap column's usual width is taken from (whole columns measure every row). */
const wrapSample = 2_000

/** The widest word of a header: headers wrap between words, never inside one. */
function headerNeed(header: string, measure: TextMeasure): number {
  return Math.max(0, ...header.split(/\s+/).map((word) => measure(word, true)))
}

/** The widest line of any value of column `index` (values repeat: dates, amounts, so each is measured once). */
function widestLine(rows: readonly string[][], index: number, measure: TextMeasure): number {
  const seen = new Map<string, number>()
  let widest = 0
  for (const row of rows) {
    const value = row[index] ?? ''
    let width = seen.get(value)
    if (width === undefined) {
      width = Math.max(0, ...value.split('\n').map((line) => measure(line, false)))
      seen.set(value, width)
    }
    if (width > widest) widest = width
  }
  return widest
}

/** The width most values of a wrapping column need (96th percentile of a sample). */
function usualWidth(rows: readonly string[][], index: number, measure: TextMeasure): number {
  const step = Math.max(1, Math.floor(rows.length / wrapSample))
  const widths: number[] = []
  for (let row = 0; row < rows.length; row += step) widths.push(measure(rows[row][index] ?? '', false))
  widths.sort((a, b) => a - b)
  return widths.length ? widths[Math.floor((widths.length - 1) * 0.96)] : 0
}

export interface ColumnNeed {
  whole: boolean
  /** The least it can have: a whole column's widest value, a wrap column's floor (mm, with padding). */
  floor: number
  /** What it would like: the widest value, or most values of a wrap column (mm, with padding). */
  want: number
}

/** What each column needs, measured from its header and its values. */
export function columnNeeds(columns: readonly FitColumn[], rows: readonly string[][], measure: TextMeasure): ColumnNeed[] {
  return columns.map((column, index) => {
    const header = headerNeed(column.header, measure)
    if (column.whole) {
      const need = Math.max(header, widestLine(rows, index, measure)) + cellPaddingMm
      return { whole: true, floor: need, want: need }
    }
    const floor = Math.max(wrapFloorMm, header) + cellPaddingMm
    return { whole: false, floor, want: Math.max(floor, usualWidth(rows, index, measure) + cellPaddingMm) }
  })
}

const sum = (list: readonly number[]) => list.reduce((total, width) => total + width, 0)

/** The least room the columns take with wrap columns at `wrapCap` mm at most (never below a floor). */
export function neededWidth(needs: readonly ColumnNeed[], wrapCap = 0): number {
  return sum(needs.map((need) => (need.whole ? need.floor : Math.max(need.floor, Math.min(need.want, wrapCap)))))
}

/** Widths in millimetres for `availableMm`: spare room shared out, or wrap columns capped at one level. */
export function shareWidths(needs: readonly ColumnNeed[], availableMm: number): ColumnWidths {
  let widths = needs.map((need) => need.want)
  const total = sum(widths)
  const fits = sum(needs.map((need) => need.floor)) <= availableMm + 0.01
  if (total <= availableMm) {
    widths = widths.map((width) => width + ((availableMm - total) * width) / total)
  } else if (fits) {
    // The widest wrap columns give way first, down to one level found by bisection; whole columns keep what they need.
    const capped = (level: number) => needs.map((need) => (need.whole ? need.floor : Math.max(need.floor, Math.min(need.want, level))))
    let low = 0
    let high = Math.max(...widths)
    for (let step = 0; step < 40; step++) {
      const middle = (low + high) / 2
      if (sum(capped(middle)) > availableMm) high = middle
      else low = middle
    }
    widths = capped(low)
    const spare = availableMm - sum(widths)
    if (spare > 0) widths = widths.map((width) => width + (spare * width) / sum(widths))
  } else {
    // Cannot fit (the caller drops columns first; this only keeps the table on the paper).
    widths = needs.map((need) => (need.floor * availableMm) / sum(needs.map((each) => each.floor)))
  }
  return { widths: widths.map((width) => Math.round((width / availableMm) * 10_000) / 100), fits }
}

/** Widths of a printed table's columns for `availableMm` of paper (percent). */
export function fitColumnWidths(columns: readonly FitColumn[], rows: readonly string[][], measure: TextMeasure, availableMm: number): ColumnWidths {
  return shareWidths(columnNeeds(columns, rows, measure), availableMm)
}

/** Without a canvas (tests): a character of 8.5 pt text is about 1.75 mm wide. */
export const characterMeasure: TextMeasure = (text, bold) => text.length * (bold ? 1.85 : 1.75)

/** The print font (print.css). */
const printFontFamily = 'system-ui, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif'

/** The real width of printed text at `pointSize` (print.css: tables 8.5 pt): a canvas with the print font. */
export function canvasMeasure(pointSize = 8.5): TextMeasure {
  const context = document.createElement('canvas').getContext('2d')
  if (!context) return characterMeasure
  const pxToMm = 25.4 / 96
  const fonts = { true: `600 ${pointSize}pt ${printFontFamily}`, false: `${pointSize}pt ${printFontFamily}` }
  let font = ''
  return (text, bold) => {
    if (font !== fonts[`${bold}`]) context.font = font = fonts[`${bold}`]
    return context.measureText(text).width * pxToMm
  }
}

/** Width of the printable area of A4 (print-page-style.ts margins: 12 mm each side). */
export function printableWidthMm(landscape: boolean): number {
  return (landscape ? 297 : 210) - 24
}
