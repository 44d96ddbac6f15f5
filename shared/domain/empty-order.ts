import type { Order, OrderStatus } from './types'

/**
 * A visit or order that says nothing was sold — no service or item and a value of 0 — is
 * almost always a form saved before it was filled in, and it would count as a visit of
 * 0.00 in every figure. The data layer refuses it (renderer/src/db/repositories/orders.ts).
 *
 * Not empty, and allowed:
 * - a booking: its slot is its content ("Thursday 10:00"); the price often comes later;
 * - a no-show, a cancelled or a rejected order: nothing was sold, and 0 is the truth;
 * - a line with a name and no price (a free consultation) — it says what happened.
 */

const nothingSoldStatuses: ReadonlySet<OrderStatus> = new Set(['no-show', 'cancelled', 'rejected'])

export function isEmptySale(order: Pick<Order, 'kind' | 'status' | 'items' | 'value'>): boolean {
  return order.kind !== 'booking' && !nothingSoldStatuses.has(order.status) && order.items.length === 0 && order.value === 0
}
