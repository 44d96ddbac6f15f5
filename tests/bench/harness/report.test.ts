import { describe, expect, it } from 'vitest'
import { formatTable, toResult } from './report'

describe('toResult', () => {
  it('summarises samples and the same-run baseline into a ratio', () => {
    const result = toResult({ name: 'search.surname', samples: [10, 12, 30], baseline: { name: 'Dexie filter()', samples: [1000, 1200, 1100] } })
    expect(result).toMatchObject({ runs: 3, median_ms: 12, p95_ms: 30, max_ms: 30, baseline: { name: 'Dexie filter()', median_ms: 1100 }, ratio: 0.0109 })
  })

  it('checks the issue target: a median over it is a miss, named', () => {
    const result = toResult({ name: 'search.phone', samples: [60, 70, 80] })
    expect(result.meets_target).toBe(false)
    expect(result.missed).toEqual(['median ≤ 50 ms'])
    expect(result.target).toContain('PRODUCT.md F7')
  })

  it('checks an extra figure against its limit (export memory)', () => {
    const result = toResult({ name: 'export.xlsx', samples: [100], baseline: { name: 'bare', samples: [100] }, extra: { peak_rss_mb: 400 } })
    expect(result.missed).toEqual(['peak_rss_mb ≤ 350'])
  })

  it('has no verdict where no issue states a target', () => {
    expect(toResult({ name: 'card.open', samples: [5] }).meets_target).toBeUndefined()
  })

  it('carries a value that is not a time', () => {
    expect(toResult({ name: 'db.size', value: { amount: 812.5, unit: 'MB' } })).toMatchObject({ value: 812.5, unit: 'MB' })
  })
})

describe('formatTable', () => {
  it('prints every row, including errors and measures that have not landed', () => {
    const table = formatTable([
      { name: 'search.surname', result: toResult({ name: 'search.surname', samples: [3, 4, 5] }) },
      { name: 'list.open', status: 'not available yet' },
      { name: 'card.open', status: 'error', error: 'boom' }
    ])
    const lines = table.split('\n')
    expect(lines).toHaveLength(5)
    expect(lines[2]).toMatch(/^search\.surname\s+3\s+4 ms\s+5 ms\s+5 ms/)
    expect(lines[2]).toContain('ok')
    expect(lines[3]).toContain('not available yet')
    expect(lines[4]).toContain('ERROR: boom')
  })
})
