import { describe, expect, it } from 'vitest'
import { roundMs, summarize } from './stats'

describe('summarize', () => {
  it('gives the middle value, nearest-rank p95 and max of an odd count', () => {
    expect(summarize([5, 1, 3])).toEqual({ runs: 3, median: 3, p95: 5, max: 5 })
  })

  it('averages the two middle values of an even count', () => {
    expect(summarize([4, 1, 3, 2]).median).toBe(2.5)
  })

  it('takes the 95th percentile by nearest rank (20 samples: the 19th)', () => {
    const samples = Array.from({ length: 20 }, (_, index) => index + 1)
    expect(summarize(samples)).toMatchObject({ median: 10.5, p95: 19, max: 20 })
  })

  it('handles one sample', () => {
    expect(summarize([7])).toEqual({ runs: 1, median: 7, p95: 7, max: 7 })
  })

  it('refuses no samples rather than printing NaN', () => {
    expect(() => summarize([])).toThrow(/No samples/)
  })
})

describe('roundMs', () => {
  it('keeps a decimal for small figures and whole ms for large ones', () => {
    expect(roundMs(1.234)).toBe(1.2)
    expect(roundMs(1234.5)).toBe(1235)
  })
})
