import { describe, expect, it } from 'vitest'
import { sheetName, suggestedFileName, withExtension } from './file-names'

describe('file and sheet names', () => {
  it('suggests what the file is, in the UI language, with the local date and time', () => {
    expect(suggestedFileName({ base: 'klienci' }, 'xlsx', new Date(2026, 2, 5, 23, 59, 7))).toBe('klienci-2026-03-05_23-59-07.xlsx')
    expect(suggestedFileName({ base: 'Karta klienta' }, 'pdf', new Date(2026, 11, 31, 0, 1))).toBe('karta-klienta-2026-12-31_00-01-00.pdf')
  })

  it("names the customer of an access export, in any script, so two requests of one day never share a name", () => {
    const first = suggestedFileName({ base: 'дані клієнта', subject: 'Олена Шевченко' }, 'xlsx', new Date(2026, 2, 5, 9, 15, 0))
    const second = suggestedFileName({ base: 'дані клієнта', subject: 'Олена Шевченко' }, 'xlsx', new Date(2026, 2, 5, 9, 15, 1))
    expect(first).toBe('дані-клієнта-олена-шевченко-2026-03-05_09-15-00.xlsx')
    expect(second).not.toBe(first)
  })

  it('keeps only what every file system takes', () => {
    const name = suggestedFileName({ base: 'dane klienta', subject: 'Zoë "Ann" O\'Neil / Kraków: <VIP>?*|' }, 'xlsx', new Date(2026, 0, 2, 3, 4, 5))
    expect(name).toBe("dane-klienta-zoë-ann-o-neil-kraków-vip-2026-01-02_03-04-05.xlsx")
    expect(name).not.toMatch(/[<>:"/\\|?*]/)
    expect(suggestedFileName({ base: '***', subject: 'x'.repeat(200) }, 'pdf', new Date(2026, 0, 2)).length).toBeLessThan(100)
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
