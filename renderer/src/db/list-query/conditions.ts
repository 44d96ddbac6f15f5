import { DAY_MS } from '@shared/domain/metrics'
import { dayEnd, dayStart } from '@shared/list/days'
import { searchQueryAlternatives, tokensMatch } from '@shared/domain/search-tokens'
import type { Customer, Id, Metrics } from '@shared/domain/types'
import type { RegularsDatabase } from '../schema'
import { storeIndexOf, type MetricColumn } from './columns-index'
import type { DayRange, FilterKey, ListFilters, NumberRange } from '@shared/list/list-query'
import { customerInScope, type StoreScope } from '@shared/staff/store-scope'
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
  /** count() of the range(s): exact or an over-count (multi-entry), costs a pass over the range. */
  estimate(): Promise<number>
  /** Every id the condition keeps (keys only). */
  ids(): Promise<Id[]>
  /**
   * At most about `limit` ids per range, and whether that was all of them: a bounded read
   * that tells a small condition (its whole set, at once) from a broad one.
   */
  probe(limit: number): Promise<Probe>
  /** The estimate counts each customer once (a single-valued index). */
  exact?: boolean
  /** The ids are in memory already: a probe reads nothing. */
  inMemory?: boolean
}

export interface Probe {
  ids: Id[]
  complete: boolean
}

/** A source over one or more index ranges (ORed): the same reads for count, ids and probes. */
interface RangeRead {
  count(): Promise<number>
  keys(limit?: number): Promise<Id[]>
}

function sourceOf(ranges: () => RangeRead[], exact: boolean): IndexSource {
  return {
    estimate: async () => (await Promise.all(ranges().map((range) => range.count()))).reduce((a, b) => a + b, 0),
    ids: async () => unique((await Promise.all(ranges().map((range) => range.keys()))).flat()),
    probe: async (limit) => {
      const parts = await Promise.all(ranges().map((range) => range.keys(limit)))
      return { ids: unique(parts.flat()), complete: parts.every((part) => part.length < limit) }
    },
    exact
  }
}

function unique(ids: Id[]): Id[] {
  return ids.length < 2 ? ids : [...new Set(ids)]
}

type Dexified = { count(): Promise<number>; limit(n: number): { primaryKeys(): Promise<unknown[]> }; primaryKeys(): Promise<unknown[]> }

/** A customers-index range: its primary keys are the customer ids. */
function customerRange(collection: () => Dexified): RangeRead {
  return {
    count: () => collection().count(),
    keys: async (limit) => ((limit === undefined ? await collection().primaryKeys() : await collection().limit(limit).primaryKeys()) as Id[])
  }
}

/** A per-store stats range: its primary keys are [customerId, storeId]. */
function statsRange(collection: () => Dexified): RangeRead {
  return {
    count: () => collection().count(),
    keys: async (limit) => {
      const keys = (limit === undefined ? await collection().primaryKeys() : await collection().limit(limit).primaryKeys()) as unknown as [Id, Id][]
      return keys.map((key) => key[0])
    }
  }
}

/** One AND-ed condition: testable on a row in memory, and usually answerable by an index. */
export interface Condition {
  key: FilterKey | 'search' | 'onlyIds' | 'person-scope'
  /** Same signature, same customers (for as long as the data does not change): caches key on it; '' is never cached. */
  signature: string
  index: IndexSource | null
  test(row: ScopedRow): boolean
  /** Looks at the scope's figures only (so summed store figures can answer it without the customer). */
  figuresOnly?: (metrics: Metrics) => boolean
  /** A figure's inclusive range: a slice of that column's full order, when it is in memory. */
  range?: { column: MetricColumn; lower: number; upper: number }
}

export interface ConditionContext {
  db: RegularsDatabase
  scope: ListScope
  now: number
  /** Customers with an upcoming booking (upcoming-bookings.ts); needed only when that filter is set. */
  upcoming?: ReadonlySet<Id>
}

// The list's days and the rules' (shared/rules/match.ts) are the same days.
export { dayStart, dayEnd }

export function compileConditions(filters: ListFilters, search: string, ctx: ConditionContext, onlyIds?: readonly Id[]): Condition[] {
  const conditions: Condition[] = []
  for (const word of searchQueryAlternatives(search)) conditions.push(searchWord(ctx, word))
  if (onlyIds) conditions.push(onlyThese(onlyIds))

  const metric = (key: FilterKey, field: MetricColumn, lower: number, upper: number) => {
    const inRange = (metrics: Metrics) => metrics[field] >= lower && metrics[field] <= upper
    conditions.push({
      key,
      signature: `${scopeSignature(ctx.scope)}|${field}|${lower}|${upper}`,
      index: metricRange(ctx, field, lower, upper),
      test: (row) => inRange(row.metrics),
      figuresOnly: inRange,
      range: { column: field, lower, upper }
    })
  }
  // "Not seen for N days" moves with the clock; to the minute is precise enough, and lets
  // the answer be reused while a manager works with it.
  const minute = Math.floor(ctx.now / 60_000) * 60_000
  if (filters.spend) metric('spend', 'totalValue', ...bounds(filters.spend))
  if (filters.orderCount) metric('orderCount', 'orderCount', ...bounds(filters.orderCount))
  // A visit date range never includes customers who never came (their date is NO_DATE = 0).
  if (filters.lastVisit) metric('lastVisit', 'lastOrderAt', ...dayBounds(filters.lastVisit))
  if (filters.notSeenDays) metric('notSeenDays', 'lastOrderAt', 1, minute - filters.notSeenDays * DAY_MS)
  if (filters.firstVisit) metric('firstVisit', 'firstOrderAt', ...dayBounds(filters.firstVisit))

  if (filters.categoryIds?.length) conditions.push(anyOf(ctx, 'categoryIds', 'categoryIds', filters.categoryIds, (customer) => customer.categoryIds))
  if (filters.groupIds?.length) conditions.push(anyOf(ctx, 'groupIds', 'groupIds', filters.groupIds, (customer) => customer.groupIds))
  if (filters.referralSourceIds?.length) {
    // A single-valued index (only customers with a source are in it): one equality range per source.
    conditions.push(anyOf(ctx, 'referralSourceIds', 'referral.sourceId', filters.referralSourceIds, (customer) => (customer.referral ? [customer.referral.sourceId] : []), true))
  }
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
  if (lower > upper) return { estimate: async () => 0, ids: async () => [], probe: async () => ({ ids: [], complete: true }), exact: true, inMemory: true }
  if (scope.kind === 'all' || scope.kind === 'main-stores') {
    return sourceOf(() => [customerRange(() => db.customers.where(field).between(lower, upper, true, true))], true)
  }
  if (scope.kind === 'store') {
    return sourceOf(() => [statsRange(() => db.customerStoreStats.where(storeIndexOf(field)).between([scope.storeId, lower], [scope.storeId, upper], true, true))], true)
  }
  // Summed figures of several stores have no index: tested on the figures in memory.
  return null
}

function scopeSignature(scope: ListScope): string {
  return scope.kind === 'store' ? `store:${scope.storeId}` : scope.kind === 'combined' ? `combined:${scope.storeIds.join(',')}` : 'customers'
}

function searchWord(ctx: ConditionContext, alternatives: string[]): Condition {
  return {
    key: 'search',
    signature: `search|${alternatives.join('|')}`,
    // One range per alternative; a customer with several matching tokens comes once.
    index: sourceOf(() => alternatives.map((prefix) => customerRange(() => ctx.db.customers.where('tokens').startsWith(prefix))), false),
    test: (row) => tokensMatch(row.customer.tokens, [alternatives])
  }
}

/** Any of these ids, on a multi-entry index (a customer counted once per id it has) or a single-valued one. */
function anyOf(ctx: ConditionContext, key: FilterKey, index: string, wanted: Id[], of: (customer: Customer) => Id[], singleValued = false): Condition {
  const set = new Set(wanted)
  return {
    key,
    signature: `${key}|${[...set].sort((a, b) => a - b).join(',')}`,
    index: sourceOf(() => wanted.map((id) => customerRange(() => ctx.db.customers.where(index).equals(id))), singleValued || set.size === 1),
    test: (row) => of(row.customer).some((id) => set.has(id))
  }
}

type FlagField = 'consentEmail' | 'consentSms' | 'type' | 'blocked' | 'birthdayMonth'

function equals(ctx: ConditionContext, key: FilterKey, field: FlagField, value: string | number): Condition {
  return {
    key,
    signature: `${field}|${value}`,
    index: sourceOf(() => [customerRange(() => ctx.db.customers.where(field).equals(value))], true),
    test: (row) => row.customer[field] === value
  }
}

/** A fixed set of customers (an import's): its ids are in memory, so no index is read. */
function onlyThese(ids: readonly Id[]): Condition {
  const set = new Set(ids)
  const unique = [...set]
  return {
    key: 'onlyIds',
    // Nothing to cache: the ids come with the query.
    signature: '',
    index: { estimate: async () => unique.length, ids: async () => unique, probe: async () => ({ ids: unique, complete: true }), exact: true, inMemory: true },
    test: (row) => set.has(row.id)
  }
}

/** The set is read before the conditions are made (an index range of the openBookings table, keys only). */
function upcomingBooking(ctx: ConditionContext): Condition {
  const upcoming = ctx.upcoming ?? new Set<Id>()
  return {
    key: 'upcomingBooking',
    // Its ids are the set itself, already in memory: nothing to cache (and it moves with time).
    signature: '',
    index: { estimate: async () => upcoming.size, ids: async () => [...upcoming], probe: async () => ({ ids: [...upcoming], complete: true }), exact: true, inMemory: true },
    test: (row) => upcoming.has(row.id)
  }
}

/**
 * A one-store person sees customers with an order in their stores or that home store
 * (shared/staff/store-scope.ts): both are index ranges, so counts and full orders stay on keys.
 */
export function visibleToPerson(ctx: ConditionContext, scope: Extract<StoreScope, { kind: 'stores' }>): Condition {
  const storeIds = [...scope.storeIds].sort((a, b) => a - b)
  return {
    key: 'person-scope',
    signature: `person-scope|${storeIds.join(',')}`,
    index: sourceOf(
      () =>
        storeIds.flatMap((id) => [
          customerRange(() => ctx.db.customers.where('storeIds').equals(id)),
          customerRange(() => ctx.db.customers.where('homeStoreId').equals(id))
        ]),
      false
    ),
    test: (row) => customerInScope(row.customer, scope)
  }
}
