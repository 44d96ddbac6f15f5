import { deriveCustomerFields } from '../domain/customer'
import { customerFigures } from '../domain/customer-metrics'
import type { Customer, CustomerStoreStats, Id } from '../domain/types'
import type { DemoCustomer } from './generate'

/**
 * The complete rows of one demo customer, computed in memory with the same rules the
 * repositories apply on every write (metrics, per-store stats, tokens, sort name…), so a bulk
 * load agrees with the checker without going through per-order transactions.
 * Ids are the database's: the customer row has none yet; per-store stats get it on write.
 */
export function demoCustomerRows(demo: DemoCustomer, isMainCurrencyStore: (storeId: Id) => boolean, now: number): {
  customer: Customer
  storeStats: Omit<CustomerStoreStats, 'customerId'>[]
  /** The latest slot of an open booking (an openBookings row), or undefined. */
  latestBookingAt: number | undefined
  /** When an upcoming order's time comes (a figuresDue row), or undefined. */
  dueAt: number | undefined
} {
  const figures = customerFigures(0, demo.createdAt, demo.orders, isMainCurrencyStore, now)
  const base: Omit<Customer, 'tokens' | 'sortName' | 'birthdayMonth' | 'consentEmail' | 'consentSms'> = {
    ...demo.profile,
    ...figures.metrics,
    createdAt: demo.createdAt,
    updatedAt: demo.createdAt,
    blocked: demo.blocked,
    erased: demo.erased,
    consents: demo.consents,
    storeIds: figures.storeIds
  }
  const storeStats = figures.storeStats.map(({ customerId: _unset, ...stats }) => stats)
  return { customer: { ...base, ...deriveCustomerFields(base) }, storeStats, latestBookingAt: figures.latestBookingAt, dueAt: figures.dueAt }
}
