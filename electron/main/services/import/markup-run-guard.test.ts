import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { MarkupRunGuard } from './markup-run-guard'

class TooLong extends Error {}
class Declaration extends Error {}

/** Feeds `text` in the given pieces; answers what stopped it, if anything. */
function outcome(pieces: string[], maxRun = 20): 'ok' | 'too-long' | 'declaration' {
  const guard = new MarkupRunGuard(maxRun, { tooLong: () => new TooLong(), declaration: () => new Declaration() })
  try {
    for (const piece of pieces) guard.feed(piece)
    return 'ok'
  } catch (error) {
    if (error instanceof TooLong) return 'too-long'
    if (error instanceof Declaration) return 'declaration'
    throw error
  }
}

/** `text` cut at the given places. */
function cut(text: string, at: number[]): string[] {
  const places = [...new Set(at.map((place) => place % (text.length + 1)))].sort((a, b) => a - b)
  return [0, ...places].map((start, index) => text.slice(start, places[index] ?? text.length))
}

describe('the run guard of the XML parser', () => {
  it('lets a document through whose every run is within the limit', () => {
    const doc = '<?xml version="1.0"?><!-- a < b --><row r="1"><c t="s"><v>12</v></c><t><![CDATA[<x>]]></t></row>'
    expect(outcome([doc])).toBe('ok')
  })

  it('counts a CDATA section and a comment whole, whatever "<" they hold', () => {
    expect(outcome([`<t><![CDATA[${'<a'.repeat(11)}]]></t>`])).toBe('too-long')
    expect(outcome([`<t><![CDATA[${'<a'.repeat(4)}]]></t>`])).toBe('ok')
    expect(outcome([`<!--${'<a>'.repeat(8)}-->`])).toBe('too-long')
    expect(outcome([`<?pi ${'<a>'.repeat(8)}?>`])).toBe('too-long')
  })

  it('counts a tag with its attribute values, whatever ">" they hold', () => {
    expect(outcome([`<c a="${'>'.repeat(25)}"/>`])).toBe('too-long')
    expect(outcome([`<c a='${'x>'.repeat(12)}'/>`])).toBe('too-long')
    expect(outcome([`<c a="${'x'.repeat(10)}"/>`])).toBe('ok')
    expect(outcome([`<v>${'x'.repeat(21)}</v>`])).toBe('too-long')
  })

  it('refuses a DOCTYPE or any other declaration at once', () => {
    expect(outcome(['<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x/>'])).toBe('declaration')
    expect(outcome(['<!ENTITY a "b">'])).toBe('declaration')
  })

  it('answers the same however the text is cut into chunks (terminators straddling two)', () => {
    const run = fc.oneof(
      fc.string({ maxLength: 24 }).map((text) => text.replace(/[<&]/g, '')),
      fc.string({ maxLength: 24 }).map((text) => `<![CDATA[${text.replace(/]]>/g, '')}]]>`),
      fc.string({ maxLength: 24 }).map((text) => `<!--${text.replace(/--/g, '')}-->`),
      fc.string({ maxLength: 24 }).map((text) => `<c a="${text.replace(/"/g, '')}" b='x'>`),
      fc.constant('</c>'),
      fc.constant('<!DOCTYPE x>')
    )
    fc.assert(
      fc.property(fc.array(run, { maxLength: 12 }), fc.array(fc.nat(), { maxLength: 12 }), (runs, places) => {
        const doc = runs.join('')
        expect(outcome(cut(doc, places))).toBe(outcome([doc]))
        expect(outcome(doc.split(''))).toBe(outcome([doc]))
      }),
      { numRuns: 500 }
    )
  })
})
