import Dexie from 'dexie'
import { customerFigures } from '@shared/domain/customer-metrics'
import type { EpochMs, Id, Order } from '@shared/domain/types'
import type { RegularsDatabase } from '../schema'
import { getSetting } from './settings'
import { withRulesApplied } from '../rules/rules-apply'
import { rulesInForce } from '../rules/rules-store'

/** The tables a transaction must include to call recomputeCustomerFigures. */
export function figureTables(db: RegularsDatabase) {
  return [db.customers, db.orders, db.customerStoreStats, db.openBookings, db.figuresDue, db.stores, db.settings]
}

export async function mainCurrencyStoreIds(db: RegularsDatabase): Promise<Set<Id>> {
  const mainCurrency = await getSetting(db, 'mainCurrency')
  const stores = await db.stores.toArray() // a handful of rows
  return new Set(stores.filter((store) => store.currency === mainCurrency).map((store) => store.id!))
}

export function ordersOfCustomer(db: RegularsDatabase, customerId: Id): Promise<Order[]> {
  return db.orders.where('[customerId+at]').between([customerId, Dexie.minKey], [customerId, Dexie.maxKey]).toArray()
}

/**
 * Recomputes one customer's stored metrics, storeIds and per-store stats from their orders,
 * as they stand at `now` (upcoming orders do not count yet; `figuresDue` says when they will).
 * Must run inside a read-write transaction over `figureTables(db)`, the same one as the order
 * write that made it necessary, so the figures are never seen out of step.
 */
export async function recomputeCustomerFigures(db: RegularsDatabase, customerId: Id, now: EpochMs = Date.now()): Promise<void> {
  const customer = await db.customers.get(customerId)
  if (!customer) {
    await Promise.all([db.openBookings.delete(customerId), db.figuresDue.delete(customerId)])
    return
  }
  const [orders, mainStores, rules] = await Promise.all([ordersOfCustomer(db, customerId), mainCurrencyStoreIds(db), rulesInForce(db)])
  const figures = customerFigures(customerId, customer.createdAt, orders, (storeId) => mainStores.has(storeId), now)
  // The manager's rules (F27) follow the figures in the same transaction: a visit that takes
  // a customer over 2 000 makes them VIP as it is saved.
  const withFigures = { ...customer, ...figures.metrics, storeIds: figures.storeIds }
  const ruled = withRulesApplied(withFigures, rules, now)
  const ruleFields = ruled === withFigures ? {} : { categoryIds: ruled.categoryIds, groupIds: ruled.groupIds, discountPercent: ruled.discountPercent, ruleEffects: ruled.ruleEffects }
  await db.customers.update(customerId, { ...figures.metrics, storeIds: figures.storeIds, ...ruleFields })
  if (figures.latestBookingAt === undefined) await db.openBookings.delete(customerId)
  else await db.openBookings.put({ customerId, latestAt: figures.latestBookingAt })
  if (figures.dueAt === undefined) await db.figuresDue.delete(customerId)
  else await db.figuresDue.put({ customerId, dueAt: figures.dueAt })
  const range = db.customerStoreStats.where('[customerId+storeId]').between([customerId, Dexie.minKey], [customerId, Dexie.maxKey])
  const existing = (await range.primaryKeys()) as [Id, Id][]
  const kept = new Set(figures.storeIds)
  const gone = existing.filter(([, storeId]) => !kept.has(storeId))
  if (gone.length > 0) await db.customerStoreStats.bulkDelete(gone)
  if (figures.storeStats.length > 0) await db.customerStoreStats.bulkPut(figures.storeStats)
}
