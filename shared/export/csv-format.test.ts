import { describe, expect, it } from 'vitest'
import { csvField, csvNumber, csvRecord, csvSeparator, csvText } from './csv-format'

describe('CSV format', () => {
  it('uses a semicolon where the decimal mark is a comma', () => {
    expect(csvSeparator('en')).toBe(',')
    for (const locale of ['pl', 'cs', 'uk', 'fr', 'bg']) expect(csvSeparator(locale)).toBe(';')
  })

  it('quotes fields with the separator, quotes or line breaks, doubling quotes', () => {
    expect(csvField('Kowalska; Anna', ';')).toBe('"Kowalska; Anna"')
    expect(csvField('Kowalska, Anna', ';')).toBe('Kowalska, Anna')
    expect(csvField('say "hi"', ',')).toBe('"say ""hi"""')
    expect(csvField('line 1\nline 2', ',')).toBe('"line 1\nline 2"')
  })

  it('neutralises and then quotes text', () => {
    expect(csvText('=HYPERLINK("http://evil","click")', ',')).toBe('"\'=HYPERLINK(""http://evil"",""click"")"')
    expect(csvText('\n=1', ',')).toBe('"\'\n=1"')
  })

  it('writes numbers with the locale’s decimal mark and no grouping, records with CRLF', () => {
    expect(csvNumber(1234.5, 'pl', 2)).toBe('1234,50')
    expect(csvNumber(1234.5, 'en', 2)).toBe('1234.50')
    expect(csvNumber(-3, 'fr')).toBe('-3')
    expect(csvRecord(['a', 'b'], ';')).toBe('a;b\r\n')
  })
})
