import type { Id, Store } from '@shared/domain/types'

/**
 * Where the list's figures come from (F9). Resolved from the store selection:
 * - `all`: no store chosen: every customer, figures of the customer row (stores in the main
 *   currency, summed);
 * - `store`: one store: its customers, figures from its per-store stats rows (indexed by
 *   `[storeId+metric]`, so sorting and range filters stay on an index);
 * - `main-stores`: exactly the stores of the main currency (two or more): their customers,
 *   and the customer row's figures ARE those stores' figures, so it is as fast as `all`;
 * - `combined`: any other set of stores of one currency: figures summed from the stats rows
 *   of those stores (read for the selected stores only, in memory).
 */
export type ListScope =
  | { kind: 'all'; currency: string }
  | { kind: 'store'; storeId: Id; currency: string }
  | { kind: 'main-stores'; storeIds: Id[]; currency: string }
  | { kind: 'combined'; storeIds: Id[]; currency: string }

export type ScopeProblem = 'mixed-currencies'

/**
 * The scope of a store selection. Unknown ids (a store deleted since a segment was saved)
 * are ignored; a selection across currencies cannot be summed and is refused.
 */
export function resolveScope(selected: readonly Id[] | undefined, stores: readonly Store[], mainCurrency: string): ListScope | ScopeProblem {
  const byId = new Map(stores.map((store) => [store.id!, store]))
  const chosen = [...new Set(selected ?? [])].filter((id) => byId.has(id)).sort((a, b) => a - b)
  if (chosen.length === 0) return { kind: 'all', currency: mainCurrency }
  const currencies = new Set(chosen.map((id) => byId.get(id)!.currency))
  if (currencies.size > 1) return 'mixed-currencies'
  const currency = [...currencies][0]!
  if (chosen.length === 1) return { kind: 'store', storeId: chosen[0]!, currency }
  const mainStores = stores.filter((store) => store.currency === mainCurrency).map((store) => store.id!)
  const isAllMain = currency === mainCurrency && mainStores.length === chosen.length
  return { kind: isAllMain ? 'main-stores' : 'combined', storeIds: chosen, currency }
}

/** Stable text of a scope, for caches. */
export function scopeKey(scope: ListScope): string {
  switch (scope.kind) {
    case 'all':
      return 'all'
    case 'store':
      return `store:${scope.storeId}`
    default:
      return `${scope.kind}:${scope.storeIds.join(',')}`
  }
}

/** The stores whose customers the scope lists; null for every customer. */
export function scopeStoreIds(scope: ListScope): Id[] | null {
  if (scope.kind === 'all') return null
  if (scope.kind === 'store') return [scope.storeId]
  return scope.storeIds
}
