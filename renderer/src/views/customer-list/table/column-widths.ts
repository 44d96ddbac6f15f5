import type { CellFormat } from '../cell-format'
import type { ColumnDef } from '../columns'

/**
 * Column widths that fit the UI language and the list's currency: a column is at least as
 * wide as its design width, as its longest header word (headers wrap onto two lines, never
 * inside a word) and as the widest value it can show ("PLN 9,999,999.99", "22.11.2026").
 * Measured once per language/currency, so header and rows stay aligned without measuring rows.
 */

export type Measure = (text: string, font: 'header' | 'cell') => number

const CELL_PADDING = 20
const SORT_ARROW = 14
const SAFETY = 4

/** The widest value a column normally shows, in the current format. */
export function widestValue(column: ColumnDef, format: CellFormat): string | string[] | null {
  switch (column.kind) {
    case 'money':
    case 'estimate':
      // Up to 999 999.99 a customer: a salon's or café's best customer stays well below.
      return format.money(99_999_999)
    case 'phone':
      // The longest international forms the desk sees (France, Ukraine, Ireland).
      return ['+33 6 00 00 00 00', '+380 99 999 9999', '+353 89 999 9999']
    case 'count':
      return format.count(99_999)
    case 'percent':
      return format.percent(100)
    case 'date':
      // Two-digit day and month, the widest digits.
      return format.date(new Date(2028, 11, 28, 20, 58).getTime())
    default:
      return null
  }
}

export function columnWidth(column: ColumnDef, label: string, format: CellFormat, measure: Measure): number {
  const words = label.split(/\s+/).filter(Boolean)
  const longestWord = Math.max(0, ...words.map((word) => measure(word, 'header')))
  // Two lines at most: half the whole title (plus a word's slack) must fit on a line.
  const halfTitle = measure(label, 'header') / 2 + (words.length > 1 ? longestWord / 4 : 0)
  const header = Math.max(longestWord, Math.min(halfTitle, measure(label, 'header'))) + CELL_PADDING + (column.sort ? SORT_ARROW : 0)
  const value = widestValue(column, format)
  const cell = value === null ? 0 : Math.max(...[value].flat().map((text) => measure(text, 'cell'))) + CELL_PADDING
  return Math.ceil(Math.max(column.width, header, cell) + SAFETY)
}

/**
 * Text width as the table really renders it: hidden spans inside the table, so they inherit
 * its font, with the header's weight and the cells' tabular digits (a canvas knows neither).
 */
export function domMeasure(container: HTMLElement): Measure {
  const make = (font: 'header' | 'cell') => {
    const span = document.createElement('span')
    span.setAttribute('aria-hidden', 'true')
    Object.assign(span.style, { position: 'absolute', visibility: 'hidden', whiteSpace: 'nowrap', left: '-9999px', top: '0' })
    if (font === 'header') Object.assign(span.style, { fontWeight: '600', fontSize: '12px' })
    else Object.assign(span.style, { fontSize: '13px', fontVariantNumeric: 'tabular-nums' })
    container.appendChild(span)
    return span
  }
  const spans = { header: make('header'), cell: make('cell') }
  const known = new Map<string, number>()
  return (text, font) => {
    const key = `${font}|${text}`
    let width = known.get(key)
    if (width === undefined) {
      spans[font].textContent = text
      width = spans[font].getBoundingClientRect().width
      known.set(key, width)
    }
    return width
  }
}

let context: CanvasRenderingContext2D | null | undefined

/** Text width from an offscreen canvas: a first guess before the table is in the page. */
export function canvasMeasure(): Measure {
  context ??= typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d')
  const family = typeof document === 'undefined' ? 'sans-serif' : getComputedStyle(document.documentElement).fontFamily || 'sans-serif'
  return (text, font) => {
    if (!context) return text.length * 8
    context.font = font === 'header' ? `600 12px ${family}` : `13px ${family}`
    return context.measureText(text).width
  }
}

/** The narrowest a text column (names, e-mails, chips) gets when the window is short of room. */
export const NARROWEST_TEXT_COLUMN = 120

/**
 * Widths for the room there is: where the columns' widths add up to more than the table's
 * width (1024 px with the navigation folded), the text columns give up room first — each in
 * proportion to what it can spare, down to 60 % of its width and never below
 * NARROWEST_TEXT_COLUMN — so figures, dates and phones stay whole and nothing scrolls sideways.
 * Only when that is not enough does the table scroll.
 */
export function fitColumns(widths: readonly number[], text: readonly boolean[], room: number): number[] {
  const over = widths.reduce((sum, width) => sum + width, 0) - room
  if (over <= 0 || room <= 0) return [...widths]
  const spare = widths.map((width, index) => (text[index] ? Math.max(0, width - Math.max(NARROWEST_TEXT_COLUMN, Math.round(width * 0.6))) : 0))
  const total = spare.reduce((sum, value) => sum + value, 0)
  if (total === 0) return [...widths]
  const share = Math.min(1, over / total)
  return widths.map((width, index) => width - Math.ceil(spare[index]! * share))
}
