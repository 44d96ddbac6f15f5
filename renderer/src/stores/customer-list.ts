import { defineStore, storeToRefs } from 'pinia'
import { computed, ref, shallowRef, triggerRef } from 'vue'
import type { Id } from '@shared/domain/types'
import { type ScopedRow, listEngine, ListCancelled, type ListPlan, type ListScope } from '@renderer/db'
import { normaliseFilters, type ListFilters, type ListSort } from '@shared/list/list-query'
import type { ScopedFigures } from '../features/export/scoped-figures'
import { useListLayout } from './list-layout'
import { useQuickSearch } from './quick-search'

/**
 * The customer list's state: the query (sort from the remembered layout, filters, the quick
 * search of the frame) and its current answer — the first rows at once, then the full id
 * order, from which the rows of whatever window the table scrolls to are read by id.
 */

export const FIRST_PAGE = 60
/** The count and full order start this long after the last change (see RunOptions.completeAfterMs). */
const COMPLETE_AFTER_MS = 300
/** Quiet time before the background warm-up of filter columns (see ListEngine.warmUp). */
const WARM_UP_AFTER_MS = 2_000
/** Rows kept in memory for scrolling back and forth; older ones are read again when needed. */
const ROW_CACHE_LIMIT = 4_000

export type ListStatus = 'idle' | 'loading' | 'ready' | 'failed'

/** The customers one import created or updated, shown on their own after it ("Show the customers"). */
export interface ImportShown {
  fileName: string
  ids: readonly Id[]
}

export const useCustomerList = defineStore('customer-list', () => {
  const engine = listEngine()
  const layout = useListLayout()
  const { query: search } = storeToRefs(useQuickSearch())

  const filters = ref<ListFilters>({})
  const sort = computed<ListSort>(() => layout.layout.sort)
  /** The segment whose filters were applied last (its name shows; editing filters detaches it). */
  const segmentId = ref<Id | null>(null)
  /** Only an import's customers, on top of the filters, until the desk clears it. */
  const importShown = shallowRef<ImportShown | null>(null)

  const status = ref<ListStatus>('idle')
  const problem = ref<string | null>(null)
  const failure = shallowRef<unknown>(null)
  const scope = shallowRef<ListScope | null>(null)
  const firstRows = shallowRef<ScopedRow[]>([])
  const ordered = shallowRef<Int32Array | null>(null)
  const knownTotal = ref<number | null>(null)
  const plan = ref<ListPlan | null>(null)
  /** Increases with every answer; the table resets its scroll when the query (not the data) changed. */
  const generation = ref(0)
  /** The search text the rows on screen answer (the box may already say more). */
  const answeredSearch = ref('')
  const changedBy = ref<'query' | 'data'>('query')
  /** How long the engine took for the last answer's first page (shown to the benchmark). */
  const answerMs = ref(0)
  const rows = shallowRef(new Map<Id, ScopedRow>())
  let orderedPromise: Promise<Int32Array> | null = null
  let controller: AbortController | null = null
  const inFlight = new Set<Id>()

  const total = computed(() => ordered.value?.length ?? knownTotal.value)
  /** Rows the table can show now: the full count once known, else the first page. */
  const rowCount = computed(() => total.value ?? firstRows.value.length)
  const searchText = computed(() => search.value.trim())

  async function refresh(reason: 'query' | 'data' = 'query'): Promise<void> {
    clearTimeout(warmTimer)
    controller?.abort()
    const own = new AbortController()
    controller = own
    status.value = 'loading'
    const started = performance.now()
    const asked = searchText.value
    try {
      const run = await engine.run(
        { sort: sort.value, search: asked, filters: normaliseFilters(filters.value), onlyIds: importShown.value?.ids },
        { pageSize: FIRST_PAGE, now: Date.now(), signal: own.signal, completeAfterMs: COMPLETE_AFTER_MS }
      )
      if (own.signal.aborted) return
      if (typeof run === 'string') {
        problem.value = run
        scope.value = null
        firstRows.value = []
        ordered.value = null
        knownTotal.value = 0
      } else {
        problem.value = null
        scope.value = run.scope
        plan.value = run.plan
        firstRows.value = run.firstRows
        knownTotal.value = run.knownTotal
        ordered.value = null
        orderedPromise = run.ordered
        rows.value = new Map(run.firstRows.map((row) => [row.id, row]))
        inFlight.clear()
        run.total.then(
          (count) => {
            if (controller === own && knownTotal.value === null) knownTotal.value = count
          },
          () => undefined
        )
        run.ordered.then(
          (ids) => {
            if (controller !== own) return
            ordered.value = ids
            scheduleWarmUp()
          },
          (error: unknown) => {
            if (!(error instanceof ListCancelled) && controller === own) fail(error, 'the full order of the answer (scrolling past the first rows needs it)')
          }
        )
      }
      changedBy.value = reason
      answeredSearch.value = asked
      answerMs.value = performance.now() - started
      generation.value++
      status.value = 'ready'
    } catch (error) {
      if (error instanceof ListCancelled || own.signal.aborted) return
      fail(error, 'the first rows of the answer')
    }
  }

  // Once the desk has left the list alone for a moment, the usual filter columns' orders are
  // read in the background (yielding to any query), so their ranges answer at once later.
  let warmTimer: ReturnType<typeof setTimeout> | undefined
  function scheduleWarmUp(): void {
    clearTimeout(warmTimer)
    warmTimer = setTimeout(() => void engine.warmUp(filters.value, sort.value).then(() => performance.mark('regulars:list-warm')), WARM_UP_AFTER_MS)
  }

  /**
   * The banner says "something went wrong" in the desk's language; the console keeps the
   * cause (with its stack), so that a failure seen once can be diagnosed.
   */
  function fail(error: unknown, what: string): void {
    console.error(`The customer list could not read ${what}:`, error)
    failure.value = error
    status.value = 'failed'
  }

  /** The complete order of the current answer (waits for it when the first page came first). */
  async function allIds(): Promise<Int32Array> {
    if (ordered.value) return ordered.value
    if (!orderedPromise) return new Int32Array()
    return orderedPromise
  }

  function idAt(index: number): Id | undefined {
    const ids = ordered.value
    if (ids) return ids[index]
    return firstRows.value[index]?.id
  }

  function rowAt(index: number): ScopedRow | undefined {
    const id = idAt(index)
    return id === undefined ? undefined : rows.value.get(id)
  }

  /** Reads the rows of a window of the list that are not in memory yet (by id, one bulkGet). */
  async function ensureRows(start: number, end: number): Promise<void> {
    const ids = ordered.value
    const currentScope = scope.value
    if (!ids || !currentScope) return
    const missing: Id[] = []
    for (let index = Math.max(0, start); index < Math.min(end, ids.length); index++) {
      const id = ids[index]!
      if (!rows.value.has(id) && !inFlight.has(id)) missing.push(id)
    }
    if (missing.length === 0) return
    for (const id of missing) inFlight.add(id)
    const answerOf = generation.value
    try {
      const loaded = await engine.rows(currentScope, missing)
      if (answerOf !== generation.value) return
      const cache = rows.value
      for (const row of loaded) if (row) cache.set(row.id, row)
      // Oldest first out: a Map iterates in insertion order.
      while (cache.size > ROW_CACHE_LIMIT) cache.delete(cache.keys().next().value!)
      triggerRef(rows)
    } catch (error) {
      // The table asks without waiting: unsaid, the rows would stay grey placeholders.
      if (answerOf === generation.value) fail(error, `the rows ${start + 1}–${end} of the list`)
    } finally {
      for (const id of missing) inFlight.delete(id)
    }
  }

  function setFilters(next: ListFilters, options: { keepSegment?: boolean } = {}): void {
    filters.value = normaliseFilters(next)
    if (!options.keepSegment) segmentId.value = null
  }

  function patchFilters(patch: Partial<ListFilters>): void {
    setFilters({ ...filters.value, ...patch }, { keepSegment: true })
  }

  function removeFilter(key: keyof ListFilters): void {
    const next = { ...filters.value }
    delete next[key]
    setFilters(next, { keepSegment: true })
  }

  /** Exactly the customers of one import: no search, no filter, no segment, no store narrows them. */
  function showImport(shown: ImportShown): void {
    setFilters({})
    search.value = ''
    importShown.value = shown
  }

  function clearImport(): void {
    importShown.value = null
  }

  /** Every customer the search finds: filters, segment, store and import set aside. */
  function widenToAll(): void {
    setFilters({})
    importShown.value = null
  }

  function applySegment(id: Id, segmentFilters: ListFilters): void {
    filters.value = normaliseFilters(segmentFilters)
    segmentId.value = id
  }

  function setSort(next: ListSort): void {
    layout.setSort(next)
  }

  /** Clicking a header: a new column sorts descending for figures and dates, ascending for text; again flips it. */
  function sortBy(column: ListSort['column'], firstDirection: ListSort['direction']): void {
    const current = sort.value
    setSort(current.column === column ? { column, direction: current.direction === 'asc' ? 'desc' : 'asc' } : { column, direction: firstDirection })
  }

  /**
   * The figures the list shows, for an export or printout of it: undefined without a store
   * selection (the customer row's own figures are the list's then).
   */
  function scopedFigures(): ScopedFigures | undefined {
    const current = scope.value
    if (!current || current.kind === 'all') return undefined
    return {
      currency: current.currency,
      of: async (ids) => new Map((await engine.rows(current, ids)).flatMap((row) => (row ? [[row.id, row.metrics] as const] : [])))
    }
  }

  return {
    filters,
    sort,
    scopedFigures,
    segmentId,
    importShown,
    searchText,
    answeredSearch,
    status,
    problem,
    failure,
    scope,
    firstRows,
    ordered,
    knownTotal,
    plan,
    total,
    rowCount,
    generation,
    changedBy,
    answerMs,
    rows,
    refresh,
    allIds,
    idAt,
    rowAt,
    ensureRows,
    setFilters,
    patchFilters,
    removeFilter,
    applySegment,
    showImport,
    clearImport,
    widenToAll,
    setSort,
    sortBy
  }
})
