import { getDataSettings, listStores, type RegularsDatabase } from '@renderer/db'
import type { Id, Metrics, Store } from '@shared/domain/types'
import { compareForIndex, isMetricColumn, sortValue } from './columns-index'
import { loadCombinedFigures } from './combined-figures'
import { compileConditions, type Condition, type ScopedRow } from './conditions'
import { normaliseFilters, type ListFilters, type ListQuery, type ListSort, type SortColumn } from './list-query'
import { resolveScope, scopeKey, scopeStoreIds, type ListScope, type ScopeProblem } from './scope'
import {
  allIdsByColumn,
  canUseStoreIndex,
  countOfScope,
  idsByCombinedFigure,
  keepMembers,
  loadScopedRows,
  membersOf,
  rowsInIndexOrder,
  storeIdsByFigure
} from './scoped-reads'
import { customersWithUpcomingBooking } from './upcoming-bookings'

/**
 * The customer list's query engine (issue 4). It answers a query in two steps:
 *
 * 1. the FIRST PAGE, as fast as the data allows —
 *    - no condition: straight from the sort's index with a limit (`orderBy(i).limit(n)`);
 *    - the full order of the sort column is already in memory: the conditions' id sets
 *      (index keys only, most selective first) filter it;
 *    - one condition keeps few customers (a count() tells): those rows are read by id,
 *      tested and sorted in memory, which is also the complete answer;
 *    - otherwise: the sort's index is walked in growing chunks, each row tested, until the
 *      page is full (early termination);
 * 2. the COMPLETE list of matching ids in order (for the count, the scroll bar, jumps,
 *    "select all" and bulk actions), computed after the first page is shown: the column's
 *    full id order (`primaryKeys()` of its index, cached until the data changes) filtered
 *    by the intersection of the conditions' id sets. When the intersection is already small,
 *    the remaining broad conditions are tested on its rows instead of reading their ranges.
 *
 * It never uses `offset()` and never reads a whole table's rows.
 */

export type ListPlan = 'index' | 'cached-order' | 'candidates' | 'walk' | 'full'

export interface ListRun {
  scope: ListScope
  /** The first rows in list order (at most the page size asked for). */
  firstRows: ScopedRow[]
  /** The number of matches when it is known at once (no condition: a count()). */
  knownTotal: number | null
  /** Every matching customer id in list order; rejects with ListCancelled when superseded. */
  ordered: Promise<Int32Array>
  plan: ListPlan
}

export interface RunOptions {
  pageSize: number
  now: number
  signal?: AbortSignal
}

/** A newer query replaced this one; nobody waits for its answer. */
export class ListCancelled extends Error {
  constructor() {
    super('The list query was replaced by a newer one')
    this.name = 'ListCancelled'
  }
}

export interface ListCatalogue {
  stores: Store[]
  mainCurrency: string
}

/**
 * Costs on the target machines (ARCHITECTURE.md, and tests/bench/list-measure.ts): reading an
 * index range as keys costs about 2 µs a key, reading rows by id about 25 µs a row. Tests
 * change the thresholds to drive every plan on small data.
 */
export interface EngineTuning {
  keyMs: number
  rowMs: number
  /** Below this many candidates, reading and sorting their rows beats everything else. */
  candidateRows: number
  /** A walk reads this many rows at most (re-reading from the top in growing chunks). */
  walkChunks: readonly number[]
  /** Rows read by id per bulkGet when testing a set of candidates. */
  rowChunk: number
  /** With the column's order in memory, the id sets are intersected at once below this cost. */
  quickEvaluationMs: number
}

export const defaultTuning: EngineTuning = {
  keyMs: 0.002,
  rowMs: 0.025,
  candidateRows: 1_500,
  walkChunks: [250, 1_000, 4_000],
  rowChunk: 2_000,
  quickEvaluationMs: 40
}

interface CachedOrder {
  promise: Promise<Int32Array>
  value?: Int32Array
}

export class ListEngine {
  private orders = new Map<string, CachedOrder>()
  private members = new Map<string, Promise<Set<Id>>>()
  private combined = new Map<string, Promise<Map<Id, Metrics>>>()
  private upcoming: { at: number; promise: Promise<Set<Id>> } | null = null
  private catalogueRead: Promise<ListCatalogue> | null = null
  private customerCount: Promise<number> | null = null

  private readonly tuning: EngineTuning

  constructor(
    readonly db: RegularsDatabase,
    tuning: Partial<EngineTuning> = {}
  ) {
    this.tuning = { ...defaultTuning, ...tuning }
  }

  /** Forgets what was cached from the changed tables (all when none are named). */
  invalidate(tables?: ReadonlySet<string>): void {
    const touched = (name: string) => !tables || tables.has(name)
    if (touched('customers') || touched('customerStoreStats')) {
      this.orders.clear()
      this.members.clear()
      this.combined.clear()
      this.customerCount = null
    }
    if (touched('orders')) this.upcoming = null
    if (touched('stores') || touched('settings')) this.catalogueRead = null
  }

  catalogue(): Promise<ListCatalogue> {
    this.catalogueRead ??= Promise.all([listStores(this.db), getDataSettings(this.db)]).then(([stores, settings]) => ({
      stores,
      mainCurrency: settings.mainCurrency
    }))
    return this.catalogueRead
  }

  async scopeOf(filters: ListFilters): Promise<ListScope | ScopeProblem> {
    const { stores, mainCurrency } = await this.catalogue()
    return resolveScope(filters.storeIds, stores, mainCurrency)
  }

  /** Every customer in the database (the base segments are a share of). */
  totalCustomers(): Promise<number> {
    this.customerCount ??= this.db.customers.count()
    return this.customerCount
  }

  async run(query: ListQuery, options: RunOptions): Promise<ListRun | ScopeProblem> {
    const filters = normaliseFilters(query.filters)
    const scope = await this.scopeOf(filters)
    if (typeof scope === 'string') return scope
    const conditions = await this.conditionsFor(filters, query.search, scope, options.now)
    const { sort } = query
    const check = () => {
      if (options.signal?.aborted) throw new ListCancelled()
    }

    if (scope.kind === 'combined') return this.fullRun(scope, conditions, sort, options, 'full')

    if (conditions.length === 0) {
      const [walked, knownTotal] = await Promise.all([this.walk(scope, [], sort, options.pageSize, check), countOfScope(this.db, scope)])
      if (walked.complete) return completeWalk(scope, walked.rows, 'index')
      if (walked.rows.length < options.pageSize) return this.fullRun(scope, conditions, sort, options, 'full')
      const ordered = this.orderedIds(scope, sort.column).then((ids) => (check(), directed(ids, sort)))
      quiet(ordered)
      return { scope, firstRows: walked.rows, knownTotal, ordered, plan: 'index' }
    }

    const estimates = await Promise.all(conditions.map((condition) => (condition.index ? condition.index.estimate() : Promise.resolve(Infinity))))
    check()
    const cached = this.orders.get(orderKey(scope, sort.column))?.value
    const evaluation = evaluationCost(estimates, this.tuning)
    if (cached && evaluation <= this.tuning.quickEvaluationMs) return this.fullRun(scope, conditions, sort, options, 'cached-order', estimates)

    const smallest = Math.min(...estimates)
    if (smallest <= this.tuning.candidateRows) {
      const candidates = await conditions[estimates.indexOf(smallest)]!.index!.ids()
      check()
      const ordered = await this.sortCandidates(scope, conditions, candidates, sort)
      return { scope, firstRows: ordered.rows.slice(0, options.pageSize), knownTotal: ordered.rows.length, ordered: Promise.resolve(ordered.ids), plan: 'candidates' }
    }

    const walked = await this.walk(scope, conditions, sort, options.pageSize, check)
    if (walked.complete) return completeWalk(scope, walked.rows, 'walk')
    if (walked.rows.length >= options.pageSize) {
      const ordered = this.completeOrder(scope, conditions, sort, estimates, check)
      quiet(ordered)
      return { scope, firstRows: walked.rows, knownTotal: null, ordered, plan: 'walk' }
    }
    // Too few matches near the top of the order: the id sets find them faster.
    return this.fullRun(scope, conditions, sort, options, 'full', estimates)
  }

  /** Rows of the scope for ids (a window of the list), in the order asked. */
  async rows(scope: ListScope, ids: readonly Id[]): Promise<(ScopedRow | undefined)[]> {
    const combined = scope.kind === 'combined' ? await this.combinedFigures(scope.storeIds) : undefined
    return loadScopedRows(this.db, scope, ids, combined)
  }

  /** How many customers a filter set keeps now (segments in the side bar). */
  async count(filters: ListFilters, now: number, signal?: AbortSignal): Promise<number | ScopeProblem> {
    const normalised = normaliseFilters(filters)
    const scope = await this.scopeOf(normalised)
    if (typeof scope === 'string') return scope
    const conditions = await this.conditionsFor(normalised, '', scope, now)
    const check = () => {
      if (signal?.aborted) throw new ListCancelled()
    }
    if (conditions.length === 0) return (await countOfScope(this.db, scope)) ?? (await this.membersOfScope(scope)).size
    const only = conditions.length === 1 ? conditions[0]!.index : null
    // One condition whose count() counts each customer once is the answer by itself.
    if (scope.kind === 'all' && only?.exact) return only.estimate()
    const estimates = await Promise.all(conditions.map((condition) => (condition.index ? condition.index.estimate() : Promise.resolve(Infinity))))
    const matching = await this.matchingSet(scope, conditions, estimates, check)
    if (scope.kind === 'all') return matching ? matching.size : await this.totalCustomers()
    const members = await this.membersOfScope(scope)
    if (!matching) return members.size
    let count = 0
    for (const id of matching) if (members.has(id)) count++
    return count
  }

  // ——— plans ———

  private async fullRun(scope: ListScope, conditions: Condition[], sort: ListSort, options: RunOptions, plan: ListPlan, estimates?: number[]): Promise<ListRun> {
    const check = () => {
      if (options.signal?.aborted) throw new ListCancelled()
    }
    const known = estimates ?? (await Promise.all(conditions.map((condition) => (condition.index ? condition.index.estimate() : Promise.resolve(Infinity)))))
    const ids = await this.completeOrder(scope, conditions, sort, known, check)
    const firstRows = present(await this.rows(scope, [...ids.subarray(0, options.pageSize)]))
    return { scope, firstRows, knownTotal: ids.length, ordered: Promise.resolve(ids), plan }
  }

  private async completeOrder(scope: ListScope, conditions: Condition[], sort: ListSort, estimates: number[], check: () => void): Promise<Int32Array> {
    const [base, matching] = await Promise.all([this.orderedIds(scope, sort.column), this.matchingSet(scope, conditions, estimates, check)])
    check()
    return directed(matching ? keepMembers(base, matching) : base, sort)
  }

  /**
   * The customers every condition keeps (null: no condition). Starts from the smallest id
   * set; each further condition either narrows it by its own id set, or — when reading its
   * range costs more than reading the few rows left — is tested on those rows.
   */
  private async matchingSet(scope: ListScope, conditions: Condition[], estimates: number[], check: () => void): Promise<Set<Id> | null> {
    if (conditions.length === 0) return null
    const order = conditions.map((condition, index) => ({ condition, estimate: estimates[index]! })).sort((a, b) => a.estimate - b.estimate)
    const indexed = order.filter((item) => item.condition.index)
    const unindexed = order.filter((item) => !item.condition.index).map((item) => item.condition)

    let set: Set<Id> | null = null
    const rest: Condition[] = []
    for (const { condition, estimate } of indexed) {
      if (set === null) {
        set = new Set(await condition.index!.ids())
      } else if (rest.length === 0 && estimate * this.tuning.keyMs <= set.size * this.tuning.rowMs) {
        const next = new Set(await condition.index!.ids())
        const narrowed = new Set<Id>()
        for (const id of set) if (next.has(id)) narrowed.add(id)
        set = narrowed
      } else {
        rest.push(condition)
      }
      check()
      if (set.size === 0) return set
    }
    rest.push(...unindexed)
    if (rest.length === 0) return set

    if (scope.kind === 'combined' && rest.every((condition) => condition.figuresOnly)) {
      // Summed figures are in memory: no row needs reading.
      const figures = await this.combinedFigures(scope.storeIds)
      const kept = new Set<Id>()
      const candidates = set ?? figures.keys()
      for (const id of candidates) {
        const metrics = figures.get(id)
        if (metrics && rest.every((condition) => condition.figuresOnly!(metrics))) kept.add(id)
      }
      return kept
    }
    const candidates = set ? [...set] : [...(await this.membersOfScope(scope))]
    const kept = new Set<Id>()
    for (let start = 0; start < candidates.length; start += this.tuning.rowChunk) {
      const rows = await this.rows(scope, candidates.slice(start, start + this.tuning.rowChunk))
      check()
      for (const row of rows) if (row && rest.every((condition) => condition.test(row))) kept.add(row.id)
    }
    return kept
  }

  /** Reads the candidates' rows, keeps those every condition accepts, and sorts them like the index. */
  private async sortCandidates(scope: ListScope, conditions: Condition[], candidates: Id[], sort: ListSort): Promise<{ rows: ScopedRow[]; ids: Int32Array }> {
    const rows: ScopedRow[] = []
    for (let start = 0; start < candidates.length; start += this.tuning.rowChunk) {
      for (const row of await this.rows(scope, candidates.slice(start, start + this.tuning.rowChunk))) {
        if (row && conditions.every((condition) => condition.test(row))) rows.push(row)
      }
    }
    const keyed = rows.map((row) => ({ id: row.id, value: sortValue(sort.column, row.customer, row.metrics), row }))
    keyed.sort(compareForIndex)
    if (sort.direction === 'desc') keyed.reverse()
    return { rows: keyed.map((item) => item.row), ids: Int32Array.from(keyed, (item) => item.id) }
  }

  /**
   * Reads the sort's index from the top in growing chunks (each re-read from the top: no
   * offset, and ties stay in index order), testing rows, until a page is full. Without a
   * condition, and when every row of the index is in the scope, the first read is one page.
   */
  private async walk(scope: ListScope, conditions: Condition[], sort: ListSort, pageSize: number, check: () => void): Promise<{ rows: ScopedRow[]; complete: boolean }> {
    const everyRowCounts = conditions.length === 0 && (scope.kind === 'all' || canUseStoreIndex(scope, sort.column))
    const sizes = everyRowCounts ? [pageSize] : this.tuning.walkChunks.filter((size) => size > pageSize)
    let tested = 0
    const found: ScopedRow[] = []
    for (const size of sizes) {
      const { rows, read } = await rowsInIndexOrder(this.db, scope, sort.column, sort.direction === 'desc', size)
      check()
      for (let index = tested; index < rows.length; index++) {
        const row = rows[index]
        if (row && conditions.every((condition) => condition.test(row))) found.push(row)
      }
      tested = rows.length
      if (read < size) return { rows: found, complete: true }
      if (found.length >= pageSize) return { rows: found.slice(0, pageSize), complete: false }
    }
    return { rows: found, complete: false }
  }

  // ——— cached building blocks ———

  /** The scope's customers in ascending order of a column (cached until the data changes). */
  orderedIds(scope: ListScope, column: SortColumn): Promise<Int32Array> {
    const key = orderKey(scope, column)
    const cached = this.orders.get(key)
    if (cached) return cached.promise
    const entry: CachedOrder = { promise: this.computeOrder(scope, column) }
    entry.promise.then(
      (value) => (entry.value = value),
      () => this.orders.delete(key)
    )
    this.orders.set(key, entry)
    return entry.promise
  }

  /** True when a column's full order is already in memory (the next query on it is instant). */
  hasOrder(scope: ListScope, column: SortColumn): boolean {
    return this.orders.get(orderKey(scope, column))?.value !== undefined
  }

  private async computeOrder(scope: ListScope, column: SortColumn): Promise<Int32Array> {
    if (scope.kind === 'all') return allIdsByColumn(this.db, column)
    if (canUseStoreIndex(scope, column)) return storeIdsByFigure(this.db, scope.storeId, column as Parameters<typeof storeIdsByFigure>[2])
    if (scope.kind === 'combined' && isMetricColumn(column)) return idsByCombinedFigure(await this.combinedFigures(scope.storeIds), column)
    const [all, members] = await Promise.all([this.orderedIds({ kind: 'all', currency: scope.currency }, column), this.membersOfScope(scope)])
    return keepMembers(all, members)
  }

  private membersOfScope(scope: ListScope): Promise<Set<Id>> {
    const key = scopeKey(scope)
    let members = this.members.get(key)
    if (!members) {
      const storeIds = scopeStoreIds(scope)
      members = storeIds ? membersOf(this.db, storeIds) : this.db.customers.toCollection().primaryKeys().then((ids) => new Set(ids as Id[]))
      members.catch(() => this.members.delete(key))
      this.members.set(key, members)
    }
    return members
  }

  private combinedFigures(storeIds: Id[]): Promise<Map<Id, Metrics>> {
    const key = storeIds.join(',')
    let figures = this.combined.get(key)
    if (!figures) {
      figures = loadCombinedFigures(this.db, storeIds)
      figures.catch(() => this.combined.delete(key))
      this.combined.set(key, figures)
    }
    return figures
  }

  private async conditionsFor(filters: ListFilters, search: string, scope: ListScope, now: number): Promise<Condition[]> {
    let upcoming: Set<Id> | undefined
    if (filters.upcomingBooking) {
      // Bookings become past ones as time goes by: the set is re-read after a minute.
      if (!this.upcoming || now - this.upcoming.at > 60_000 || now < this.upcoming.at) {
        const promise = customersWithUpcomingBooking(this.db, now)
        promise.catch(() => (this.upcoming = null))
        this.upcoming = { at: now, promise }
      }
      upcoming = await this.upcoming.promise
    }
    return compileConditions(filters, search, { db: this.db, scope, now, upcoming })
  }
}

function orderKey(scope: ListScope, column: SortColumn): string {
  // Without figures of its own, a profile column orders the same in every scope but `all`.
  return `${scopeKey(scope)}|${column}`
}

function directed(ascending: Int32Array, sort: ListSort): Int32Array {
  return sort.direction === 'desc' ? ascending.slice().reverse() : ascending
}

function present(rows: (ScopedRow | undefined)[]): ScopedRow[] {
  return rows.filter((row): row is ScopedRow => row !== undefined)
}

/** A walk that reached the end of the index found every match: the answer is complete. */
function completeWalk(scope: ListScope, rows: ScopedRow[], plan: ListPlan): ListRun {
  return { scope, firstRows: rows, knownTotal: rows.length, ordered: Promise.resolve(Int32Array.from(rows, (row) => row.id)), plan }
}

/** The planned cost of the id-set intersection (see matchingSet), in ms. */
function evaluationCost(estimates: number[], tuning: EngineTuning): number {
  const sorted = estimates.filter(Number.isFinite).sort((a, b) => a - b)
  if (sorted.length === 0) return Infinity
  const size = sorted[0]!
  let cost = size * tuning.keyMs
  for (const estimate of sorted.slice(1)) {
    if (estimate * tuning.keyMs > size * tuning.rowMs) return cost + size * tuning.rowMs
    cost += estimate * tuning.keyMs
  }
  return cost
}

/** A background promise nobody may await: keep its rejection from being reported as unhandled. */
function quiet(promise: Promise<unknown>): void {
  promise.catch(() => undefined)
}
