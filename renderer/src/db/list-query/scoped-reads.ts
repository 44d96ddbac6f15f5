import Dexie from 'dexie'
import type { Customer, CustomerStoreStats, Id, Metrics } from '@shared/domain/types'
import type { RegularsDatabase } from '../schema'
import { customerIndexOf, isMetricColumn, isSparseColumn, storeIndexOf, valueAt, type MetricColumn } from './columns-index'
import type { ScopedRow } from './conditions'
import type { SortColumn } from '@shared/list/list-query'
import type { ListScope } from './scope'
import { primaryKeysInTieAfter, readInChunks, type WaitForIdle } from './chunked-order'

/**
 * The reads the list is made of, per scope. All of them go through an index or a list of
 * ids: keys only for whole orders (`primaryKeys()` → IDBIndex.getAllKeys; a key cursor inside
 * a tie group, chunked-order.ts), rows only for the ids asked for (`bulkGet`). None reads a
 * whole table's rows.
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

/** Keys per chunk of a full order (see chunked-order.ts). */
export const ORDER_CHUNK = 2_500

/**
 * Every customer id in ascending order of a column (ties by id), from its index, in chunks.
 * A sparse index holds only the customers with a value: those without one follow, in id order.
 */
export async function allIdsByColumn(db: RegularsDatabase, column: SortColumn, size = ORDER_CHUNK, idle?: WaitForIdle): Promise<Int32Array> {
  const indexed = await idsInIndexOrder(db, column, size, idle)
  return isSparseColumn(column) ? withTheRestAfter(indexed, await allCustomerIds(db, size, idle)) : indexed
}

/** The ids a column's index holds, in its order (value, then id), in chunks. */
export function idsInIndexOrder(db: RegularsDatabase, column: SortColumn, size = ORDER_CHUNK, idle?: WaitForIdle): Promise<Int32Array> {
  const index = customerIndexOf(column)
  return readInChunks(
    {
      above: (value, limit) =>
        db.transaction('r', db.customers, async () => {
          const ids = (await (value === undefined ? db.customers.orderBy(index) : db.customers.where(index).above(value)).limit(limit).primaryKeys()) as Id[]
          const last = ids.length > 0 ? await db.customers.get(ids[ids.length - 1]!) : undefined
          return { ids, lastValue: last && valueAt(last, index) }
        }),
      tiesAfter: async (value, id, limit) => (await primaryKeysInTieAfter(db, 'customers', index, value, id, limit)) as Id[]
    },
    size,
    idle
  )
}

/** Every customer id in id order, in chunks (the primary key: no ties). */
export function allCustomerIds(db: RegularsDatabase, size = ORDER_CHUNK, idle?: WaitForIdle): Promise<Int32Array> {
  return readInChunks(
    {
      above: async (value, limit) => {
        const ids = (await (value === undefined ? db.customers.toCollection() : db.customers.where(':id').above(value)).limit(limit).primaryKeys()) as Id[]
        return { ids, lastValue: ids[ids.length - 1] }
      },
      tiesAfter: async () => []
    },
    size,
    idle
  )
}

/** A sparse index's order, then every other id (in the order of `all`). */
export function withTheRestAfter(indexed: Int32Array, all: Int32Array): Int32Array {
  const inIndex = new Set(indexed)
  const out = new Int32Array(Math.max(all.length, indexed.length))
  out.set(indexed, 0)
  let at = indexed.length
  for (const id of all) if (!inIndex.has(id)) out[at++] = id
  return at === out.length ? out : out.slice(0, at)
}

/** One store's customers in ascending order of a figure, from the `[storeId+figure]` index, in chunks. */
export async function storeIdsByFigure(db: RegularsDatabase, storeId: Id, column: MetricColumn, size = ORDER_CHUNK, idle?: WaitForIdle): Promise<Int32Array> {
  const index = storeIndexOf(column)
  return readInChunks(
    {
      above: (value, limit) =>
        db.transaction('r', db.customerStoreStats, async () => {
          const keys = (await db.customerStoreStats
            .where(index)
            .between(value === undefined ? [storeId, Dexie.minKey] : [storeId, value], [storeId, Dexie.maxKey], value === undefined, true)
            .limit(limit)
            .primaryKeys()) as unknown as [Id, Id][]
          const last = keys.length > 0 ? await db.customerStoreStats.get(keys[keys.length - 1]!) : undefined
          return { ids: keys.map((key) => key[0]), lastValue: last?.[column] }
        }),
      tiesAfter: async (value, id, limit) => {
        const keys = (await primaryKeysInTieAfter(db, 'customerStoreStats', index, [storeId, value], [id, storeId], limit)) as [Id, Id][]
        return keys.map((key) => key[0])
      }
    },
    size,
    idle
  )
}

/**
 * The ids of a figure's inclusive range, as a slice of that figure's full ascending order:
 * the two ends are found by a k-ary search that reads 16 rows per end and step — both ends
 * in one bulkGet, ≈ 5 small reads for 200 000 customers — instead of the range's keys
 * (≈ 10 µs each).
 */
export async function rangeSlice(db: RegularsDatabase, scope: ListScope, column: MetricColumn, order: Int32Array, lower: number, upper: number): Promise<Int32Array> {
  const valuesOf = async (ids: Id[]): Promise<number[]> => {
    const rows =
      scope.kind === 'store' ? await db.customerStoreStats.bulkGet(ids.map((id) => [id, scope.storeId] as [Id, Id])) : await db.customers.bulkGet(ids)
    return rows.map((row) => {
      if (!row) throw new Error('The list order changed while it was searched')
      return row[column]
    })
  }
  const [start, end] = await firstIndicesWhere(order, [(value) => value >= lower, (value) => value > upper], valuesOf)
  return order.subarray(start!, Math.max(start!, end!))
}

/**
 * For each test (false then true along the order), the first position that passes; the
 * searches advance together, each step's sample rows of all of them read in one request.
 */
async function firstIndicesWhere(order: Int32Array, tests: ((value: number) => boolean)[], valuesOf: (ids: Id[]) => Promise<number[]>): Promise<number[]> {
  // Invariant per search: every position below `low` fails, every position from `high` on passes.
  const searches = tests.map((passes) => ({ passes, low: 0, high: order.length }))
  for (;;) {
    const open = searches.filter((search) => search.low < search.high)
    if (open.length === 0) return searches.map((search) => search.low)
    const samples = open.map(({ low, high }) => {
      const span = high - low
      const count = Math.min(16, span)
      return Array.from({ length: count }, (_, step) => low + Math.floor((step * span) / count))
    })
    const values = await valuesOf(samples.flat().map((position) => order[position]!))
    let offset = 0
    open.forEach((search, index) => {
      const positions = samples[index]!
      const first = values.slice(offset, offset + positions.length).findIndex(search.passes)
      offset += positions.length
      if (first === 0) {
        search.high = search.low
      } else if (first === -1) {
        search.low = positions[positions.length - 1]! + 1
      } else {
        search.low = positions[first - 1]! + 1
        search.high = positions[first]!
      }
    })
  }
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
  const customers = await customersInListOrder(db, column, descending, limit)
  if (scope.kind === 'all') return { rows: customers.map((customer) => ({ id: customer.id!, customer, metrics: customer })), read: customers.length }
  return { rows: await scopeRowsOf(db, scope, customers), read: customers.length }
}

/**
 * The first customers in the list's order: the index's, except that by name A→Z the unnamed
 * (empty sort key, first in the index) come after everyone named, and that those a sparse
 * index leaves out come after everyone in it — as compareForList says.
 */
async function customersInListOrder(db: RegularsDatabase, column: SortColumn, descending: boolean, limit: number): Promise<Customer[]> {
  if (column === 'name' && !descending) {
    const named = await db.customers.where('sortName').above('').limit(limit).toArray()
    if (named.length === limit) return named
    return [...named, ...(await db.customers.where('sortName').equals('').limit(limit - named.length).toArray())]
  }
  const index = customerIndexOf(column)
  let collection = db.customers.orderBy(index)
  if (descending) collection = collection.reverse()
  const indexed = await collection.limit(limit).toArray()
  if (!isSparseColumn(column) || indexed.length === limit) return indexed
  // The rest of the page: customers without a value, by id (a walk of the table that skips the indexed).
  const rest = (descending ? db.customers.reverse() : db.customers.toCollection()).filter((customer) => valueAt(customer, index) === undefined)
  return [...indexed, ...(await rest.limit(limit - indexed.length).toArray())]
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
