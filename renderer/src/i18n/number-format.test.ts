import { describe, expect, it } from 'vitest'
import { supportedLocales } from './locales'
import { numberFormat } from './number-format'

describe('numbers on screen', () => {
  it('group a 4-digit number like a 5-digit one in every language ("2 000" in Polish and Bulgarian too)', () => {
    for (const locale of supportedLocales) {
      const format = numberFormat(locale)
      const separator = format.format(12_000).replace(/\d/g, '')
      expect(format.format(2_000)).toBe(`2${separator}000`)
    }
    expect(numberFormat('pl', { style: 'currency', currency: 'PLN' }).format(2_000)).toBe('2\u00a0000,00\u00a0zł')
  })
})
