import Dexie from 'dexie'
import type { Id, OrderStatus } from '@shared/domain/types'
import type { RegularsDatabase } from '@renderer/db'
import type { WaitForIdle } from './scoped-reads'

/** A booking still to come: its slot is after now and nobody cancelled or rejected it yet. */
export const upcomingStatuses: readonly OrderStatus[] = ['accepted', 'pending']

/**
 * Customers with an upcoming booking, from the orders' `[status+at]` index: only orders still
 * to come are read. The index holds no customer id, so those orders' rows are read — in
 * chunks (continuing after the last slot read; a slot's other bookings are read whole), so
 * the desk's queries get the database in between. The list caches the answer.
 */
export async function customersWithUpcomingBooking(db: RegularsDatabase, now: number, options: { chunk?: number; idle?: WaitForIdle } = {}): Promise<Set<Id>> {
  const size = options.chunk ?? 1_500
  const customers = new Set<Id>()
  for (const status of upcomingStatuses) {
    let after = now
    for (;;) {
      await options.idle?.()
      const orders = await db.orders.where('[status+at]').between([status, after], [status, Dexie.maxKey], false, true).limit(size).toArray()
      for (const order of orders) customers.add(order.customerId)
      if (orders.length < size) break
      after = orders[orders.length - 1]!.at
      for (const order of await db.orders.where('[status+at]').equals([status, after]).toArray()) customers.add(order.customerId)
    }
  }
  return customers
}
