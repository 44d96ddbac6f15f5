import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { neutraliseForCsv, startsLikeFormula } from './formula-safety'

describe('formula-injection safety', () => {
  it('recognises every start a spreadsheet evaluates', () => {
    const starts = ['=HYPERLINK("http://x","y")', '+48 601', '-2+3', '@SUM(A1)', '|cmd', '\t=1', '\r=1', '\n=1', '\tplain']
    // Behind the whitespace a program may trim, and in the fullwidth forms it may fold to ASCII.
    const hidden = [' =1', '   +1', ' \t-1', '\u00a0@SUM(A1)', '\u3000=1', '\ufeff=1', ' |cmd', '＝1+1', '＋1', '－1', '＠SUM(A1)', ' ＝1', '｜cmd']
    for (const text of [...starts, ...hidden]) expect(startsLikeFormula(text), JSON.stringify(text)).toBe(true)
    for (const text of ['', 'Zofia', ' Zofia', "'=1", '1-2', 'a@b.pl', 'a|b', '１２', '  ']) expect(startsLikeFormula(text), JSON.stringify(text)).toBe(false)
  })

  it('prefixes a quote to exactly those values for CSV and keeps the rest unchanged', () => {
    expect(neutraliseForCsv('=1+1')).toBe("'=1+1")
    expect(neutraliseForCsv('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)")
    expect(neutraliseForCsv(' =1+1')).toBe("' =1+1")
    expect(neutraliseForCsv('＝1+1')).toBe("'＝1+1")
    expect(neutraliseForCsv('|cmd')).toBe("'|cmd")
    const hostile = fc.tuple(fc.constantFrom('', ' ', '\t', '  ', '\u3000'), fc.constantFrom('=', '+', '-', '@', '|', '＝', '＋', '－', '＠'), fc.string())
    fc.assert(
      fc.property(fc.oneof(fc.string(), hostile.map((parts) => parts.join(''))), (text) => {
        const safe = neutraliseForCsv(text)
        expect(startsLikeFormula(safe)).toBe(false)
        expect(safe === text || safe === `'${text}`).toBe(true)
      })
    )
  })
})
