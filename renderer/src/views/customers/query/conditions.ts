import { DAY_MS } from '@shared/domain/metrics'
import { searchQueryAlternatives, tokensMatch } from '@shared/domain/search-tokens'
import type { Customer, Id, Metrics } from '@shared/domain/types'
import type { RegularsDatabase } from '@renderer/db'
import { storeIndexOf, type MetricColumn } from './columns-index'
import type { DayRange, FilterKey, ListFilters, NumberRange } from './list-query'
import type { ListScope } from './scope'

/** A customer with the figures of the list's scope. */
export interface ScopedRow {
  id: Id
  customer: Customer
  metrics: Metrics
}

/**
 * The exact set of customers one condition keeps, read from one index as keys only (no
 * rows), with a cheap count first so the planner can start from the most selective one.
 * `estimate` may count a customer more than once (multi-entry indexes); it only orders.
 */
export interface IndexSource {
  estimate(): Promise<number>
  ids(): Promise<Id[]>
  /** The estimate counts each customer once (a single-valued index). */
  exact?: boolean
}

/** One AND-ed condition: testable on a row in memory, and usually answerable by an index. */
export interface Condition {
  key: FilterKey | 'search'
  index: IndexSource | null
  test(row: ScopedRow): boolean
  /** Looks at the scope's figures only (so summed store figures can answer it without the customer). */
  figuresOnly?: (metrics: Metrics) => boolean
}

export interface ConditionContext {
  db: RegularsDatabase
  scope: ListScope
  now: number
  /** Customers with an upcoming booking; needed only when that filter is set. */
  upcoming?: ReadonlySet<Id>
}

/** Local midnight of a "YYYY-MM-DD" day (the PC's time zone, like the date pickers). */
export function dayStart(day: string): number {
  const [year, month, date] = day.split('-').map(Number)
  return new Date(year!, month! - 1, date!).getTime()
}

/** The last millisecond of a day. */
export function dayEnd(day: string): number {
  const [year, month, date] = day.split('-').map(Number)
  return new Date(year!, month! - 1, date! + 1).getTime() - 1
}

export function compileConditions(filters: ListFilters, search: string, ctx: ConditionContext): Condition[] {
  const conditions: Condition[] = []
  for (const word of searchQueryAlternatives(search)) conditions.push(searchWord(ctx, word))

  const metric = (key: FilterKey, field: MetricColumn, lower: number, upper: number) => {
    const inRange = (metrics: Metrics) => metrics[field] >= lower && metrics[field] <= upper
    conditions.push({ key, index: metricRange(ctx, field, lower, upper), test: (row) => inRange(row.metrics), figuresOnly: inRange })
  }
  if (filters.spend) metric('spend', 'totalValue', ...bounds(filters.spend))
  if (filters.orderCount) metric('orderCount', 'orderCount', ...bounds(filters.orderCount))
  // A visit date range never includes customers who never came (their date is NO_DATE = 0).
  if (filters.lastVisit) metric('lastVisit', 'lastOrderAt', ...dayBounds(filters.lastVisit))
  if (filters.notSeenDays) metric('notSeenDays', 'lastOrderAt', 1, ctx.now - filters.notSeenDays * DAY_MS)
  if (filters.firstVisit) metric('firstVisit', 'firstOrderAt', ...dayBounds(filters.firstVisit))

  if (filters.categoryIds?.length) conditions.push(anyOf(ctx, 'categoryIds', filters.categoryIds, (customer) => customer.categoryIds))
  if (filters.groupIds?.length) conditions.push(anyOf(ctx, 'groupIds', filters.groupIds, (customer) => customer.groupIds))
  if (filters.consentEmail !== undefined) conditions.push(equals(ctx, 'consentEmail', 'consentEmail', filters.consentEmail ? 1 : 0))
  if (filters.consentSms !== undefined) conditions.push(equals(ctx, 'consentSms', 'consentSms', filters.consentSms ? 1 : 0))
  if (filters.type) conditions.push(equals(ctx, 'type', 'type', filters.type))
  if (filters.blocked !== undefined) conditions.push(equals(ctx, 'blocked', 'blocked', filters.blocked ? 1 : 0))
  if (filters.birthdayThisMonth) conditions.push(equals(ctx, 'birthdayThisMonth', 'birthdayMonth', new Date(ctx.now).getMonth() + 1))
  if (filters.upcomingBooking) conditions.push(upcomingBooking(ctx))
  return conditions
}

function bounds(range: NumberRange): [number, number] {
  return [range.min ?? -Infinity, range.max ?? Infinity]
}

function dayBounds(range: DayRange): [number, number] {
  return [Math.max(1, range.from ? dayStart(range.from) : 1), range.to ? dayEnd(range.to) : Infinity]
}

/** A figure's range on the scope's index: the customer row's, or one store's stats. */
function metricRange(ctx: ConditionContext, field: MetricColumn, lower: number, upper: number): IndexSource | null {
  const { db, scope } = ctx
  if (lower > upper) return { estimate: async () => 0, ids: async () => [], exact: true }
  if (scope.kind === 'all' || scope.kind === 'main-stores') {
    const range = () => db.customers.where(field).between(lower, upper, true, true)
    return { estimate: () => range().count(), ids: async () => (await range().primaryKeys()) as Id[], exact: true }
  }
  if (scope.kind === 'store') {
    const range = () => db.customerStoreStats.where(storeIndexOf(field)).between([scope.storeId, lower], [scope.storeId, upper], true, true)
    return {
      estimate: () => range().count(),
      ids: async () => ((await range().primaryKeys()) as unknown as [Id, Id][]).map((key) => key[0]),
      exact: true
    }
  }
  // Summed figures of several stores have no index: tested on the figures in memory.
  return null
}

function searchWord(ctx: ConditionContext, alternatives: string[]): Condition {
  const ranges = () => alternatives.map((prefix) => ctx.db.customers.where('tokens').startsWith(prefix))
  return {
    key: 'search',
    index: {
      estimate: async () => (await Promise.all(ranges().map((range) => range.count()))).reduce((a, b) => a + b, 0),
      // One range per alternative, read as keys; a customer with several matching tokens comes once.
      ids: async () => [...new Set((await Promise.all(ranges().map((range) => range.primaryKeys()))).flat() as Id[])]
    },
    test: (row) => tokensMatch(row.customer.tokens, [alternatives])
  }
}

function anyOf(ctx: ConditionContext, key: 'categoryIds' | 'groupIds', wanted: Id[], of: (customer: Customer) => Id[]): Condition {
  const set = new Set(wanted)
  const ranges = () => wanted.map((id) => ctx.db.customers.where(key).equals(id))
  return {
    key,
    index: {
      estimate: async () => (await Promise.all(ranges().map((range) => range.count()))).reduce((a, b) => a + b, 0),
      ids: async () => [...new Set((await Promise.all(ranges().map((range) => range.primaryKeys()))).flat() as Id[])],
      exact: set.size === 1
    },
    test: (row) => of(row.customer).some((id) => set.has(id))
  }
}

type FlagField = 'consentEmail' | 'consentSms' | 'type' | 'blocked' | 'birthdayMonth'

function equals(ctx: ConditionContext, key: FilterKey, field: FlagField, value: string | number): Condition {
  const range = () => ctx.db.customers.where(field).equals(value)
  return {
    key,
    index: { estimate: () => range().count(), ids: async () => (await range().primaryKeys()) as Id[], exact: true },
    test: (row) => row.customer[field] === value
  }
}

function upcomingBooking(ctx: ConditionContext): Condition {
  const upcoming = ctx.upcoming ?? new Set<Id>()
  return {
    key: 'upcomingBooking',
    index: { estimate: async () => upcoming.size, ids: async () => [...upcoming], exact: true },
    test: (row) => upcoming.has(row.id)
  }
}
