import Dexie from 'dexie'
import { emptyMetrics, estimateAnnualValue } from '@shared/domain/metrics'
import { NO_DATE, type CustomerStoreStats, type Id, type Metrics } from '@shared/domain/types'
import type { RegularsDatabase } from '../schema'

/**
 * Figures of several stores of one currency (the `combined` scope), summed from their
 * per-store stats rows with the same rules as the customer row: counts, values, tips and
 * visits add up; the first order is the earliest, the last order and last activity the
 * latest; the average and the estimated annual value are recomputed from the sums.
 */
export function combineStoreStats(rows: readonly Metrics[]): Metrics {
  const combined = emptyMetrics()
  for (const row of rows) {
    combined.orderCount += row.orderCount
    combined.totalValue += row.totalValue
    combined.tipsTotal += row.tipsTotal
    combined.visits += row.visits
    combined.noShows += row.noShows
    if (row.firstOrderAt !== NO_DATE && (combined.firstOrderAt === NO_DATE || row.firstOrderAt < combined.firstOrderAt)) combined.firstOrderAt = row.firstOrderAt
    if (row.lastOrderAt > combined.lastOrderAt) combined.lastOrderAt = row.lastOrderAt
    if (row.lastActivityAt > combined.lastActivityAt) combined.lastActivityAt = row.lastActivityAt
    if (row.active) combined.active = 1
  }
  if (combined.orderCount > 0) combined.averageValue = Math.round(combined.totalValue / combined.orderCount)
  combined.estimatedAnnualValue = estimateAnnualValue(combined)
  return combined
}

/**
 * Every customer of the given stores with their combined figures. Reads the stats rows of
 * those stores only (one index range per store), never the customers.
 */
export async function loadCombinedFigures(db: RegularsDatabase, storeIds: readonly Id[]): Promise<Map<Id, Metrics>> {
  const byCustomer = new Map<Id, CustomerStoreStats[]>()
  for (const storeId of storeIds) {
    const rows = await db.customerStoreStats
      .where('[storeId+lastActivityAt]')
      .between([storeId, Dexie.minKey], [storeId, Dexie.maxKey])
      .toArray()
    for (const row of rows) {
      const list = byCustomer.get(row.customerId)
      if (list) list.push(row)
      else byCustomer.set(row.customerId, [row])
    }
  }
  const figures = new Map<Id, Metrics>()
  for (const [customerId, rows] of byCustomer) figures.set(customerId, combineStoreStats(rows))
  return figures
}
