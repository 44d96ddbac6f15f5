import { RangeSet, rangesOverlap, type ObservabilitySet } from 'dexie'
import { customerTokens } from '@shared/domain/search-tokens'
import { storedTokensState } from '@shared/domain/stored-tokens'
import type { Customer, Id } from '@shared/domain/types'
import type { JobOptions } from '@shared/jobs/job'
import type { RegularsDatabase } from './schema'

/**
 * Rows written before an e-mail's domain was a search token lack those tokens ("gmail",
 * "onet.pl" find nobody there). A schema upgrade must not rewrite 200 000 rows behind a blank
 * window, so this brings them up to date in the background after start instead: the
 * customers in id order, a small chunk per transaction, a pause between chunks for the desk,
 * only rows whose tokens change written. Where it got to is kept in the settings table
 * (`MARKER_KEY`), so a quit resumes there; done, it never runs again for these rules.
 *
 * Until it is done a domain search finds the customers it has passed (and everyone created or
 * changed since, whose tokens are written current); the rest are found by name, phone and
 * e-mail start as before. The list is not refreshed by its writes (nothing it shows changes):
 * the list engine only forgets its search answers and updates the tokens of rows it keeps.
 */

/** Raised when the rules of what rows need change again: a marker of older rules starts over. */
const TOKEN_RULES = 2
export const SEARCH_TOKEN_MARKER_KEY = 'searchTokenRefresh'

interface Marker {
  rules: number
  /** The database it was written in: a restored copy (a new database) is checked again whole. */
  database: string
  /** The last customer id passed. */
  afterId: Id
  done: boolean
}

export interface SearchTokenRefreshState {
  /** Customer ids passed of the highest id (a share, not a count of customers). */
  done: number
  total: number
  finished: boolean
}

export interface SearchTokenRefreshOptions extends JobOptions {
  chunkSize?: number
  /** Between two chunks: the time left to the desk's own reads and writes. */
  pauseMs?: number
  /** Waits while the desk's queries are being answered (the list engine's `idle`). */
  idle?: () => Promise<void>
}

type Listener = (state: SearchTokenRefreshState, rewritten: ReadonlyMap<Id, string[]>) => void
const listeners = new Set<Listener>()
let latest: SearchTokenRefreshState | null = null

/** Called after each chunk committed, with the rows whose tokens it rewrote. Returns the unsubscribe. */
export function onSearchTokenRefresh(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** How far the refresh of this session got; null before it first looked. */
export function searchTokenRefreshState(): SearchTokenRefreshState | null {
  return latest
}

/**
 * True for the commit of one refresh chunk (its transaction alone writes the marker): the
 * list and a running backup need not start over for tokens that only gained a domain.
 */
export function isSearchTokenRefreshCommit(databaseName: string, parts: ObservabilitySet): boolean {
  const settings = parts[`idb://${databaseName}/settings/`]
  return settings !== undefined && rangesOverlap(settings, new RangeSet(SEARCH_TOKEN_MARKER_KEY))
}

/** Runs the refresh from where it stopped to the end (or until cancelled); returns the rows it rewrote. */
export async function refreshSearchTokens(db: RegularsDatabase, options: SearchTokenRefreshOptions = {}): Promise<{ finished: boolean; rewritten: number }> {
  const chunkSize = options.chunkSize ?? 200
  let marker = await readMarker(db)
  let rewritten = 0
  const highest = (await db.customers.orderBy(':id').reverse().limit(1).primaryKeys())[0] ?? 0
  const report = (changed: ReadonlyMap<Id, string[]>) => {
    latest = { done: marker.done ? highest : Math.min(marker.afterId, highest), total: highest, finished: marker.done }
    options.onProgress?.({ done: latest.done, total: latest.total })
    for (const listener of listeners) listener(latest, changed)
  }
  report(new Map())
  while (!marker.done) {
    if (options.signal?.aborted) return { finished: false, rewritten }
    await options.idle?.()
    const from = marker.afterId
    // Read and judged outside the write, so the desk's reads wait only for the rows written.
    const rows = await db.customers.where(':id').above(from).limit(chunkSize).toArray()
    const staleIds = rows.filter(needsDomains).map((row) => row.id!)
    const changed = await db.transaction('rw', db.customers, db.settings, async () => {
      // Read again inside the write: a row the desk changed meanwhile was written current.
      const stale = (await db.customers.bulkGet(staleIds)).filter((row): row is Customer => row !== undefined && needsDomains(row))
      const current = stale.map((row): Customer => ({ ...row, tokens: customerTokens(row) }))
      if (current.length > 0) await db.customers.bulkPut(current)
      marker = { ...marker, afterId: rows.at(-1)?.id ?? from, done: rows.length < chunkSize }
      await db.settings.put({ key: SEARCH_TOKEN_MARKER_KEY, value: marker })
      return new Map(current.map((row) => [row.id!, row.tokens]))
    })
    rewritten += changed.size
    report(changed)
    if (!marker.done && options.pauseMs) await new Promise((resolve) => setTimeout(resolve, options.pauseMs))
  }
  return { finished: true, rewritten }
}

function needsDomains(row: Customer): boolean {
  return row.emails.length > 0 && storedTokensState(row) === 'before-domains'
}

/**
 * Says every row has today's tokens: for a base that was empty before the demo loader wrote
 * its rows (its own transaction — its commit is one the list need not hear of).
 */
export async function markSearchTokensCurrent(db: RegularsDatabase): Promise<void> {
  const marker: Marker = { rules: TOKEN_RULES, database: db.name, afterId: 0, done: true }
  await db.settings.put({ key: SEARCH_TOKEN_MARKER_KEY, value: marker })
}

async function readMarker(db: RegularsDatabase): Promise<Marker> {
  const stored = (await db.settings.get(SEARCH_TOKEN_MARKER_KEY))?.value as Marker | undefined
  if (stored && stored.rules === TOKEN_RULES && stored.database === db.name) return stored
  return { rules: TOKEN_RULES, database: db.name, afterId: 0, done: false }
}

/**
 * Starts the refresh in the background a little after start (the first list comes first),
 * pausing between chunks; a failed run (the database closing) is tried again later. Returns
 * a stop function.
 */
export function keepSearchTokensRefreshed(db: RegularsDatabase, options: { idle?: () => Promise<void>; startAfterMs?: number } = {}): () => void {
  const controller = new AbortController()
  let timer: ReturnType<typeof setTimeout> | undefined
  const attempt = async () => {
    try {
      await refreshSearchTokens(db, { signal: controller.signal, pauseMs: 50, idle: options.idle })
    } catch (error) {
      console.warn('Refreshing the search tokens failed; trying again in a minute', error)
      if (!controller.signal.aborted) timer = setTimeout(() => void attempt(), 60_000)
    }
  }
  timer = setTimeout(() => void attempt(), options.startAfterMs ?? 3_000)
  return () => {
    controller.abort()
    clearTimeout(timer)
  }
}
