import type { Id } from '../domain/types'

/**
 * Which customers a person sees: all of them, or (a person limited to some stores) only those
 * with an order in one of those stores or whose home store is one of them (Flipdish's rule).
 */
export type StoreScope = { kind: 'all' } | { kind: 'stores'; storeIds: readonly Id[] }

export const allStores: StoreScope = { kind: 'all' }

/** The customer row's fields the rule reads: `storeIds` lists the stores with an order of theirs. */
export interface ScopedCustomer {
  storeIds: readonly Id[]
  /** 0 when none. */
  homeStoreId: Id | 0
}

export function customerInScope(customer: ScopedCustomer, scope: StoreScope): boolean {
  if (scope.kind === 'all') return true
  if (customer.homeStoreId !== 0 && scope.storeIds.includes(customer.homeStoreId)) return true
  return customer.storeIds.some((storeId) => scope.storeIds.includes(storeId))
}

/** A scope of no store at all sees nobody: a limited person must have at least one store to work. */
export function scopeOf(person: { allStores: boolean; storeIds: readonly Id[] }): StoreScope {
  return person.allStores ? allStores : { kind: 'stores', storeIds: [...person.storeIds] }
}
