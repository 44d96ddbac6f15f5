import { describe, expect, it } from 'vitest'
import { sheetName, suggestedExportName, withExtension } from './file-names'

describe('file and sheet names', () => {
  it('suggests customers-YYYY-MM-DD with the local date', () => {
    expect(suggestedExportName('customers', 'xlsx', new Date(2026, 2, 5, 23, 59))).toBe('customers-2026-03-05.xlsx')
    expect(suggestedExportName('customer-data', 'csv', new Date(2026, 11, 31, 0, 1))).toBe('customer-data-2026-12-31.csv')
  })

  it('adds the extension only when the user left it out', () => {
    expect(withExtension('/media/usb/klienci', 'xlsx')).toBe('/media/usb/klienci.xlsx')
    expect(withExtension('/media/usb/Klienci.XLSX', 'xlsx')).toBe('/media/usb/Klienci.XLSX')
  })

  it('makes valid Excel sheet names, numbered for the parts of a long sheet', () => {
    expect(sheetName('Zamówienia')).toBe('Zamówienia')
    expect(sheetName('Zamówienia', 2)).toBe('Zamówienia (2)')
    expect(sheetName('Orders: 2026/03 [all]?')).toBe('Orders  2026 03  all')
    const long = 'Замовлення клієнтів за весь період роботи'
    expect(sheetName(long)).toHaveLength(31)
    expect(sheetName(long, 12)).toHaveLength(31)
    expect(sheetName(long, 12).endsWith(' (12)')).toBe(true)
    expect(sheetName("'quoted'")).toBe('quoted')
  })
})
