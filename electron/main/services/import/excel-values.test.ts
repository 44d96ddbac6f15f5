import { describe, expect, it } from 'vitest'
import { excelSerialToIso } from './excel-date'
import { kindOfCode, numberKind } from './number-format'

describe('Excel date serials', () => {
  it.each([
    [45366, false, '2024-03-15'],
    [31121, false, '1985-03-15'],
    [43617.4375, false, '2019-06-01T10:30'],
    [1, false, '1900-01-01'],
    [61, false, '1900-03-01'],
    [0.5, false, '12:00'],
    [43904, true, '2024-03-15'] // the same day in a 1904-based workbook (old Mac)
  ])('%d (1904: %s) → %s', (serial, date1904, iso) => {
    expect(excelSerialToIso(serial, date1904)).toBe(iso)
  })

  it('refuses serials no date has', () => {
    expect(excelSerialToIso(-1, false)).toBeNull()
    expect(excelSerialToIso(Number.NaN, false)).toBeNull()
    expect(excelSerialToIso(1e9, false)).toBeNull()
  })
})

describe('number formats', () => {
  it.each([
    ['dd\\.mm\\.yyyy', 'date'],
    ['[$-415]d mmmm yyyy', 'date'],
    ['yyyy-mm-dd hh:mm', 'date'],
    ['0%', 'percent'],
    ['0.00" %"', 'number'],
    ['#,##0.00 "zł"', 'number'],
    ['[Red]0.00', 'number'],
    ['0.00E+00', 'number'],
    ['General', 'number'],
    ['@', 'text'],
    ['"Day "0', 'number']
  ])('%s → %s', (code, kind) => {
    expect(kindOfCode(code)).toBe(kind)
  })

  it('knows the built-in ids', () => {
    expect(numberKind(14, undefined)).toBe('date')
    expect(numberKind(22, undefined)).toBe('date')
    expect(numberKind(9, undefined)).toBe('percent')
    expect(numberKind(0, undefined)).toBe('number')
    expect(numberKind(49, undefined)).toBe('text')
  })
})
