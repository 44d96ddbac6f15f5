import Dexie from 'dexie'
import type { Id, OrderStatus } from '@shared/domain/types'
import type { RegularsDatabase } from '@renderer/db'

/** A booking still to come: its slot is after now and nobody cancelled or rejected it yet. */
export const upcomingStatuses: readonly OrderStatus[] = ['accepted', 'pending']

/**
 * Customers with an upcoming booking, from the orders' `[status+at]` index: only orders
 * still to come are read (the future is a small part of the history). The index holds no
 * customer id, so those orders' rows are read; the list caches the answer until orders change.
 */
export async function customersWithUpcomingBooking(db: RegularsDatabase, now: number): Promise<Set<Id>> {
  const customers = new Set<Id>()
  for (const status of upcomingStatuses) {
    const orders = await db.orders.where('[status+at]').between([status, now], [status, Dexie.maxKey], false, true).toArray()
    for (const order of orders) customers.add(order.customerId)
  }
  return customers
}
