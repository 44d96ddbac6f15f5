import Dexie from 'dexie'
import { deriveCustomerFields } from '@shared/domain/customer'
import { customerFigures } from '@shared/domain/customer-metrics'
import { metricDifferences, pickMetrics } from '@shared/domain/metrics'
import { storedTokensState } from '@shared/domain/stored-tokens'
import type { Customer, CustomerStoreStats, EpochMs, FiguresDue, Id, OpenBooking, Order } from '@shared/domain/types'
import { throwIfCancelled, type JobOptions } from '@shared/jobs/job'
import { mainCurrencyStoreIds } from './repositories/recompute'
import type { RegularsDatabase } from './schema'

/**
 * Recomputes every stored figure from the orders and reports each difference: the customer
 * row's metrics and storeIds, every per-store stats row (missing, extra, different), the
 * derived fields (tokens, sort name, birthday month, consent flags), and orders or stats that
 * belong to no customer. Reads in chunks of customers by id (never the whole table), so it
 * runs on 200 000 customers / 2 000 000 orders. Tests run it after their writes; it must agree.
 * Figures are checked as they stand at `now` (default: the clock): a customer whose upcoming
 * order's time came after the last pass of applyDueFigures differs until the next one.
 */

export type Difference =
  | { customerId: Id; kind: 'metric'; field: string; stored: unknown; expected: unknown }
  | { customerId: Id; kind: 'store-ids'; stored: Id[]; expected: Id[] }
  | { customerId: Id; kind: 'store-stats-missing' | 'store-stats-extra'; storeId: Id }
  | { customerId: Id; kind: 'store-stats-metric'; storeId: Id; field: string; stored: unknown; expected: unknown }
  | { customerId: Id; kind: 'derived'; field: string; stored: unknown; expected: unknown }
  | { customerId: Id; kind: 'orphan-order'; orderId: Id }
  | { customerId: Id; kind: 'orphan-stats'; storeId: Id }

export interface CheckResult {
  customersChecked: number
  ordersRead: number
  /** Every difference found, up to MAX_REPORTED; differenceCount is exact. */
  differences: Difference[]
  differenceCount: number
}

export interface CheckOptions extends JobOptions {
  chunkSize?: number
  /** The time the figures are checked at. */
  now?: EpochMs
}

export const MAX_REPORTED = 1_000

export async function checkDatabase(db: RegularsDatabase, options: CheckOptions = {}): Promise<CheckResult> {
  const chunkSize = options.chunkSize ?? 1_000
  const mainStores = await mainCurrencyStoreIds(db)
  const now = options.now ?? Date.now()
  const result: CheckResult = { customersChecked: 0, ordersRead: 0, differences: [], differenceCount: 0 }
  const report = (difference: Difference) => {
    result.differenceCount++
    if (result.differences.length < MAX_REPORTED) result.differences.push(difference)
  }

  const total = await db.customers.count()
  let after = 0
  for (;;) {
    throwIfCancelled(options.signal, 'The check was cancelled')
    const customers = await db.customers.where(':id').above(after).limit(chunkSize).toArray()
    // Orders and stats of ids in (after, upper]: those of deleted customers in that range
    // show up as orphans; past the last customer, upper is +∞.
    const upper = customers.length === chunkSize ? customers[customers.length - 1]!.id! : Infinity
    const [orders, stats, bookings, due] = await Promise.all([
      db.orders.where('[customerId+at]').between([after, Dexie.maxKey], [upper, Dexie.maxKey], false, true).toArray(),
      db.customerStoreStats.where('[customerId+storeId]').between([after, Dexie.maxKey], [upper, Dexie.maxKey], false, true).toArray(),
      db.openBookings.where(':id').between(after, upper, false, true).toArray(),
      db.figuresDue.where(':id').between(after, upper, false, true).toArray()
    ])
    result.ordersRead += orders.length
    checkChunk(customers, orders, stats, { bookings, due }, mainStores, now, report)
    result.customersChecked += customers.length
    options.onProgress?.({ done: result.customersChecked, total })
    if (upper === Infinity) break
    after = upper
  }
  return result
}

function groupBy<T>(rows: T[], key: (row: T) => Id): Map<Id, T[]> {
  const groups = new Map<Id, T[]>()
  for (const row of rows) {
    const id = key(row)
    let list = groups.get(id)
    if (!list) groups.set(id, (list = []))
    list.push(row)
  }
  return groups
}

function checkChunk(
  customers: Customer[],
  orders: Order[],
  stats: CustomerStoreStats[],
  timing: { bookings: OpenBooking[]; due: FiguresDue[] },
  mainStores: Set<Id>,
  now: EpochMs,
  report: (difference: Difference) => void
): void {
  const bookingsById = new Map(timing.bookings.map((row) => [row.customerId, row]))
  const dueById = new Map(timing.due.map((row) => [row.customerId, row]))
  const ordersByCustomer = groupBy(orders, (order) => order.customerId)
  const statsByCustomer = groupBy(stats, (row) => row.customerId)
  for (const customer of customers) {
    const id = customer.id!
    const figures = customerFigures(id, customer.createdAt, ordersByCustomer.get(id) ?? [], (storeId) => mainStores.has(storeId), now)
    for (const difference of metricDifferences(pickMetrics(customer), figures.metrics)) report({ customerId: id, kind: 'metric', ...difference })
    const booking = bookingsById.get(id)
    if (booking?.latestAt !== figures.latestBookingAt) {
      report({ customerId: id, kind: 'metric', field: 'latestBookingAt', stored: booking?.latestAt, expected: figures.latestBookingAt })
    }
    bookingsById.delete(id)
    const due = dueById.get(id)
    if (due?.dueAt !== figures.dueAt) report({ customerId: id, kind: 'metric', field: 'dueAt', stored: due?.dueAt, expected: figures.dueAt })
    dueById.delete(id)
    if (customer.storeIds.join(',') !== figures.storeIds.join(',')) {
      report({ customerId: id, kind: 'store-ids', stored: customer.storeIds, expected: figures.storeIds })
    }
    const storedStats = new Map((statsByCustomer.get(id) ?? []).map((row) => [row.storeId, row]))
    for (const expected of figures.storeStats) {
      const stored = storedStats.get(expected.storeId)
      if (!stored) {
        report({ customerId: id, kind: 'store-stats-missing', storeId: expected.storeId })
        continue
      }
      storedStats.delete(expected.storeId)
      for (const difference of metricDifferences(pickMetrics(stored), pickMetrics(expected))) {
        report({ customerId: id, kind: 'store-stats-metric', storeId: expected.storeId, ...difference })
      }
    }
    for (const storeId of storedStats.keys()) report({ customerId: id, kind: 'store-stats-extra', storeId })
    checkDerived(customer, report)
    ordersByCustomer.delete(id)
    statsByCustomer.delete(id)
  }
  for (const [customerId, rows] of ordersByCustomer) for (const order of rows) report({ customerId, kind: 'orphan-order', orderId: order.id! })
  for (const [customerId, rows] of statsByCustomer) for (const row of rows) report({ customerId, kind: 'orphan-stats', storeId: row.storeId })
  for (const customerId of bookingsById.keys()) report({ customerId, kind: 'metric', field: 'latestBookingAt', stored: bookingsById.get(customerId)!.latestAt, expected: undefined })
  for (const customerId of dueById.keys()) report({ customerId, kind: 'metric', field: 'dueAt', stored: dueById.get(customerId)!.dueAt, expected: undefined })
}

function checkDerived(customer: Customer, report: (difference: Difference) => void): void {
  const expected = deriveCustomerFields(customer)
  const id = customer.id!
  // Tokens of older rules (a suffix at every phone digit; no domains yet) are in step too: stored-tokens.ts.
  if (storedTokensState(customer) === 'out-of-step') {
    report({ customerId: id, kind: 'derived', field: 'tokens', stored: customer.tokens, expected: expected.tokens })
  }
  for (const field of ['sortName', 'birthdayMonth', 'consentEmail', 'consentSms'] as const) {
    if (customer[field] !== expected[field]) report({ customerId: id, kind: 'derived', field, stored: customer[field], expected: expected[field] })
  }
}
