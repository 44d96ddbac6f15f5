import { describe, expect, it } from 'vitest'
import { cellFormat } from '../cell-format'
import { columns } from '../columns'
import { columnWidth, fitColumns, type Measure } from './column-widths'

// A monospace stand-in: 7 px a header letter, 8 px a cell letter.
const measure: Measure = (text, font) => text.length * (font === 'header' ? 7 : 8)

describe('column widths', () => {
  it('keep the design width when everything fits', () => {
    expect(columnWidth(columns.name, 'Name', cellFormat('en', 'PLN'), measure)).toBe(columns.name.width + 4)
  })

  it('never break a translated header inside a word', () => {
    const width = columnWidth(columns.orderCount, 'Замовлення', cellFormat('uk', 'PLN'), measure)
    expect(width).toBeGreaterThanOrEqual('Замовлення'.length * 7 + 20 + 14)
  })

  it('fit the widest money value of the list currency and the longest date form of the language', () => {
    const en = cellFormat('en', 'PLN')
    expect(columnWidth(columns.totalValue, 'Total value', en, measure)).toBeGreaterThanOrEqual(en.money(99_999_999).length * 8 + 20)
    const bg = cellFormat('bg', 'CZK')
    expect(columnWidth(columns.lastOrderAt, 'Последно посещение', bg, measure)).toBeGreaterThanOrEqual(bg.date(Date.UTC(2028, 11, 28)).length * 8 + 20)
  })
})

describe('columns in the room there is', () => {
  const text = [true, false, true, false]
  it('keeps every width when the window is wide enough', () => {
    expect(fitColumns([180, 140, 180, 110], text, 900)).toEqual([180, 140, 180, 110])
  })

  it('takes the missing room from the text columns only, so figures stay whole', () => {
    const fitted = fitColumns([180, 140, 180, 110], text, 560)
    expect(fitted[1]).toBe(140)
    expect(fitted[3]).toBe(110)
    expect(fitted.reduce((sum, width) => sum + width, 0)).toBeLessThanOrEqual(560)
  })

  it('never squeezes a text column below its floor: the table scrolls instead', () => {
    expect(fitColumns([180, 140, 180, 110], text, 300)).toEqual([120, 140, 120, 110])
  })
})
