import { describe, expect, it } from 'vitest'
import { characterMeasure, listPrintColumns, printableWidthMm } from './list-print-content'

const headers: Record<string, string> = { lastName: 'Nazwisko', email: 'E-mail', orderCount: 'Zamówienia', totalValue: 'Wartość łączna' }
const header = (key: string) => headers[key]

describe('printed list columns', () => {
  it('fill the page, give long values room, and never make a header word wider than its column', () => {
    const rows = Array.from({ length: 50 }, (_, i) => ['Wiśniewska', `anna.wisniewska${i}@example.com`, String(i), '1 234,50 zł'])
    const columns = listPrintColumns(['lastName', 'email', 'orderCount', 'totalValue'], header, rows, characterMeasure, printableWidthMm(false))
    expect(columns.reduce((sum, c) => sum + c.width, 0)).toBeCloseTo(100, 0)
    const mm = (index: number) => (columns[index].width / 100) * printableWidthMm(false)
    expect(mm(1)).toBeGreaterThan(mm(0))
    expect(mm(2)).toBeGreaterThanOrEqual(characterMeasure('Zamówienia', true))
    expect(columns.map((c) => c.numeric)).toEqual([false, false, true, true])
  })

  it('takes the room from the widest text columns when the page is too narrow', () => {
    const rows = [['Wiśniewska', 'x'.repeat(200), '12', '1 234,50 zł']]
    const columns = listPrintColumns(['lastName', 'email', 'orderCount', 'totalValue'], header, rows, characterMeasure, printableWidthMm(false))
    const mm = (index: number) => (columns[index].width / 100) * printableWidthMm(false)
    expect(mm(2)).toBeGreaterThanOrEqual(characterMeasure('Zamówienia', true))
    expect(mm(3)).toBeGreaterThanOrEqual(characterMeasure('1 234,50 zł', false))
    expect(columns.reduce((sum, c) => sum + c.width, 0)).toBeCloseTo(100, 0)
  })
})
