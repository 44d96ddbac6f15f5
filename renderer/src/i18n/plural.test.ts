import { describe, expect, it } from 'vitest'
import { cldrPluralRule } from './plural'

describe('cldrPluralRule', () => {
  it('picks Polish one | few | many', () => {
    const rule = cldrPluralRule('pl')
    expect([1, 2, 4, 5, 12, 22, 25, 0].map((n) => rule(n, 3))).toEqual([0, 1, 1, 2, 2, 1, 2, 2])
  })
  it('picks Ukrainian one | few | many (21 is "one")', () => {
    const rule = cldrPluralRule('uk')
    expect([1, 21, 3, 11, 5].map((n) => rule(n, 3))).toEqual([0, 0, 1, 2, 2])
  })
  it('picks Czech one | few | other', () => {
    const rule = cldrPluralRule('cs')
    expect([1, 3, 5, 22].map((n) => rule(n, 3))).toEqual([0, 1, 2, 2])
  })
  it('picks English and French one | other (French 0 is singular)', () => {
    expect([1, 0, 2].map((n) => cldrPluralRule('en')(n, 2))).toEqual([0, 1, 1])
    expect([1, 0, 2].map((n) => cldrPluralRule('fr')(n, 2))).toEqual([0, 0, 1])
  })
})
