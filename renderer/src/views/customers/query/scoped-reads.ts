import Dexie from 'dexie'
import type { Customer, CustomerStoreStats, Id, Metrics } from '@shared/domain/types'
import type { RegularsDatabase } from '@renderer/db'
import { customerIndexOf, isMetricColumn, storeIndexOf, type MetricColumn } from './columns-index'
import type { ScopedRow } from './conditions'
import type { SortColumn } from './list-query'
import type { ListScope } from './scope'

/**
 * The reads the list is made of, per scope. All of them go through an index or a list of
 * ids: keys only for whole orders (`primaryKeys()` → IDBIndex.getAllKeys), rows only for the
 * ids asked for (`bulkGet`). None reads a whole table's rows.
 */

const storeRange = (storeId: Id): [[Id, unknown], [Id, unknown]] => [
  [storeId, Dexie.minKey],
  [storeId, Dexie.maxKey]
]

/** Customer ids of one store's per-store stats rows (every customer with an order there). */
async function storeCustomerIds(db: RegularsDatabase, storeId: Id, index = '[storeId+lastActivityAt]'): Promise<Id[]> {
  const [lower, upper] = storeRange(storeId)
  const keys = (await db.customerStoreStats.where(index).between(lower, upper, true, true).primaryKeys()) as unknown as [Id, Id][]
  return keys.map((key) => key[0])
}

/** Customers with an order in any of the stores. */
export async function membersOf(db: RegularsDatabase, storeIds: readonly Id[]): Promise<Set<Id>> {
  const members = new Set<Id>()
  for (const storeId of storeIds) for (const id of await storeCustomerIds(db, storeId)) members.add(id)
  return members
}

/** How many customers the scope lists, when a count() answers it. */
export async function countOfScope(db: RegularsDatabase, scope: ListScope): Promise<number | null> {
  if (scope.kind === 'all') return db.customers.count()
  if (scope.kind === 'store') {
    const [lower, upper] = storeRange(scope.storeId)
    return db.customerStoreStats.where('[storeId+lastActivityAt]').between(lower, upper, true, true).count()
  }
  return null
}

/** Every customer id in ascending order of a column (ties by id), from its index. */
export async function allIdsByColumn(db: RegularsDatabase, column: SortColumn): Promise<Int32Array> {
  return Int32Array.from((await db.customers.orderBy(customerIndexOf(column)).primaryKeys()) as Id[])
}

/** One store's customers in ascending order of a figure, from the `[storeId+figure]` index. */
export async function storeIdsByFigure(db: RegularsDatabase, storeId: Id, column: MetricColumn): Promise<Int32Array> {
  return Int32Array.from(await storeCustomerIds(db, storeId, storeIndexOf(column)))
}

/** Keeps the ids that are in `members`, in order. */
export function keepMembers(ordered: Int32Array, members: ReadonlySet<Id>): Int32Array {
  const kept = new Int32Array(Math.min(ordered.length, members.size))
  let length = 0
  for (let index = 0; index < ordered.length; index++) if (members.has(ordered[index]!)) kept[length++] = ordered[index]!
  return kept.slice(0, length)
}

/** Summed figures sorted in memory (the `combined` scope has no index for them). */
export function idsByCombinedFigure(figures: ReadonlyMap<Id, Metrics>, column: MetricColumn): Int32Array {
  const entries = [...figures].map(([id, metrics]) => ({ id, value: metrics[column] }))
  entries.sort((a, b) => a.value - b.value || a.id - b.id)
  return Int32Array.from(entries, (entry) => entry.id)
}

export function canUseStoreIndex(scope: ListScope, column: SortColumn): scope is Extract<ListScope, { kind: 'store' }> {
  return scope.kind === 'store' && isMetricColumn(column)
}

/**
 * Customers with the scope's figures, aligned with `ids`: undefined where the customer is
 * gone or not in the scope (no order in the selected stores).
 */
export async function loadScopedRows(
  db: RegularsDatabase,
  scope: ListScope,
  ids: readonly Id[],
  combined?: ReadonlyMap<Id, Metrics>
): Promise<(ScopedRow | undefined)[]> {
  const customers = await db.customers.bulkGet(ids as Id[])
  if (scope.kind === 'all') return customers.map((customer) => customer && { id: customer.id!, customer, metrics: customer })
  if (scope.kind === 'main-stores') {
    const stores = new Set(scope.storeIds)
    return customers.map((customer) =>
      customer && customer.storeIds.some((id) => stores.has(id)) ? { id: customer.id!, customer, metrics: customer } : undefined
    )
  }
  if (scope.kind === 'store') {
    const stats = await db.customerStoreStats.bulkGet(ids.map((id) => [id, scope.storeId] as [Id, Id]))
    return customers.map((customer, index) => withFigures(customer, stats[index]))
  }
  return customers.map((customer) => withFigures(customer, customer && combined?.get(customer.id!)))
}

function withFigures(customer: Customer | undefined, metrics: Metrics | CustomerStoreStats | undefined): ScopedRow | undefined {
  return customer && metrics ? { id: customer.id!, customer, metrics } : undefined
}

/**
 * Rows in list order straight from the sort's index, `limit` at most: the customers index, or
 * one store's stats index when the list is sorted by a figure of that store.
 */
export async function rowsInIndexOrder(
  db: RegularsDatabase,
  scope: ListScope,
  column: SortColumn,
  descending: boolean,
  limit: number
): Promise<{ rows: (ScopedRow | undefined)[]; read: number }> {
  if (canUseStoreIndex(scope, column)) {
    const [lower, upper] = storeRange(scope.storeId)
    let collection = db.customerStoreStats.where(storeIndexOf(column as MetricColumn)).between(lower, upper, true, true)
    if (descending) collection = collection.reverse()
    const stats = await collection.limit(limit).toArray()
    const customers = await db.customers.bulkGet(stats.map((row) => row.customerId))
    return { rows: customers.map((customer, index) => withFigures(customer, stats[index])), read: stats.length }
  }
  let collection = db.customers.orderBy(customerIndexOf(column))
  if (descending) collection = collection.reverse()
  const customers = await collection.limit(limit).toArray()
  if (scope.kind === 'all') return { rows: customers.map((customer) => ({ id: customer.id!, customer, metrics: customer })), read: customers.length }
  return { rows: await scopeRowsOf(db, scope, customers), read: customers.length }
}

async function scopeRowsOf(db: RegularsDatabase, scope: ListScope, customers: Customer[]): Promise<(ScopedRow | undefined)[]> {
  if (scope.kind === 'main-stores') {
    const stores = new Set(scope.storeIds)
    return customers.map((customer) => (customer.storeIds.some((id) => stores.has(id)) ? { id: customer.id!, customer, metrics: customer } : undefined))
  }
  if (scope.kind === 'store') {
    const members = customers.filter((customer) => customer.storeIds.includes(scope.storeId))
    const stats = await db.customerStoreStats.bulkGet(members.map((customer) => [customer.id!, scope.storeId] as [Id, Id]))
    const byId = new Map(members.map((customer, index) => [customer.id!, stats[index]]))
    return customers.map((customer) => withFigures(customer, byId.get(customer.id!)))
  }
  return customers.map(() => undefined)
}
