import { NO_DATE, NOT_ESTIMABLE, type EpochMs, type Metrics, type Order, type OrderStatus } from './types'

/**
 * The metric rules (PRODUCT.md F3), pure so main, renderer, the checker and the tests share
 * one definition.
 *
 * - An order was **decided** when it was ever accepted or rejected. Completed and no-show
 *   orders count as decided too: a visit that happened (or was missed) had been accepted,
 *   even when the desk recorded it in one step without an "accepted" entry.
 * - A **counted** order is any order except one still pending and one cancelled before it
 *   was decided. Rejected orders count; orders cancelled after acceptance count.
 * - Only what has **happened** counts: an order whose time (`at`) is after `now` — a booking
 *   for next week — is upcoming, and no figure but last activity and `active` sees it (both
 *   are about what was done: booking it, accepting it). When its time comes it counts like
 *   any other order of its status; `figuresChangeAt` says when that is, so the stored figures
 *   can be brought up to date then (renderer/src/db/repositories/due-figures.ts).
 * - orderCount, totalValue (sum of counted values), averageValue = round(total / count),
 *   tipsTotal (tips of counted orders), visits (completed), noShows (no-show),
 *   firstOrderAt / lastOrderAt (earliest / latest `at` of a counted order).
 * - lastActivityAt = latest of: the customer's creation, and for every order of any status
 *   its creation and each status change. (Not the order's `at`: an upcoming booking would put
 *   "last activity" in the future.)
 * - active = 1 when some order was ever decided (whatever happened later).
 * - estimatedAnnualValue, only with ≥ 4 counted orders whose first and last are ≥ 6 days apart:
 *
 *       estimate = (totalValue / orderCount) × (orderCount − 1) / daysBetweenFirstAndLast × 365
 *
 *   i.e. the average order value times the number of orders per year at the customer's pace
 *   (count − 1 gaps in that many days), rounded to whole minor units; NOT_ESTIMABLE otherwise.
 */

export const DAY_MS = 86_400_000
export const MIN_ORDERS_FOR_ESTIMATE = 4
export const MIN_DAYS_FOR_ESTIMATE = 6

/** The part of an order the metrics read: lets callers pass lean rows. */
export type MetricOrder = Pick<Order, 'status' | 'statusHistory' | 'at' | 'createdAt' | 'value' | 'tip'>

const decidingStatuses: ReadonlySet<OrderStatus> = new Set(['accepted', 'rejected', 'completed', 'no-show'])

export function wasDecided(order: Pick<Order, 'status' | 'statusHistory'>): boolean {
  if (decidingStatuses.has(order.status)) return true
  return order.statusHistory.some((change) => decidingStatuses.has(change.status))
}

export function isCounted(order: Pick<Order, 'status' | 'statusHistory'>): boolean {
  if (order.status === 'pending') return false
  if (order.status === 'cancelled') return wasDecided(order)
  return true
}

/** When anything last happened to this order: its creation or its latest status change. */
export function orderActivityAt(order: Pick<Order, 'createdAt' | 'statusHistory'>): EpochMs {
  let latest = order.createdAt
  for (const change of order.statusHistory) if (change.at > latest) latest = change.at
  return latest
}

export function emptyMetrics(createdAt: EpochMs = NO_DATE): Metrics {
  return {
    orderCount: 0,
    totalValue: 0,
    averageValue: 0,
    tipsTotal: 0,
    visits: 0,
    noShows: 0,
    firstOrderAt: NO_DATE,
    lastOrderAt: NO_DATE,
    lastActivityAt: createdAt,
    active: 0,
    estimatedAnnualValue: NOT_ESTIMABLE
  }
}

/** Whether the order's time has come (it is not upcoming at `now`). */
export function hasHappened(order: Pick<Order, 'at'>, now: EpochMs): boolean {
  return order.at <= now
}

/**
 * Metrics of a set of orders as they stand at `now`. `createdAt` is the customer's creation
 * for the customer row, NO_DATE for per-store stats (creating a customer is not activity in
 * any one store).
 */
export function computeMetrics(orders: Iterable<MetricOrder>, createdAt: EpochMs, now: EpochMs): Metrics {
  const metrics = emptyMetrics(createdAt)
  for (const order of orders) {
    const activity = orderActivityAt(order)
    if (activity > metrics.lastActivityAt) metrics.lastActivityAt = activity
    if (metrics.active === 0 && wasDecided(order)) metrics.active = 1
    if (!hasHappened(order, now)) continue
    if (order.status === 'completed') metrics.visits++
    if (order.status === 'no-show') metrics.noShows++
    if (!isCounted(order)) continue
    metrics.orderCount++
    metrics.totalValue += order.value
    metrics.tipsTotal += order.tip
    if (metrics.firstOrderAt === NO_DATE || order.at < metrics.firstOrderAt) metrics.firstOrderAt = order.at
    if (order.at > metrics.lastOrderAt) metrics.lastOrderAt = order.at
  }
  if (metrics.orderCount > 0) metrics.averageValue = Math.round(metrics.totalValue / metrics.orderCount)
  metrics.estimatedAnnualValue = estimateAnnualValue(metrics)
  return metrics
}

/**
 * When these orders' figures will next change without anyone touching them: the earliest
 * time after `now` of an order that will then count or be a visit or a no-show; undefined
 * when nothing upcoming will change them (most customers: they are left out of that index).
 * A pending booking changes nothing when its time comes — it counts once someone accepts it,
 * which is a write that recomputes the figures anyway.
 */
export function figuresChangeAt(orders: Iterable<MetricOrder>, now: EpochMs): EpochMs | undefined {
  let earliest: EpochMs | undefined
  for (const order of orders) {
    if (hasHappened(order, now)) continue
    const changes = isCounted(order) || order.status === 'completed' || order.status === 'no-show'
    if (changes && (earliest === undefined || order.at < earliest)) earliest = order.at
  }
  return earliest
}

/** A booking still open: nobody completed, cancelled or rejected it yet (it may lie in the past). */
export const openBookingStatuses: readonly OrderStatus[] = ['accepted', 'pending']

/**
 * The latest slot among a customer's open bookings, or undefined (so the customer is not in
 * that index at all: most customers have none, and an index entry costs write time). The
 * customer "has an upcoming booking" exactly when this is after now — the latest slot, not
 * the next one, so the stored value never goes stale as the clock moves on.
 */
export function latestBookingAt(orders: Iterable<Pick<Order, 'status' | 'at'>>): EpochMs | undefined {
  let latest: EpochMs | undefined
  for (const order of orders) if (openBookingStatuses.includes(order.status) && (latest === undefined || order.at > latest)) latest = order.at
  return latest
}

/** Why an estimate is missing, for the card to explain it; null when there is one. */
export function estimateMissingReason(metrics: Pick<Metrics, 'orderCount' | 'firstOrderAt' | 'lastOrderAt'>): 'too-few-orders' | 'too-short-span' | null {
  if (metrics.orderCount < MIN_ORDERS_FOR_ESTIMATE) return 'too-few-orders'
  if (metrics.lastOrderAt - metrics.firstOrderAt < MIN_DAYS_FOR_ESTIMATE * DAY_MS) return 'too-short-span'
  return null
}

export function estimateAnnualValue(metrics: Pick<Metrics, 'orderCount' | 'totalValue' | 'firstOrderAt' | 'lastOrderAt'>): number {
  if (estimateMissingReason(metrics) !== null) return NOT_ESTIMABLE
  const days = (metrics.lastOrderAt - metrics.firstOrderAt) / DAY_MS
  const average = metrics.totalValue / metrics.orderCount
  return Math.round(((average * (metrics.orderCount - 1)) / days) * 365)
}

export const metricKeys = [
  'orderCount',
  'totalValue',
  'averageValue',
  'tipsTotal',
  'visits',
  'noShows',
  'firstOrderAt',
  'lastOrderAt',
  'lastActivityAt',
  'active',
  'estimatedAnnualValue'
] as const satisfies readonly (keyof Metrics)[]

/** The metric fields of a row (customer or per-store stats), nothing else. */
export function pickMetrics(row: Metrics): Metrics {
  const picked = {} as Record<keyof Metrics, number>
  for (const key of metricKeys) picked[key] = row[key]
  return picked as Metrics
}

/** Fields whose stored value differs from the expected one (empty when they agree). */
export function metricDifferences(stored: Metrics, expected: Metrics): { field: keyof Metrics; stored: number; expected: number }[] {
  const differences: { field: keyof Metrics; stored: number; expected: number }[] = []
  for (const key of metricKeys) {
    if (stored[key] !== expected[key]) differences.push({ field: key, stored: stored[key], expected: expected[key] })
  }
  return differences
}
