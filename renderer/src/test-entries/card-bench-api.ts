import type { Id } from '@shared/domain/types'

/** What tests/bench/measures/card.ts reaches inside the page (renderer/src/test-entries/card-bench-entry.ts). */
export interface CardBenchPage {
  /** Creates a customer with `orders` past orders and 3 upcoming bookings; returns the id. */
  seedCustomerWithOrders(orders: number, now: number): Promise<Id>
  /** The customer row's stored order count (-1 when there is no such customer). */
  orderCount(customerId: Id): Promise<number>
  /** Each database read the card makes, timed alone (ms), to tell reads from rendering. */
  timeCardReads(customerId: Id): Promise<Record<string, number>>
}
