import { computeMetrics, figuresChangeAt, latestBookingAt, type MetricOrder } from './metrics'
import { NO_DATE, type CustomerStoreStats, type EpochMs, type Id, type Metrics } from './types'

/** What a customer row and the per-store stats table hold, computed from that customer's orders. */
export interface CustomerFigures {
  /** Over the orders of stores in the main currency (one currency can be summed). */
  metrics: Metrics
  /** Stores with at least one order of any status, ascending. */
  storeIds: Id[]
  /** One row per store in storeIds, over that store's orders only. */
  storeStats: CustomerStoreStats[]
  /** The latest slot of a booking still open (any store, any currency); undefined with none. */
  latestBookingAt: EpochMs | undefined
  /** When an upcoming order's time comes and these figures change (any store); undefined with none. */
  dueAt: EpochMs | undefined
}

/**
 * Everything derived from one customer's orders, as it stands at `now` (orders after it are
 * upcoming and not counted yet). `isMainCurrencyStore` tells which stores' orders make up the
 * customer row (an order of an unknown store counts for none).
 */
export function customerFigures(
  customerId: Id,
  createdAt: EpochMs,
  orders: readonly (MetricOrder & { storeId: Id })[],
  isMainCurrencyStore: (storeId: Id) => boolean,
  now: EpochMs
): CustomerFigures {
  const byStore = new Map<Id, MetricOrder[]>()
  const mainCurrencyOrders: MetricOrder[] = []
  for (const order of orders) {
    let list = byStore.get(order.storeId)
    if (!list) byStore.set(order.storeId, (list = []))
    list.push(order)
    if (isMainCurrencyStore(order.storeId)) mainCurrencyOrders.push(order)
  }
  const storeIds = [...byStore.keys()].sort((a, b) => a - b)
  return {
    metrics: computeMetrics(mainCurrencyOrders, createdAt, now),
    storeIds,
    storeStats: storeIds.map((storeId) => ({ customerId, storeId, ...computeMetrics(byStore.get(storeId)!, NO_DATE, now) })),
    latestBookingAt: latestBookingAt(orders),
    dueAt: figuresChangeAt(orders, now)
  }
}
