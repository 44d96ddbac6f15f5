import type { Customer, Id } from '@shared/domain/types'
import type { ListQuery } from '@shared/list/list-query'
import type { RuleDraft } from '@shared/rules/rule'

/**
 * What the benchmark reaches inside the page (renderer/src/test-entries/bench-page-entry.ts, bundled
 * and evaluated by tests/bench/harness/page-bundle.ts). Pure types, here so both the page
 * side and the Node side can name them (like shared/demo/probe-api.ts). Every figure is timed inside the page
 * with performance.now(), so no DevTools round-trip is in it.
 */
export interface DemoLoadFigures {
  customers: number
  orders: number
  ms: number
}

export interface SearchTiming {
  ms: number
  /** Ids on the first page. */
  ids: Id[]
}

export interface ScanTiming {
  ms: number
  /** Every matching id, ascending. */
  ids: Id[]
}

/** What a user does, done inside the page (a DOM event, as the browser would dispatch it). */
export type UiAction =
  | { kind: 'click'; selector: string }
  /** Sets an input's value and fires `input`, as a keystroke does for v-model. */
  | { kind: 'type'; selector: string; text: string }
  /** Changes the hash route (the app uses hash history). */
  | { kind: 'navigate'; hash: string }
  /** Scrolls an element to a fraction of its scroll height (0 = top, 1 = end). */
  | { kind: 'scroll'; selector: string; fraction: number }

/** When the result is on screen (checked after every DOM mutation). */
export type UiDone =
  /** An element matching the selector exists. */
  | { kind: 'present'; selector: string }
  /** No element matches the selector. */
  | { kind: 'absent'; selector: string }
  /** The first element matching the selector has another text than before the action. */
  | { kind: 'text-changed'; selector: string }
  /** The first element matching the selector has another value of the attribute than before the action. */
  | { kind: 'attribute-changed'; selector: string; attribute: string }
  | { kind: 'all'; of: UiDone[] }

export interface BenchPage {
  /**
   * Time from the action to the first animation frame after `done` holds (checked on every
   * DOM mutation): the result is in the page and about to be painted. Rejects after timeoutMs.
   */
  timeUi(action: UiAction, done: UiDone, timeoutMs?: number): Promise<number>
  /** Recomputes the customers whose upcoming orders' time has come (the app does it at start and each minute). */
  applyDueFigures(): Promise<{ customers: number; ms: number }>
  /** The data layer's demo loader into the app's (empty) database; progress in `progress`. */
  loadDemo(options: { customers: number; orders: number; seed: number; now: number }): Promise<DemoLoadFigures>
  progress: { customersDone: number; ordersDone: number } | null
  /**
   * The backup's baseline: every table read in key-range chunks of `chunkRows` with bare Dexie,
   * each chunk as JSON handed to the Node binding `sink` (which appends it to a file).
   */
  bareBackupRead(chunkRows: number, sink: string): Promise<{ ms: number; rows: number; chars: number }>
  /**
   * The restore's baseline: the same rows read in chunks, bulk-added by bare Dexie into a scratch
   * database with the app's schema (only the bulkAdd calls are timed), then deleted.
   */
  bareBulkAddCopy(chunkRows: number): Promise<{ ms: number; rows: number }>
  /** The same generated rows bulk-added into a scratch database with primary keys only, then deleted. */
  loadDemoBare(options: { customers: number; orders: number; seed: number; now: number }): Promise<DemoLoadFigures>
  counts(): Promise<{ customers: number; orders: number }>
  customers(ids: Id[]): Promise<(Customer | undefined)[]>
  /** The stores (a handful of rows). */
  stores(): Promise<{ id: Id; name: string; currency: string }[]>
  /** The highest customer id (the customer added last). */
  newestCustomerId(): Promise<Id>
  /**
   * Baseline of opening a card: the bare Dexie reads of what it first shows — the customer row,
   * its per-store stats and the newest `pageSize` orders by the [customerId+at] index.
   */
  bareCardReads(customerId: Id, pageSize: number): Promise<{ ms: number; orders: number }>
  /**
   * Baseline of adding a visit: one order row added with Dexie in a strict transaction (no
   * metrics, no UI), then removed again untimed.
   */
  bareOrderAdd(customerId: Id): Promise<{ ms: number }>
  /**
   * From now on, every `regulars:list-rows` mark (the list's new rows are in the DOM) also
   * records when the frame after it was painted; `takeListPaints` returns and forgets them.
   */
  trackListPaints(): void
  takeListPaints(): { markAt: number; paintedAt: number }[]
  /** Resolves once nothing in the page has changed for `quietMs` (at most `maxMs`): the previous action has settled. */
  settle(quietMs: number, maxMs: number): Promise<void>
  /**
   * Baseline of a list page: `size` rows in an index's order read with bare Dexie, after
   * skipping `offset` rows the naive way (`offset()`, which the list never uses).
   */
  bareListPage(options: { index: string; direction: 'asc' | 'desc'; offset: number; size: number }): Promise<{ ms: number; rows: number }>
  /** Baseline of a store switch: a store's first page by its per-store stats index, then those customers' rows. */
  bareStorePage(storeId: Id, size: number): Promise<{ ms: number; rows: number }>
  /** Baseline of a filter: the rows of one indexed value read with bare Dexie, sorted in memory, first `size` kept. */
  bareFilterPage(options: { index: string; value: number; sortBy: string; size: number }): Promise<{ ms: number; rows: number }>
  /** The quick search as the data layer answers it: ids of the first page, then their rows. */
  searchFirstPage(query: string, pageSize: number): Promise<SearchTiming>
  /**
   * Signs the page's own data-layer session in as the benchmark's owner or its front-desk person
   * limited to `storeId` (both made through the data layer on first use, in the run's copy).
   * The app's own session is another: these figures are the data layer's, not the screen's.
   */
  signInAs(person: 'owner' | 'one-store', storeId: Id): Promise<void>
  /** Removes the benchmark's people, so the app and later measures find the base open, as loaded. */
  forgetBenchStaff(): Promise<void>
  /** The quick search through the door (`@renderer/db`'s scoped search and rows), as the signed-in person sees it. */
  scopedSearchFirstPage(query: string, pageSize: number): Promise<SearchTiming>
  /**
   * The list engine's first page for the signed-in person, on a fresh engine (nothing cached):
   * `ms` until the first rows (the complete answer is abandoned).
   */
  engineFirstPage(query: ListQuery, pageSize: number): Promise<{ ms: number; rows: number; plan: string }>
  /**
   * The same on the person's long-lived engine (made on first use, when it answers the default
   * view and its count untimed, as the list does on opening): what a new query costs the desk
   * once the list is open. `person` must be the one signed in.
   */
  warmEngineFirstPage(person: 'owner' | 'one-store', query: ListQuery, pageSize: number): Promise<{ ms: number; countMs: number; rows: number; total: number; plan: string }>
  /** Every id the index search finds (not timed: used to check the baselines agree). */
  searchAll(query: string): Promise<Id[]>
  /** Baseline: a naive Dexie filter() over the whole customers table with the same match rule. */
  scanWithDexieFilter(query: string): Promise<ScanTiming>
  /** Reads every customer's tokens into memory once (not part of any timed figure). */
  prepareInMemory(): Promise<{ rows: number; ms: number }>
  /** Baseline: the same match rule over the prepared in-memory array. */
  scanInMemory(query: string): Promise<ScanTiming>
  /** Releases the in-memory array. */
  dropInMemory(): void
  /** Baseline of a rules pass: every customer row read once with bare Dexie, in primary-key chunks of `chunkRows`. */
  bareCustomerChunks(chunkRows: number): Promise<{ ms: number; rows: number }>
  /**
   * Starts one rules pass over every customer with the data layer's own code (runRulesPass,
   * yielding a macrotask between chunks): first, untimed, saves `rule` or deletes every rule.
   * `finishRulesPass` waits for it; the pass alone is timed.
   */
  startRulesPass(options: { rule?: RuleDraft; deleteRules?: boolean; chunkRows: number }): void
  finishRulesPass(): Promise<RulesPassFigures>
  /**
   * The write floor of a pass: the customers the last rules pass changed (its audit entry's
   * ids), each read and put back unchanged with bare Dexie, `batchRows` per read-write
   * transaction — the same IndexedDB work (the row and every index entry) without any rule.
   */
  bareRewriteOfLastPass(batchRows: number): Promise<{ ms: number; rawMs: number; rows: number }>
  /** Audit entries of one action (the app's own rules pass writes one when it ends). */
  auditCount(action: string): Promise<number>
  close(): void
}

export interface RulesPassFigures {
  ms: number
  customers: number
  changed: number
}
