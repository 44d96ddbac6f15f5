import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { escapeXstring, needsXstringEscape, unescapeXstring } from './spreadsheet-xstring'

describe('ST_Xstring escaping of cell text', () => {
  it('escapes CR, the C0 controls XML cannot carry, lone surrogates and literal escape sequences', () => {
    expect(escapeXstring('\r=2+2')).toBe('_x000D_=2+2')
    expect(escapeXstring('a\r\nb')).toBe('a_x000D_\nb')
    expect(escapeXstring('\u0000\u0001\u0008\u000b\u000c\u001f')).toBe('_x0000__x0001__x0008__x000B__x000C__x001F_')
    expect(escapeXstring('\ud800x\udfff')).toBe('_xD800_x_xDFFF_')
    expect(escapeXstring('keep _x000D_ as typed')).toBe('keep _x005F_x000D_ as typed')
    // Tab, LF, paired surrogates and plain underscores stay as they are.
    for (const text of ['a\tb\nc', 'emoji 😀', 'snake_case', '_x12_', '_xZZZZ_', 'Zażółć']) {
      expect(escapeXstring(text)).toBe(text)
      expect(needsXstringEscape(text)).toBe(false)
    }
    expect(needsXstringEscape('\r')).toBe(true)
    expect(needsXstringEscape('_x0041_')).toBe(true)
  })

  it('reads back any text exactly', () => {
    expect(unescapeXstring('_x000D_=2+2')).toBe('\r=2+2')
    expect(unescapeXstring('_x005F_x000D_')).toBe('_x000D_')
    const pieces = fc.constantFrom('_', 'x', '0', '0', 'D', '_x000D_', '_x005F_', '\r', '\n', '\t', '\u0000', '\ud800', '\udc00', 'a', 'F')
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.array(pieces).map((parts) => parts.join(''))), (text) => {
        expect(unescapeXstring(escapeXstring(text))).toBe(text)
      }),
      { numRuns: 2000 }
    )
  })
})
