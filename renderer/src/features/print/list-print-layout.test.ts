import { describe, expect, it } from 'vitest'
import type { CustomerFieldKey } from '@shared/export/customer-fields'
import { layoutListColumns } from './list-print-layout'
import { cellPaddingMm, characterMeasure, fitColumnWidths, printableWidthMm } from './print-columns'

const headers: Partial<Record<CustomerFieldKey, string>> = {
  firstName: 'Imię',
  lastName: 'Nazwisko',
  phone: 'Telefon',
  otherPhones: 'Inne telefony',
  email: 'E-mail',
  lastOrderAt: 'Ostatnie zamówienie',
  createdAt: 'Utworzono',
  totalValue: 'Wartość łączna',
  orderCount: 'Zamówienia',
  categories: 'Kategorie',
  notes: 'Notatki',
  city: 'Miasto',
  street: 'Ulica',
  preferences: 'Preferencje',
  allergies: 'Alergie'
}
const header = (key: CustomerFieldKey) => headers[key] ?? key

/** A column's width on paper, in mm. */
const mm = (width: number, landscape: boolean) => (width / 100) * printableWidthMm(landscape)

function rowFor(keys: readonly CustomerFieldKey[], i: number): string[] {
  const values: Partial<Record<CustomerFieldKey, string>> = {
    firstName: i % 7 === 0 ? 'Maria Magdalena' : 'Anna',
    lastName: i % 5 === 0 ? 'Wiśniewska-Kowalczyk' : 'Nowak',
    phone: i === 37 ? '+380 96 111 16 42' : '+48 601 234 567',
    otherPhones: i % 3 === 0 ? '+48 22 123 45 67\n+380 44 555 12 34' : '',
    email: `anna.wisniewska-kowalczyk${i}@example.com`,
    lastOrderAt: i === 12 ? '6 gru 2026, 11:00' : '6.12.2026',
    createdAt: '12 lis 2024, 09:30',
    totalValue: '12 345,00 zł',
    orderCount: String(i),
    categories: 'Stały klient, VIP, Koloryzacja',
    notes: 'Woli wizyty rano; prosi o przypomnienie SMS dzień wcześniej.',
    city: 'Kraków',
    street: 'ul. Długa 12/4',
    preferences: 'Kawa bez cukru',
    allergies: 'Amoniak'
  }
  return keys.map((key) => values[key] ?? '')
}
const rows = (keys: readonly CustomerFieldKey[], n = 200) => Array.from({ length: n }, (_, i) => rowFor(keys, i))

describe('printed list columns', () => {
  it('give phones and dates room for their longest value, so none is ever cut', () => {
    const keys: CustomerFieldKey[] = ['lastName', 'firstName', 'phone', 'email', 'lastOrderAt', 'categories']
    const layout = layoutListColumns(keys, header, rows(keys), characterMeasure)
    const width = (key: CustomerFieldKey) => mm(layout.columns.find((column) => column.key === key)!.width, layout.landscape)
    expect(width('phone')).toBeGreaterThanOrEqual(characterMeasure('+380 96 111 16 42', false) + cellPaddingMm - 0.01)
    expect(width('lastOrderAt')).toBeGreaterThanOrEqual(characterMeasure('6 gru 2026, 11:00', false) + cellPaddingMm - 0.01)
    expect(layout.columns.map((column) => column.whole)).toEqual([false, false, true, false, true, false])
    expect(layout.columns.reduce((sum, column) => sum + column.width, 0)).toBeCloseTo(100, 0)
    expect(layout.dropped).toEqual([])
  })

  it('measure a cell of several phones by its widest number, one a line', () => {
    const keys: CustomerFieldKey[] = ['lastName', 'phone', 'otherPhones']
    const layout = layoutListColumns(keys, header, rows(keys), characterMeasure)
    const needed = characterMeasure('+380 44 555 12 34', false) + cellPaddingMm
    expect(mm(layout.columns[2]!.width, layout.landscape)).toBeGreaterThanOrEqual(needed - 0.01)
  })

  it('stay portrait while the list fits, and turn landscape when it does not', () => {
    const narrow: CustomerFieldKey[] = ['lastName', 'firstName', 'phone', 'lastOrderAt']
    expect(layoutListColumns(narrow, header, rows(narrow), characterMeasure).landscape).toBe(false)
    const wide: CustomerFieldKey[] = ['lastName', 'firstName', 'phone', 'otherPhones', 'email', 'lastOrderAt', 'createdAt', 'totalValue', 'categories']
    const layout = layoutListColumns(wide, header, rows(wide), characterMeasure)
    expect(layout.landscape).toBe(true)
    expect(layout.dropped).toEqual([])
  })

  it('leave out the last columns (never the names or the phone) when even landscape cannot hold them, and say which', () => {
    const keys: CustomerFieldKey[] = ['lastName', 'firstName', 'phone', 'otherPhones', 'email', 'lastOrderAt', 'createdAt', 'totalValue', 'orderCount', 'categories', 'street', 'city', 'notes', 'preferences', 'allergies']
    const layout = layoutListColumns(keys, header, rows(keys), characterMeasure)
    expect(layout.landscape).toBe(true)
    expect(layout.dropped.length).toBeGreaterThan(0)
    expect(layout.dropped).toEqual(keys.slice(keys.length - layout.dropped.length))
    expect(layout.columns.map((column) => column.key)).toEqual(keys.slice(0, keys.length - layout.dropped.length))
    const phone = layout.columns.find((column) => column.key === 'phone')!
    expect(mm(phone.width, true)).toBeGreaterThanOrEqual(characterMeasure('+380 96 111 16 42', false) + cellPaddingMm - 0.01)
  })

  it('keep the asked orientation, leaving columns out to fit it', () => {
    const keys: CustomerFieldKey[] = ['lastName', 'firstName', 'phone', 'otherPhones', 'email', 'lastOrderAt', 'createdAt', 'totalValue', 'orderCount', 'categories']
    const layout = layoutListColumns(keys, header, rows(keys), characterMeasure, false)
    expect(layout.landscape).toBe(false)
    expect(layout.dropped.length).toBeGreaterThan(0)
    expect(layout.columns.map((column) => column.key)).toContain('phone')
  })
})

describe('a printed table\'s widths', () => {
  it('take room from the widest text first, never from whole values', () => {
    const { widths, fits } = fitColumnWidths(
      [
        { header: 'Nazwisko', whole: false },
        { header: 'Notatki', whole: false },
        { header: 'Telefon', whole: true },
        { header: 'Wartość', whole: true }
      ],
      [['Wiśniewska', 'x '.repeat(200), '+48 601 234 567', '1 234,50 zł']],
      characterMeasure,
      printableWidthMm(false)
    )
    expect(fits).toBe(true)
    const width = (index: number) => mm(widths[index]!, false)
    expect(width(2)).toBeGreaterThanOrEqual(characterMeasure('+48 601 234 567', false) + cellPaddingMm - 0.01)
    expect(width(3)).toBeGreaterThanOrEqual(characterMeasure('1 234,50 zł', false) + cellPaddingMm - 0.01)
    expect(width(1)).toBeGreaterThan(width(0))
    expect(widths.reduce((sum, each) => sum + each, 0)).toBeCloseTo(100, 0)
  })
})
