import Dexie from 'dexie'
import type { Customer, Id, Order } from '@shared/domain/types'
import type { RegularsDatabase } from '../schema'
import { getCustomers } from './customers'

/**
 * Which customers an export (or a printout) takes, read in chunks so memory does not grow
 * with the base:
 * - `{ ids }`: the selection, or a filtered list the list already resolved to ids (in its order);
 * - `{ all: true }`: every customer, in id order, paged by primary key;
 * - `{ chunks, total }`: anything else (an index cursor in the list's sort order). `chunks`
 *   must start over on each call: an export with orders reads the customers twice.
 */
export type CustomerIdSource =
  | { ids: readonly Id[] | Int32Array }
  | { all: true }
  | { chunks: () => AsyncIterable<readonly Id[]>; total?: number }

export const idChunkSize = 1000

/** The source's id chunks, in order. */
export async function* customerIdChunks(db: RegularsDatabase, source: CustomerIdSource, size = idChunkSize): AsyncGenerator<readonly Id[]> {
  if ('ids' in source) {
    for (let start = 0; start < source.ids.length; start += size) yield Array.from(source.ids.slice(start, start + size))
    return
  }
  if ('chunks' in source) {
    yield* source.chunks()
    return
  }
  let after = 0
  for (;;) {
    const ids = (await db.customers.where(':id').above(after).limit(size).primaryKeys()) as Id[]
    if (ids.length === 0) return
    yield ids
    after = ids[ids.length - 1]
  }
}

/** How many customers the source names (before erased ones are left out), when known cheaply. */
export async function customerIdTotal(db: RegularsDatabase, source: CustomerIdSource): Promise<number | undefined> {
  if ('ids' in source) return source.ids.length
  if ('chunks' in source) return source.total
  return db.customers.count()
}

/** Customers of one id chunk, in the chunk's order, without deleted or erased ones (never exported or printed). */
export function exportableCustomers(db: RegularsDatabase, ids: readonly Id[]): Promise<Customer[]> {
  return getCustomers(db, ids, { withoutErased: true })
}

/** A chunk of customers' orders, by customer (in the chunk's order) then time, with one index query. */
export async function ordersOfCustomers(db: RegularsDatabase, customers: readonly Customer[]): Promise<Map<Id, Order[]>> {
  const ranges = customers.map((customer) => [
    [customer.id!, Dexie.minKey],
    [customer.id!, Dexie.maxKey]
  ]) as Array<[[number, unknown], [number, unknown]]>
  const byCustomer = new Map<Id, Order[]>()
  if (ranges.length === 0) return byCustomer
  const orders = await db.orders.where('[customerId+at]').inAnyRange(ranges as never).toArray()
  for (const order of orders) {
    const list = byCustomer.get(order.customerId)
    if (list) list.push(order)
    else byCustomer.set(order.customerId, [order])
  }
  return byCustomer
}
