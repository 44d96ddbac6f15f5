import { describe, expect, it } from 'vitest'
import { pageCounterContent, printPageCss } from './print-page-style'

describe('the printed page', () => {
  it('turns the translated "Page {page} of {pages}" into CSS counters wherever the language puts them', () => {
    expect(pageCounterContent('Strona {page} z {pages}')).toBe('"Strona " counter(page) " z " counter(pages)')
    expect(pageCounterContent('{page}/{pages}')).toBe('counter(page) "/" counter(pages)')
    expect(pageCounterContent('Page "{page}"')).toBe('"Page \\"" counter(page) "\\""')
  })

  it('puts A4, the header and the footer into @page', () => {
    const css = printPageCss({ landscape: true, header: 'Salon "Róża" · Klienci', printedAt: '22.11.2026', pageTemplate: 'Strona {page} z {pages}' })
    expect(css).toContain('size: A4 landscape')
    expect(css).toContain('@top-left { content: "Salon \\"Róża\\" · Klienci"')
    expect(css).toContain('@bottom-right { content: "Strona " counter(page) " z " counter(pages)')
  })
})
