import { describe, expect, it } from 'vitest'
import { allStores, customerInScope, scopeOf } from './store-scope'

describe('store scope', () => {
  const storeTwo = scopeOf({ allStores: false, storeIds: [2] })

  it('shows a one-store person the customers with an order in their store or that home store', () => {
    expect(customerInScope({ storeIds: [1, 2], homeStoreId: 0 }, storeTwo)).toBe(true)
    expect(customerInScope({ storeIds: [], homeStoreId: 2 }, storeTwo)).toBe(true)
    expect(customerInScope({ storeIds: [1], homeStoreId: 2 }, storeTwo)).toBe(true)
  })

  it('hides the customers of the other stores only and those of no store', () => {
    expect(customerInScope({ storeIds: [1], homeStoreId: 1 }, storeTwo)).toBe(false)
    expect(customerInScope({ storeIds: [], homeStoreId: 0 }, storeTwo)).toBe(false)
  })

  it('shows everyone to a person of all stores, and no one to a limited person without a store', () => {
    expect(customerInScope({ storeIds: [], homeStoreId: 0 }, allStores)).toBe(true)
    expect(scopeOf({ allStores: true, storeIds: [2] })).toEqual(allStores)
    expect(customerInScope({ storeIds: [1], homeStoreId: 1 }, scopeOf({ allStores: false, storeIds: [] }))).toBe(false)
  })
})
