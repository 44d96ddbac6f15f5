import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { neutraliseForCsv, startsLikeFormula } from './formula-safety'

describe('formula-injection safety', () => {
  it('recognises every start a spreadsheet evaluates', () => {
    for (const text of ['=HYPERLINK("http://x","y")', '+48 601', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '\n=1']) {
      expect(startsLikeFormula(text), JSON.stringify(text)).toBe(true)
    }
    for (const text of ['', 'Zofia', ' =1', "'=1", '1-2', 'a@b.pl']) expect(startsLikeFormula(text), JSON.stringify(text)).toBe(false)
  })

  it('prefixes a quote to exactly those values for CSV and keeps the rest unchanged', () => {
    expect(neutraliseForCsv('=1+1')).toBe("'=1+1")
    expect(neutraliseForCsv('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)")
    fc.assert(
      fc.property(fc.string(), (text) => {
        const safe = neutraliseForCsv(text)
        expect(startsLikeFormula(safe)).toBe(false)
        expect(safe === text || safe === `'${text}`).toBe(true)
      })
    )
  })
})
