import { describe, expect, it } from 'vitest'
import { importedCustomerIds, rowResult } from './import-outcome'

describe('the customers an import shows in the list', () => {
  it('are those it created or updated, each once, not the unchanged or skipped', () => {
    const codes = [rowResult.created, rowResult.skipped['duplicate-in-file'], rowResult.updated, rowResult.unchanged, rowResult.created, rowResult.updated, rowResult.none]
    const customerIds = [11, 0, 7, 9, 12, 7, 0]
    expect(importedCustomerIds({ codes: Uint8Array.from(codes), customerIds: Float64Array.from(customerIds), otherLines: new Map() })).toEqual([11, 7, 12])
  })
})
