import Dexie from 'dexie'
import type { ConsentEvent, CustomerStoreStats, Id, Order, OrderStatus } from '@shared/domain/types'
import type { RegularsDatabase } from '../schema'

/**
 * The card's reads of one customer's history. Every read is a range of the
 * `[customerId+at]` index, so a card costs the same in a base of 2 000 orders or 2 000 000,
 * and a page of a long history reads one page, not the whole history.
 */

export interface CustomerOrdersQuery {
  customerId: Id
  /** "past": at ≤ now, newest first; "upcoming": at > now, soonest first. */
  part: 'past' | 'upcoming'
  now: number
  /** Inclusive bounds on the order's time (epoch ms). */
  from?: number
  to?: number
  /** Only these statuses (all when empty or absent). */
  statuses?: readonly OrderStatus[]
  offset: number
  limit: number
}

export interface OrdersPage {
  orders: Order[]
  /** Orders matching the query in all pages. */
  total: number
}

function collectionFor(db: RegularsDatabase, query: CustomerOrdersQuery) {
  const { customerId, now } = query
  const lower = query.part === 'past' ? (query.from ?? Dexie.minKey) : Math.max(now + 1, query.from ?? 0)
  const upper = query.part === 'past' ? Math.min(now, query.to ?? now) : (query.to ?? Dexie.maxKey)
  if (typeof lower === 'number' && typeof upper === 'number' && lower > upper) return null
  let collection = db.orders.where('[customerId+at]').between([customerId, lower], [customerId, upper], true, true)
  if (query.part === 'past') collection = collection.reverse()
  const statuses = query.statuses?.length ? new Set(query.statuses) : null
  return statuses ? collection.filter((order) => statuses.has(order.status)) : collection
}

export async function customerOrdersPage(db: RegularsDatabase, query: CustomerOrdersQuery): Promise<OrdersPage> {
  const collection = collectionFor(db, query)
  if (!collection) return { orders: [], total: 0 }
  // Count and page in one read-only transaction, so the total matches the rows shown.
  return db.transaction('r', db.orders, async () => {
    const total = await collection.clone().count()
    const orders = await collection.clone().offset(query.offset).limit(query.limit).toArray()
    return { orders, total }
  })
}

/** How many orders (of any status and time) and consent events a customer has. */
export async function customerHistoryCounts(db: RegularsDatabase, customerId: Id): Promise<{ orders: number; consents: number }> {
  const range = [
    [customerId, Dexie.minKey],
    [customerId, Dexie.maxKey]
  ] as const
  const [orders, consents] = await Promise.all([
    db.orders.where('[customerId+at]').between(...range).count(),
    db.consentEvents.where('[customerId+at]').between(...range).count()
  ])
  return { orders, consents }
}

/** A customer's newest orders (any status, upcoming ones first), at most `limit`. */
export function newestOrders(db: RegularsDatabase, customerId: Id, limit: number): Promise<Order[]> {
  return db.orders.where('[customerId+at]').between([customerId, Dexie.minKey], [customerId, Dexie.maxKey]).reverse().limit(limit).toArray()
}

/** Every order of a customer, oldest first, in chunks of `size` (a long history never sits in memory whole). */
export async function* customerOrderChunks(db: RegularsDatabase, customerId: Id, size: number): AsyncGenerator<Order[]> {
  const ids = (await db.orders.where('[customerId+at]').between([customerId, Dexie.minKey], [customerId, Dexie.maxKey]).primaryKeys()) as Id[]
  for (let start = 0; start < ids.length; start += size) {
    const chunk = (await db.orders.bulkGet(ids.slice(start, start + size))).filter((order): order is Order => order !== undefined)
    if (chunk.length) yield chunk
  }
}

/** A customer's per-store figures (one row per store where they have an order). */
export function customerStoreFigures(db: RegularsDatabase, customerId: Id): Promise<CustomerStoreStats[]> {
  return db.customerStoreStats.where('[customerId+storeId]').between([customerId, Dexie.minKey], [customerId, Dexie.maxKey]).toArray()
}

/** The newest consent events first, at most `limit` (a long history is paged by the card). */
export function recentConsentEvents(db: RegularsDatabase, customerId: Id, limit: number): Promise<ConsentEvent[]> {
  return db.consentEvents.where('[customerId+at]').between([customerId, Dexie.minKey], [customerId, Dexie.maxKey]).reverse().limit(limit).toArray()
}
