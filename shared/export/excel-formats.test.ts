import { describe, expect, it } from 'vitest'
import { currencyFractionDigits, decimalSeparator, excelDateFormat, excelDateTimeFormat, excelMoneyFormat } from './excel-formats'

describe('Excel formats from the locale', () => {
  it('writes dates in each language the way its people read them', () => {
    expect(excelDateFormat('pl')).toBe('dd\\.mm\\.yyyy')
    expect(excelDateFormat('en')).toBe('mm\\/dd\\/yyyy')
    expect(excelDateFormat('fr')).toBe('dd\\/mm\\/yyyy')
    expect(excelDateFormat('cs')).toBe('dd\\. mm\\. yyyy')
    expect(excelDateFormat('uk')).toBe('dd\\.mm\\.yyyy')
    // Bulgarian writes the year's abbreviation "г." after the date.
    expect(excelDateFormat('bg')).toBe('dd\\.mm\\.yyyy \\г\\.')
  })

  it('writes times with a 24-hour clock or AM/PM as the locale does', () => {
    expect(excelDateTimeFormat('pl')).toBe('dd\\.mm\\.yyyy\\, hh:mm')
    expect(excelDateTimeFormat('en')).toBe('mm\\/dd\\/yyyy\\, h:mm AM/PM')
  })

  it('puts the currency symbol where the locale puts it, with its decimals', () => {
    expect(excelMoneyFormat('pl', 'PLN')).toBe('#,##0.00 [$zł-415]')
    expect(excelMoneyFormat('en', 'USD')).toBe('[$$-409]#,##0.00')
    expect(excelMoneyFormat('fr', 'EUR')).toBe('#,##0.00 [$€-40C]')
    expect(excelMoneyFormat('cs', 'CZK')).toBe('#,##0.00 [$Kč-405]')
    expect(excelMoneyFormat('uk', 'UAH')).toBe('#,##0.00 [$₴-422]')
    expect(excelMoneyFormat('bg', 'BGN')).toBe('#,##0.00 [$лв.-402]')
    expect(excelMoneyFormat('en', 'JPY')).toBe('[$¥-409]#,##0')
    // A locale without a known id still gets a currency tag.
    expect(excelMoneyFormat('it', 'EUR')).toBe('#,##0.00 [$€]')
  })

  it('knows each currency’s minor units and each locale’s decimal mark', () => {
    expect([currencyFractionDigits('PLN'), currencyFractionDigits('JPY'), currencyFractionDigits('BHD')]).toEqual([2, 0, 3])
    expect(['en', 'pl', 'cs', 'uk', 'fr', 'bg'].map(decimalSeparator)).toEqual(['.', ',', ',', ',', ',', ','])
  })
})
