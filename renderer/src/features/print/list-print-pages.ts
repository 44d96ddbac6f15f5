import { printableWidthMm } from './print-columns'
import { pageContentHeightMm } from './print-page-style'

/**
 * How many pages a printed list takes, told before it goes to the printer: text wraps, so rows
 * differ in height, and the laid-out list is measured rather than guessed. The pages are then
 * counted the way the printer breaks them: a row never splits (print.css), the column headers
 * repeat at the top of every page, the title and the facts under it open the first.
 */

export interface MeasuredList {
  /** Title and facts above the table, in millimetres. */
  firstBlockMm: number
  /** The column headers' row. */
  headMm: number
  /** Each row's height. */
  rowsMm: number[]
}

export function countListPages(measured: MeasuredList, landscape: boolean): number {
  const pageMm = pageContentHeightMm(landscape)
  let pages = 1
  let used = measured.firstBlockMm + measured.headMm
  for (const row of measured.rowsMm) {
    if (used + row > pageMm + 0.05) {
      pages++
      used = measured.headMm + row
    } else used += row
  }
  return pages
}

const pxToMm = 25.4 / 96

/**
 * Lays the rendered list (`.print-root`, hidden on screen) out at the paper's width off
 * screen and reads its heights; the print layout is left as it was.
 */
export function measureListPrint(root: HTMLElement, landscape: boolean): MeasuredList {
  root.classList.add('print-root--measuring')
  root.style.width = `${printableWidthMm(landscape)}mm`
  try {
    const table = root.querySelector('table')
    if (!table) return { firstBlockMm: 0, headMm: 0, rowsMm: [] }
    const top = root.getBoundingClientRect().top
    const head = table.tHead?.getBoundingClientRect()
    const rows = table.tBodies[0] ? [...table.tBodies[0].rows] : []
    return {
      firstBlockMm: ((head?.top ?? table.getBoundingClientRect().top) - top) * pxToMm,
      headMm: (head?.height ?? 0) * pxToMm,
      rowsMm: rows.map((row) => row.getBoundingClientRect().height * pxToMm)
    }
  } finally {
    root.classList.remove('print-root--measuring')
    root.style.width = ''
  }
}
