import { getDataSettings } from '../repositories/settings'
import { listStores } from '../repositories/stores'
import { type RegularsDatabase } from '../schema'
import type { Customer, Id, Metrics, Store } from '@shared/domain/types'
import { compareForList, isMetricColumn, isSparseColumn, sortValue, type MetricColumn } from './columns-index'
import { loadCombinedFigures } from './combined-figures'
import { customersWhoseBookingPassed, customersWithUpcomingBooking } from './upcoming-bookings'
import { compileConditions, visibleToPerson, type Condition, type Probe, type ScopedRow } from './conditions'
import { sessionOf } from '../access/session'
import { contactsHidden } from '../access/contact-visibility'
import { customerInScope } from '@shared/staff/store-scope'
import { withMaskedContacts } from '@shared/staff/contact-mask'
import { normaliseFilters, type ListFilters, type ListQuery, type ListSort, type SortColumn } from '@shared/list/list-query'
import { resolveScope, scopeKey, scopeStoreIds, type ListScope, type ScopeProblem } from './scope'
import {
  allCustomerIds,
  allIdsByColumn,
  canUseStoreIndex,
  countOfScope,
  idsByCombinedFigure,
  idsInIndexOrder,
  keepMembers,
  loadScopedRows,
  membersOf,
  ORDER_CHUNK,
  rangeSlice,
  rowsInIndexOrder,
  storeIdsByFigure,
  withTheRestAfter
} from './scoped-reads'

/**
 * The customer list's query engine. A query is answered in two steps.
 *
 * 1. The FIRST PAGE, as fast as the data allows:
 *    - no condition: straight from the sort's index with a limit (`orderBy(i).limit(n)`);
 *    - with conditions, two reads start together: the sort's index from the top (a small
 *      chunk, rows tested in memory: broad conditions fill a page from it at once), and a
 *      bounded PROBE of every condition's index range (`limit(n).primaryKeys()`), which
 *      returns a narrow condition's whole id set or says the condition is broad;
 *    - narrow conditions: their ids intersected are the candidates; with the sort's full
 *      order in memory they are taken in that order and tested (by id, in small batches)
 *      against the broad conditions until a page is full; without it, the candidates' rows
 *      are read, tested and sorted in memory, which is also the complete answer;
 *    - only broad conditions: the sort's index is read further in growing chunks (early
 *      termination), and when even that finds too few, the complete evaluation below.
 * 2. The COMPLETE list of matching ids in order (count, scroll bar, jumps, "select all",
 *    bulk actions), computed after the first page is shown: the column's full id order
 *    (`primaryKeys()` of its index, cached until the data changes) filtered by the
 *    intersection of the conditions' id sets; a broad condition is either read as keys or
 *    tested on the rows of the (already narrow) intersection, whichever costs less.
 *
 * It never uses `offset()`, never reads a whole table's rows, and never waits for a
 * `count()` (on these machines a count walks its whole range: ~3 µs an entry).
 */

export type ListPlan = 'index' | 'first-chunk' | 'cached-order' | 'candidates' | 'walk' | 'full'

export interface ListRun {
  scope: ListScope
  /** The first rows in list order (at most the page size asked for). */
  firstRows: ScopedRow[]
  /** The number of matches when it is known at once; else see `total`. */
  knownTotal: number | null
  /** The number of matches, when counted (from the full order, or a cached count). */
  total: Promise<number>
  /** Every matching customer id in list order; rejects with ListCancelled when superseded. */
  ordered: Promise<Int32Array>
  plan: ListPlan
}

export interface RunOptions {
  pageSize: number
  now: number
  signal?: AbortSignal
  /**
   * Wait this long (and only if not superseded by then) before the complete answer's long
   * reads start: while the desk types or clicks, each answer's first page is all that counts,
   * and IndexedDB would serve a superseded background read before the next first page.
   */
  completeAfterMs?: number
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
 * Costs measured on the target machines at 200 000 customers / 2 000 000 orders
 * (tests/bench/measures/list.ts): an index range read as keys ≈ 10 µs a key, rows by id
 * ≈ 50 µs a row, rows in index order ≈ 22 µs a row, `limit(60)` ≈ 2–3 ms. Tests change the
 * thresholds to drive every plan on small data.
 */
export interface EngineTuning {
  keyMs: number
  rowMs: number
  /** A probe reads this many keys per range at most; fewer means the condition is narrow. */
  probeLimit: number
  /** The first chunk of the sort's index, read beside the probes. */
  firstChunk: number
  /** Further chunks of the sort's index when only broad conditions are set. */
  walkChunks: readonly number[]
  /** Up to this many candidates are read and sorted in memory (no full order needed). */
  candidateRows: number
  /** Rows read by id per bulkGet when testing candidates. */
  rowChunk: number
  /** The top rows of the list's order kept in memory (read during warm-up): walks test them for free. */
  topRows: number
  /** Keys per chunk when a full order is read (chunked-order.ts). */
  orderChunk: number
}

export const defaultTuning: EngineTuning = {
  keyMs: 0.01,
  rowMs: 0.05,
  probeLimit: 5_000,
  firstChunk: 250,
  walkChunks: [1_000, 4_000],
  candidateRows: 2_000,
  rowChunk: 2_000,
  topRows: 6_000,
  orderChunk: ORDER_CHUNK
}

interface Cached<T> {
  promise: Promise<T>
  value?: T
}

function cache<T>(map: Map<string, Cached<T>>, key: string, compute: () => Promise<T>): Cached<T> {
  let entry = map.get(key)
  if (!entry) {
    const created: Cached<T> = { promise: compute() }
    created.promise.then(
      (value) => (created.value = value),
      () => map.delete(key)
    )
    map.set(key, created)
    entry = created
  }
  return entry
}

type Check = () => void

export class ListEngine {
  private orders = new Map<string, Cached<Int32Array>>()
  private members = new Map<string, Cached<Set<Id>>>()
  private combined = new Map<string, Cached<Map<Id, Metrics>>>()
  private counts = new Map<string, Cached<number>>()
  /** Counts writes to customers and stats: a read that straddles one is not kept. */
  private generation = 0
  /** The first rows of an order (scope, column, direction) as read last: re-walks read nothing. */
  private tops = new Map<string, { rows: (ScopedRow | undefined)[]; read: number; size: number; byId?: Map<Id, ScopedRow> }>()
  /** Conditions' complete id sets, by signature: toggling a filter back on is instant. */
  private conditionIds = new Map<string, Cached<Id[]>>()
  private catalogueRead: Promise<ListCatalogue> | null = null
  private upcoming: { minute: number; promise: Promise<Set<Id>> } | null = null
  private readonly tuning: EngineTuning
  /** First pages being worked out now: background reads wait for them (see `idle`). */
  private busy = 0
  /** Of those, the ones waiting for complete answers (full orders): background reads must not yield to them. */
  private finishing = 0
  private waiting: (() => void)[] = []

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
      this.generation++
      this.orders.clear()
      this.members.clear()
      this.combined.clear()
      this.counts.clear()
      this.conditionIds.clear()
      this.tops.clear()
    }
    if (touched('stores') || touched('settings')) this.catalogueRead = null
    if (touched('openBookings')) this.upcoming = null
  }

  /**
   * Rows whose tokens the background refresh rewrote (search-token-refresh.ts): no order, figure
   * or filter changed, only what a search finds — so only search answers are forgotten, and the
   * kept rows get their new tokens (a walk tests them in memory).
   */
  tokensRewritten(tokens: ReadonlyMap<Id, string[]>): void {
    for (const signature of [...this.conditionIds.keys()]) if (signature.startsWith('search|')) this.conditionIds.delete(signature)
    for (const top of this.tops.values()) {
      for (const row of top.rows) {
        const rewritten = row && tokens.get(row.id)
        if (row && rewritten) row.customer = { ...row.customer, tokens: rewritten }
      }
    }
  }

  /**
   * Rows a rules pass rewrote (rules/rules-pass.ts): only their categories, groups, discount
   * and the rules' notes changed — no figure, name or token. So only what those decide is
   * forgotten (category and group filters, the discount's order) and the rows kept in memory
   * take their new values; searches, figure filters and every other order stay, and the desk's
   * list answers from memory while a pass writes.
   */
  rulesApplied(rows: ReadonlyMap<Id, Customer>): void {
    // A read under way straddles the write: it is not kept (see top()).
    this.generation++
    for (const signature of [...this.conditionIds.keys()]) if (/^(categoryIds|groupIds)\|/.test(signature)) this.conditionIds.delete(signature)
    for (const key of [...this.orders.keys()]) if (key.endsWith('|discountPercent')) this.orders.delete(key)
    for (const key of [...this.members.keys()]) if (key.endsWith('|discountPercent')) this.members.delete(key)
    for (const [key, top] of [...this.tops]) {
      if (key.includes('|discountPercent|')) {
        this.tops.delete(key)
        continue
      }
      top.rows = top.rows.map((row) => {
        const customer = row && rows.get(row.id)
        return row && customer ? { ...row, customer, metrics: row.metrics === row.customer ? customer : row.metrics } : row
      })
      top.byId = undefined
    }
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

  /** Every customer in the database (the base segments are a share of), counted once until a write. */
  totalCustomers(): Promise<number> {
    return this.scopeCount({ kind: 'all', currency: '' }).promise
  }

  /**
   * Lets background reads (full orders, warm-up) yield to the desk: resolves when no first
   * page is being worked out, or when every one being worked out waits for complete answers
   * itself (a warm-up order it needs must not yield to it: that took 13 s at 200 000
   * customers) — or after a short while at most.
   */
  readonly idle = async (): Promise<void> => {
    if (this.busy === this.finishing) return
    await Promise.race([new Promise<void>((resolve) => this.waiting.push(resolve)), new Promise((resolve) => setTimeout(resolve, 250))])
  }

  private wakeBackground(): void {
    if (this.busy === this.finishing) for (const resolve of this.waiting.splice(0)) resolve()
  }

  async run(query: ListQuery, options: RunOptions): Promise<ListRun | ScopeProblem> {
    this.busy++
    try {
      const run = await this.firstPage(query, options)
      return typeof run === 'string' ? run : { ...run, firstRows: this.shown(run.firstRows) }
    } finally {
      this.busy--
      this.wakeBackground()
    }
  }

  /**
   * Reads the full orders of the columns managers usually filter on, in the background and
   * yielding to the desk's queries, so that their ranges become slices (see rangeSlice).
   */
  async warmUp(filters: ListFilters, sort?: ListSort, columns: readonly MetricColumn[] = ['lastOrderAt', 'totalValue', 'orderCount', 'firstOrderAt']): Promise<void> {
    const scope = await this.scopeOf(normaliseFilters(filters))
    if (typeof scope === 'string') return
    // The top of the list's order first: searches and filters walk it.
    if (sort && scope.kind !== 'combined') {
      await this.idle()
      await this.top(scope, sort, this.tuning.topRows).catch(() => undefined)
    }
    // The upcoming-booking set (keys only): the filter then answers from memory the first time too.
    await this.idle()
    await this.upcomingSet(Date.now()).catch(() => undefined)
    const ranges = rangeScope(scope)
    if (!ranges) return
    for (const column of columns) await this.orderedIds(ranges, column, true).catch(() => undefined)
  }

  private async firstPage(query: ListQuery, options: RunOptions): Promise<ListRun | ScopeProblem> {
    const filters = normaliseFilters(query.filters)
    const scope = await this.scopeOf(filters)
    if (typeof scope === 'string') return scope
    const conditions = await this.conditionsFor(filters, query.search, scope, options.now, query.onlyIds)
    const { sort } = query
    const check = () => {
      if (options.signal?.aborted) throw new ListCancelled()
    }

    if (scope.kind === 'combined') return this.fullRun(scope, conditions, sort, options, 'full', new Map())

    if (conditions.length === 0) {
      const walked = await this.walk(scope, [], sort, options.pageSize, [this.everyRowCounts(scope, sort) ? options.pageSize : this.tuning.firstChunk], check)
      if (walked.exhausted) return completeRun(scope, walked.rows, 'index', options.pageSize)
      if (walked.rows.length < options.pageSize) return this.fullRun(scope, conditions, sort, options, 'full', new Map())
      const count = this.scopeCount(scope)
      const cachedOrder = this.orders.get(orderKey(scope, sort.column))?.value
      // With the count known, the full order only serves scrolling past the first page: it
      // waits longer, so that a second click on the header is not held up by the first one's.
      const delay = (options.completeAfterMs ?? 0) * (count.value !== undefined ? 3 : 1)
      const ordered = cachedOrder
        ? this.direct(cachedOrder, sort)
        : pause(delay, check).then(async () => {
            const ids = await this.orderedIds(scope, sort.column, true)
            check()
            return this.direct(ids, sort)
          })
      quiet(ordered)
      const total = count.value !== undefined ? Promise.resolve(count.value) : Promise.race([count.promise, ordered.then((ids) => ids.length)])
      quiet(total)
      return { scope, firstRows: walked.rows, knownTotal: count.value ?? null, total, ordered, plan: 'index' }
    }

    // The sort's first chunk tells how common a match is: common enough, and walking on
    // fills the page sooner than probing the conditions' indexes (IndexedDB answers one
    // request after another, so a probe would only delay the walk).
    const first = await this.walk(scope, conditions, sort, options.pageSize, [this.tuning.firstChunk], check)
    if (first.exhausted) return completeRun(scope, first.rows, 'first-chunk', options.pageSize)
    // Probed on first need only (a first page found by walking needs them for the count, later).
    let probing: Promise<Map<Condition, Probe>> | undefined
    const probes = () => (probing ??= this.probe(scope, conditions))
    if (first.rows.length >= options.pageSize) return this.withBackground(scope, conditions, sort, first.rows, 'first-chunk', probes, options, check)
    // Rows to read for a page at the first chunk's rate; and how many would match in all.
    const needed = first.rows.length === 0 ? Infinity : (options.pageSize * this.tuning.firstChunk) / first.rows.length
    const base = this.counts.get(scopeKey(scope))?.value ?? this.counts.get('all')?.value
    const expected = base === undefined ? undefined : (first.rows.length / this.tuning.firstChunk) * base
    // Walk on when the first walk chunk should fill the page, or when the walk's budget should
    // and the matches are too many for a probe to return them all anyway.
    const walkBudget = this.tuning.walkChunks.at(-1) ?? 0
    if (needed <= (this.tuning.walkChunks[0] ?? 0) || (needed <= walkBudget && expected !== undefined && expected > this.tuning.probeLimit)) {
      const walked = await this.walk(scope, conditions, sort, options.pageSize, this.tuning.walkChunks, check)
      if (walked.exhausted) return completeRun(scope, walked.rows, 'walk', options.pageSize)
      if (walked.rows.length >= options.pageSize) return this.withBackground(scope, conditions, sort, walked.rows, 'walk', probes, options, check)
    }

    // With the sort's full order in memory and a narrow set known without reading (a cached
    // id set, a slice of a warmed-up order, the upcoming bookings), the other conditions are
    // first tested on the candidates' rows — a page often fills sooner than their probes
    // would answer (each ≈ probeLimit keys, read one after another).
    const cachedOrder = this.orders.get(orderKey(scope, sort.column))?.value
    if (cachedOrder) {
      const free = await this.probe(scope, conditions, true)
      check()
      const narrowFree = intersectNarrow(free)
      const untested = conditions.filter((condition) => !free.get(condition)?.complete)
      if (narrowFree && untested.length > 0) {
        // No more rows than the skipped probes would have cost in keys.
        const probed = untested.filter((condition) => condition.index).length
        const budget = Math.max(this.tuning.rowChunk / 4, (probed * this.tuning.probeLimit * this.tuning.keyMs) / this.tuning.rowMs)
        const page = await this.pageFromOrder(scope, sort, await this.direct(cachedOrder, sort), narrowFree, untested, options.pageSize, check, budget)
        if (page) return this.orderPage(scope, conditions, sort, page, probes, options, check)
      }
    }

    const probed = await probes()
    check()
    const narrow = intersectNarrow(probed)
    const broad = conditions.filter((condition) => !probed.get(condition)?.complete)
    if (narrow) {
      const order = this.orders.get(orderKey(scope, sort.column))?.value
      if (order) {
        const page = (await this.pageFromOrder(scope, sort, await this.direct(order, sort), narrow, broad, options.pageSize, check))!
        return this.orderPage(scope, conditions, sort, page, probes, options, check)
      }
      if (narrow.size <= this.tuning.candidateRows) {
        const sorted = await this.sortCandidates(scope, conditions, [...narrow], sort)
        return { scope, firstRows: sorted.rows.slice(0, options.pageSize), knownTotal: sorted.rows.length, total: Promise.resolve(sorted.rows.length), ordered: Promise.resolve(sorted.ids), plan: 'candidates' }
      }
    }

    const walked = await this.walk(scope, conditions, sort, options.pageSize, this.tuning.walkChunks, check)
    if (walked.exhausted) return completeRun(scope, walked.rows, 'walk', options.pageSize)
    if (walked.rows.length >= options.pageSize) return this.withBackground(scope, conditions, sort, walked.rows, 'walk', probes, options, check)
    // Few matches, far down the sort order: the id sets find them faster.
    return this.fullRun(scope, conditions, sort, options, 'full', probed)
  }

  /**
   * Rows of the scope for ids (a window of the list), in the order asked; a customer outside
   * the signed-in person's stores is no row (the ids may come from anywhere).
   */
  async rows(scope: ListScope, ids: readonly Id[]): Promise<(ScopedRow | undefined)[]> {
    const combined = scope.kind === 'combined' ? await this.combinedFigures(scope.storeIds) : undefined
    const person = sessionOf(this.db).scope
    const rows = await loadScopedRows(this.db, scope, ids, combined)
    return this.shown(rows.map((row) => (row && customerInScope(row.customer, person) ? row : undefined)))
  }

  /** Rows as the signed-in person reads them: contacts masked without the right (copies: the cached rows stay whole for the conditions). */
  private shown<R extends ScopedRow | undefined>(rows: R[]): R[] {
    if (!contactsHidden(this.db)) return rows
    return rows.map((row) => {
      if (!row) return row
      const customer = withMaskedContacts(row.customer)
      // In the whole base's scope the figures are the customer row itself: masked with it.
      return { ...row, customer, metrics: row.metrics === row.customer ? customer : row.metrics }
    })
  }

  /** How many customers a filter set keeps now (segments in the side bar). */
  count(filters: ListFilters, now: number, signal?: AbortSignal): Promise<number | ScopeProblem> {
    return this.countOf(filters, '', now, signal)
  }

  /**
   * How many customers in the whole base a quick search finds, whatever the list's filters:
   * the list tells the desk how many it finds outside them. The search's id sets read for
   * the list's own count are kept by signature, so this often reads nothing more.
   */
  async countSearch(search: string, now: number, signal?: AbortSignal): Promise<number> {
    const count = await this.countOf({}, search, now, signal)
    // Without a store selection there is no scope to be refused.
    return typeof count === 'number' ? count : 0
  }

  private async countOf(filters: ListFilters, search: string, now: number, signal?: AbortSignal): Promise<number | ScopeProblem> {
    const normalised = normaliseFilters(filters)
    const scope = await this.scopeOf(normalised)
    if (typeof scope === 'string') return scope
    const conditions = await this.conditionsFor(normalised, search, scope, now)
    const check = () => {
      if (signal?.aborted) throw new ListCancelled()
    }
    if (conditions.length === 0) return this.scopeCount(scope).promise
    const only = conditions.length === 1 ? conditions[0]!.index : null
    // One condition whose count() counts each customer once is the answer by itself.
    if (scope.kind === 'all' && only?.exact) return only.estimate()
    const matching = await this.matchingSet(scope, conditions, await this.probe(scope, conditions), check)
    if (scope.kind === 'all') return matching ? matching.size : await this.totalCustomers()
    const members = await this.membersOfScope(scope)
    if (!matching) return members.size
    let count = 0
    for (const id of matching) if (members.has(id)) count++
    return count
  }

  // ——— plans ———

  /** A first page found early; the complete order follows in the background. */
  private withBackground(
    scope: ListScope,
    conditions: Condition[],
    sort: ListSort,
    rows: ScopedRow[],
    plan: ListPlan,
    probes: () => Promise<Map<Condition, Probe>>,
    options: RunOptions,
    check: Check
  ): ListRun {
    const ordered = pause(options.completeAfterMs, check).then(async () => this.completeOrder(scope, conditions, sort, await probes(), check, true))
    quiet(ordered)
    const total = ordered.then((ids) => ids.length)
    quiet(total)
    return { scope, firstRows: rows, knownTotal: null, total, ordered, plan }
  }

  /** A page taken from the sort's cached order: complete when every candidate was tested. */
  private orderPage(
    scope: ListScope,
    conditions: Condition[],
    sort: ListSort,
    page: OrderPage,
    probes: () => Promise<Map<Condition, Probe>>,
    options: RunOptions,
    check: Check
  ): ListRun {
    if (!page.complete) return this.withBackground(scope, conditions, sort, page.rows, 'cached-order', probes, options, check)
    return { scope, firstRows: page.rows.slice(0, options.pageSize), knownTotal: page.ids.length, total: Promise.resolve(page.ids.length), ordered: Promise.resolve(page.ids), plan: 'cached-order' }
  }

  private async fullRun(scope: ListScope, conditions: Condition[], sort: ListSort, options: RunOptions, plan: ListPlan, probed: Map<Condition, Probe>): Promise<ListRun> {
    const check = () => {
      if (options.signal?.aborted) throw new ListCancelled()
    }
    this.finishing++
    this.wakeBackground()
    let ids: Int32Array
    try {
      ids = await this.completeOrder(scope, conditions, sort, probed, check)
    } finally {
      this.finishing--
    }
    const firstRows = present(await this.rows(scope, [...ids.subarray(0, options.pageSize)]))
    return { scope, firstRows, knownTotal: ids.length, total: Promise.resolve(ids.length), ordered: Promise.resolve(ids), plan }
  }

  private async completeOrder(scope: ListScope, conditions: Condition[], sort: ListSort, probed: Map<Condition, Probe>, check: Check, background = false): Promise<Int32Array> {
    const [base, matching] = await Promise.all([this.orderedIds(scope, sort.column, background), this.matchingSet(scope, conditions, probed, check)])
    check()
    return this.direct(matching ? keepMembers(base, matching) : base, sort)
  }

  /**
   * Every condition's bounded probe (conditions without an index are left out); `freeOnly`:
   * only those answered without reading an index range (kept ids, slices, sets in memory).
   */
  private async probe(scope: ListScope, conditions: Condition[], freeOnly = false): Promise<Map<Condition, Probe>> {
    const probes = await Promise.all(
      conditions.map(async (condition): Promise<Probe | undefined> => {
        if (!condition.index) return undefined
        const known = condition.signature ? this.conditionIds.get(condition.signature)?.value : undefined
        if (known) return { ids: known, complete: true }
        const sliced = await this.sliceOf(condition, scope)
        if (sliced) {
          this.keepIds(condition, sliced)
          return { ids: sliced, complete: true }
        }
        if (freeOnly && !condition.index.inMemory) return undefined
        const probe = await condition.index.probe(this.tuning.probeLimit)
        if (probe.complete) this.keepIds(condition, probe.ids)
        return probe
      })
    )
    const probed = new Map<Condition, Probe>()
    conditions.forEach((condition, index) => probes[index] && probed.set(condition, probes[index]!))
    return probed
  }

  /** A condition's whole id set (keys only), kept until the data changes. */
  private fullIds(condition: Condition, scope: ListScope): Promise<Id[]> {
    const read = async () => (await this.sliceOf(condition, scope, true)) ?? condition.index!.ids()
    if (!condition.signature) return read()
    if (!this.conditionIds.has(condition.signature)) this.forgetOldestIds()
    return cache(this.conditionIds, condition.signature, read).promise
  }

  /** Keeps a condition's complete id set (a probe that read it all, a slice) for the next query. */
  private keepIds(condition: Condition, ids: Id[]): void {
    if (!condition.signature || this.conditionIds.has(condition.signature)) return
    this.forgetOldestIds()
    this.conditionIds.set(condition.signature, { promise: Promise.resolve(ids), value: ids })
  }

  /** A manager trying range after range would otherwise keep every one (up to ~1 MB each at 200 000 customers). */
  private forgetOldestIds(): void {
    while (this.conditionIds.size >= KEPT_ID_SETS) this.conditionIds.delete(this.conditionIds.keys().next().value!)
  }

  /**
   * A figure range's ids as a slice of the figure's full order, when that order is in memory
   * — or, with `waitForOrder`, being read (by the warm-up): reading the range as well would
   * only make both slower.
   */
  private async sliceOf(condition: Condition, scope: ListScope, waitForOrder = false): Promise<Id[] | null> {
    const range = condition.range
    const ranges = rangeScope(scope)
    if (!range || !ranges) return null
    const entry = this.orders.get(orderKey(ranges, range.column))
    const order = entry?.value ?? (waitForOrder && entry ? await entry.promise.catch(() => undefined) : undefined)
    if (!order) return null
    try {
      return Array.from(await rangeSlice(this.db, ranges, range.column, order, range.lower, range.upper))
    } catch {
      return null // the data moved under the search: read the range itself
    }
  }

  /**
   * The customers every condition keeps (null: no condition). Narrow conditions' probes are
   * already their id sets; a broad one either narrows the set by its own ids (read as keys)
   * or — when that costs more than reading the few rows left — is tested on those rows.
   */
  private async matchingSet(scope: ListScope, conditions: Condition[], probed: Map<Condition, Probe>, check: Check): Promise<Set<Id> | null> {
    if (conditions.length === 0) return null
    let set = intersectNarrow(probed)
    const pending = conditions.filter((condition) => !probed.get(condition)?.complete)
    const rest: Condition[] = []
    for (const condition of pending) {
      if (!condition.index) {
        rest.push(condition)
        continue
      }
      // A broad condition holds at least probeLimit ids (per range): its keys cost at least that much.
      if (set !== null && (rest.length > 0 || this.tuning.probeLimit * this.tuning.keyMs > set.size * this.tuning.rowMs)) {
        rest.push(condition)
        continue
      }
      const ids = await this.fullIds(condition, scope)
      check()
      if (set === null) {
        set = new Set(ids)
      } else {
        const next = new Set(ids)
        const narrowed = new Set<Id>()
        for (const id of set) if (next.has(id)) narrowed.add(id)
        set = narrowed
      }
      if (set.size === 0) return set
    }
    if (rest.length === 0) return set

    if (scope.kind === 'combined' && rest.every((condition) => condition.figuresOnly)) {
      // Summed figures are in memory: no row needs reading.
      const figures = await this.combinedFigures(scope.storeIds)
      const kept = new Set<Id>()
      for (const id of set ?? figures.keys()) {
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

  /**
   * The first page from the sort's full order in memory: the narrow candidates in that
   * order, read by id in batches (sized by the match rate seen so far) and tested against
   * the other conditions, until the page is full. Reaching the end means every candidate
   * was tested: the answer is complete. With a `budget` of rows, null as soon as the rate
   * says the page would need more.
   */
  private async pageFromOrder(scope: ListScope, sort: ListSort, order: Int32Array, narrow: Set<Id>, broad: Condition[], pageSize: number, check: Check, budget = Infinity): Promise<OrderPage | null> {
    if (broad.length === 0) {
      // Nothing left to test: the candidates in order are the answer.
      const candidates: Id[] = []
      for (const id of order) if (narrow.has(id)) candidates.push(id)
      const rows = present(await this.rowsKnowingTop(scope, sort, candidates.slice(0, pageSize)))
      return { rows, complete: true, ids: Int32Array.from(candidates) }
    }
    const rows: ScopedRow[] = []
    const kept: Id[] = []
    let position = 0
    let tested = 0
    let batch = Math.min(this.tuning.rowChunk, Math.max(pageSize * 2, 100))
    while (position < order.length) {
      const ids: Id[] = []
      while (position < order.length && ids.length < batch) {
        const id = order[position++]!
        if (narrow.has(id)) ids.push(id)
      }
      if (ids.length === 0) break
      const loaded = await this.rowsKnowingTop(scope, sort, ids)
      check()
      tested += ids.length
      for (const row of loaded) {
        if (!row || !broad.every((condition) => condition.test(row))) continue
        kept.push(row.id)
        if (rows.length < pageSize) rows.push(row)
      }
      if (rows.length >= pageSize) return { rows, complete: false, ids: new Int32Array() }
      const rate = kept.length / tested
      const more = rate === 0 ? Infinity : ((pageSize - rows.length) / rate) * 1.2
      if (position < order.length && tested + more > budget) return null
      batch = Math.min(this.tuning.rowChunk, batch * 4, Math.max(100, Math.ceil(more)))
    }
    return { rows, complete: true, ids: Int32Array.from(kept) }
  }

  /** Rows for ids, those in the kept top of the order from memory (the first chunk's walk read them). */
  private async rowsKnowingTop(scope: ListScope, sort: ListSort, ids: Id[]): Promise<(ScopedRow | undefined)[]> {
    const top = this.tops.get(topKey(scope, sort))
    if (!top) return this.rows(scope, ids)
    const known = (top.byId ??= new Map(present(top.rows).map((row) => [row.id, row])))
    const missing = ids.filter((id) => !known.has(id))
    const loaded = missing.length > 0 ? present(await this.rows(scope, missing)) : []
    const read = new Map(loaded.map((row) => [row.id, row]))
    return ids.map((id) => known.get(id) ?? read.get(id))
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
    keyed.sort(compareForList(sort.column, sort.direction === 'desc'))
    return { rows: keyed.map((item) => item.row), ids: Int32Array.from(keyed, (item) => item.id) }
  }

  /**
   * Reads the sort's index from the top in chunks of the given sizes (each re-read from the
   * top: no offset, and ties keep the index's order), testing rows, until a page is full.
   * `exhausted`: the index ended within the read, so the rows found are every match.
   */
  private async walk(scope: ListScope, conditions: Condition[], sort: ListSort, pageSize: number, sizes: readonly number[], check: Check): Promise<{ rows: ScopedRow[]; exhausted: boolean }> {
    // Rows already in memory are tested first, whatever the budget: they cost nothing.
    const inMemory = this.tops.get(topKey(scope, sort))?.size ?? 0
    const plan = [...sizes.filter((size) => size < inMemory), Math.max(inMemory, sizes[0] ?? 0), ...sizes.filter((size) => size > inMemory)].filter((size) => size > 0)
    let tested = 0
    const found: ScopedRow[] = []
    for (const size of plan) {
      if (size <= tested) continue
      const { rows, read } = await this.top(scope, sort, size)
      check()
      for (let index = tested; index < rows.length; index++) {
        const row = rows[index]
        if (row && conditions.every((condition) => condition.test(row))) found.push(row)
      }
      tested = rows.length
      if (read < size) return { rows: found, exhausted: true }
      if (found.length >= pageSize) return { rows: found.slice(0, pageSize), exhausted: false }
    }
    return { rows: found, exhausted: false }
  }

  /**
   * The first `size` rows of the sort's index for the scope (undefined where a customer is
   * outside it), from memory when a read at least that long was kept, else read and kept.
   * `read` below `size`: the index ended.
   */
  private async top(scope: ListScope, sort: ListSort, size: number): Promise<{ rows: (ScopedRow | undefined)[]; read: number }> {
    const key = topKey(scope, sort)
    const kept = this.tops.get(key)
    if (kept && (kept.size >= size || kept.read < kept.size)) return { rows: kept.rows.slice(0, size), read: Math.min(kept.read, size) }
    const generation = this.generation
    const fresh = await rowsInIndexOrder(this.db, scope, sort.column, sort.direction === 'desc', size)
    // Kept only when no write came in meanwhile, and never more than the memory budget.
    if (generation === this.generation && size <= this.tuning.topRows) this.tops.set(key, { rows: fresh.rows, read: fresh.read, size })
    return fresh
  }

  private everyRowCounts(scope: ListScope, sort: ListSort): boolean {
    return scope.kind === 'all' || canUseStoreIndex(scope, sort.column)
  }

  // ——— cached building blocks ———

  /**
   * An index's ascending order as the list shows it (compareForList): reversed for a
   * descending sort — except the customers without a value, who go last either way: by name
   * the unnamed (a leading run of the index); by a sparse column those it leaves out (the
   * trailing run computeOrder appends).
   */
  private async direct(ascending: Int32Array, sort: ListSort): Promise<Int32Array> {
    const descending = sort.direction === 'desc'
    let withValue = ascending
    let without = ascending.subarray(ascending.length)
    if (sort.column === 'name') {
      const unnamed = await this.unnamedIds()
      let leading = 0
      while (leading < ascending.length && unnamed.has(ascending[leading]!)) leading++
      withValue = ascending.subarray(leading)
      without = ascending.subarray(0, leading)
    } else if (isSparseColumn(sort.column)) {
      const indexed = await this.indexedIds(sort.column)
      let leading = 0
      while (leading < ascending.length && indexed.has(ascending[leading]!)) leading++
      withValue = ascending.subarray(0, leading)
      without = ascending.subarray(leading)
    }
    if (without.length === 0) return descending ? reversed(ascending) : ascending
    const out = new Int32Array(ascending.length)
    out.set(descending ? reversed(withValue) : withValue, 0)
    out.set(descending ? reversed(without) : without, withValue.length)
    return out
  }

  /** Customers without a name to sort by (erased ones): a short range of the name index. */
  private unnamedIds(): Promise<Set<Id>> {
    return cache(this.members, 'unnamed', async () => new Set((await this.db.customers.where('sortName').equals('').primaryKeys()) as Id[])).promise
  }

  /** The customers a sparse column's index holds: from its order, read in chunks once for both. */
  private indexedIds(column: SortColumn): Promise<Set<Id>> {
    return cache(this.members, `indexed|${column}`, async () => new Set(await this.indexOrder(column))).promise
  }

  /** A sparse column's index alone, in its order (the full order appends everyone else). */
  private indexOrder(column: SortColumn, background = false): Promise<Int32Array> {
    return cache(this.orders, `indexed|${column}`, () => idsInIndexOrder(this.db, column, this.tuning.orderChunk, background ? this.idle : undefined)).promise
  }

  /** The scope's customers in ascending order of a column (cached until the data changes). */
  orderedIds(scope: ListScope, column: SortColumn, background = false): Promise<Int32Array> {
    return cache(this.orders, orderKey(scope, column), () => this.computeOrder(scope, column, background)).promise
  }

  /** True when a column's full order is already in memory (the next query on it is instant). */
  hasOrder(scope: ListScope, column: SortColumn): boolean {
    return this.orders.get(orderKey(scope, column))?.value !== undefined
  }

  private async computeOrder(scope: ListScope, column: SortColumn, background: boolean): Promise<Int32Array> {
    const idle = background ? this.idle : undefined
    if (scope.kind === 'all' && isSparseColumn(column)) {
      const indexed = await this.indexOrder(column, background)
      return withTheRestAfter(indexed, await allCustomerIds(this.db, this.tuning.orderChunk, idle))
    }
    if (scope.kind === 'all') return allIdsByColumn(this.db, column, this.tuning.orderChunk, idle)
    if (canUseStoreIndex(scope, column)) return storeIdsByFigure(this.db, scope.storeId, column as MetricColumn, this.tuning.orderChunk, idle)
    if (scope.kind === 'combined' && isMetricColumn(column)) return idsByCombinedFigure(await this.combinedFigures(scope.storeIds), column)
    const [all, members] = await Promise.all([this.orderedIds({ kind: 'all', currency: scope.currency }, column, background), this.membersOfScope(scope)])
    return keepMembers(all, members)
  }

  private scopeCount(scope: ListScope): Cached<number> {
    return cache(this.counts, scopeKey(scope), async () => (await countOfScope(this.db, scope)) ?? (await this.membersOfScope(scope)).size)
  }

  private membersOfScope(scope: ListScope): Promise<Set<Id>> {
    return cache(this.members, scopeKey(scope), () => {
      const storeIds = scopeStoreIds(scope)
      return storeIds ? membersOf(this.db, storeIds) : this.db.customers.toCollection().primaryKeys().then((ids) => new Set(ids as Id[]))
    }).promise
  }

  private combinedFigures(storeIds: Id[]): Promise<Map<Id, Metrics>> {
    return cache(this.combined, storeIds.join(','), () => loadCombinedFigures(this.db, storeIds)).promise
  }

  private async conditionsFor(filters: ListFilters, search: string, scope: ListScope, now: number, onlyIds?: readonly Id[]): Promise<Condition[]> {
    const upcoming = filters.upcomingBooking ? await this.upcomingSet(now) : undefined
    const ctx = { db: this.db, scope, now, upcoming }
    const conditions = compileConditions(filters, search, ctx, onlyIds)
    // The signed-in person's stores limit every list, count and full order (F23).
    const person = sessionOf(this.db).scope
    return person.kind === 'all' ? conditions : [...conditions, visibleToPerson(ctx, person)]
  }

  /**
   * Customers with an upcoming booking as of this minute, kept until the open bookings
   * change (a booking made, moved or completed). When the minute turns, the set is the
   * previous one less the customers whose latest slot has passed since — a short key range
   * instead of the whole set again (at 200 000 customers ~90 000 ids, ~150 ms).
   */
  private upcomingSet(now: number): Promise<Set<Id>> {
    const minute = Math.floor(now / 60_000) * 60_000
    const known = this.upcoming
    if (known?.minute === minute) return known.promise
    const read = () => customersWithUpcomingBooking(this.db, minute).then((ids) => new Set(ids))
    const promise =
      known && known.minute < minute
        ? known.promise.then(
            async (earlier) => {
              const passed = await customersWhoseBookingPassed(this.db, known.minute, minute)
              // A copy: conditions made from the earlier set keep answering for their minute.
              const later = new Set(earlier)
              for (const id of passed) later.delete(id)
              return later
            },
            read
          )
        : read()
    const entry = { minute, promise }
    promise.catch(() => this.upcoming === entry && (this.upcoming = null))
    this.upcoming = entry
    return promise
  }
}

/** A first page from a cached order; `ids` is every match in order when `complete`. */
interface OrderPage {
  rows: ScopedRow[]
  complete: boolean
  ids: Int32Array
}

/** Complete id sets of conditions kept at once (oldest forgotten first). */
const KEPT_ID_SETS = 24

function rangeScope(scope: ListScope): ListScope | null {
  if (scope.kind === 'all' || scope.kind === 'main-stores') return { kind: 'all', currency: scope.currency }
  return scope.kind === 'store' ? scope : null
}

function topKey(scope: ListScope, sort: ListSort): string {
  return `${scopeKey(scope)}|${sort.column}|${sort.direction}`
}

function orderKey(scope: ListScope, column: SortColumn): string {
  return `${scopeKey(scope)}|${column}`
}

/** The intersection of the narrow (completely probed) conditions' ids, smallest first; null when none is narrow. */
function intersectNarrow(probed: Map<Condition, Probe>): Set<Id> | null {
  const sets = [...probed.values()].filter((probe) => probe.complete).sort((a, b) => a.ids.length - b.ids.length)
  if (sets.length === 0) return null
  let set = new Set(sets[0]!.ids)
  for (const probe of sets.slice(1)) {
    const next = new Set(probe.ids)
    set = new Set([...set].filter((id) => next.has(id)))
  }
  return set
}

function reversed(ids: Int32Array): Int32Array {
  return ids.slice().reverse()
}

function present(rows: (ScopedRow | undefined)[]): ScopedRow[] {
  return rows.filter((row): row is ScopedRow => row !== undefined)
}

/** Every match was read (the index ended): the answer is complete. */
function completeRun(scope: ListScope, rows: ScopedRow[], plan: ListPlan, pageSize: number): ListRun {
  return { scope, firstRows: rows.slice(0, pageSize), knownTotal: rows.length, total: Promise.resolve(rows.length), ordered: Promise.resolve(Int32Array.from(rows, (row) => row.id)), plan }
}

/** Waits `ms` (if any), then throws ListCancelled when the query was superseded meanwhile. */
async function pause(ms: number | undefined, check: Check): Promise<void> {
  if (ms && ms > 0) await new Promise((resolve) => setTimeout(resolve, ms))
  check()
}

/** A background promise nobody may await: keep its rejection from being reported as unhandled. */
function quiet(promise: Promise<unknown>): void {
  promise.catch(() => undefined)
}
