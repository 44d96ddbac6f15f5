import type { EpochMs, Id } from '@shared/domain/types'
import type { JobOptions } from '@shared/jobs/job'
import type { RegularsDatabase } from '../schema'
import { figureTables, recomputeCustomerFigures } from './recompute'

/**
 * Figures count only what has happened, so a customer's stored figures go stale on their own
 * when an upcoming order's time comes (a booking of today 11:00 is money spent at 11:00).
 * `figuresDue` names those customers and when (`dueAt`, indexed); this brings them up to date:
 * one key range read, then the due customers recomputed a few per transaction, so a desk's
 * visit or search never waits behind it. The app runs it at start and every minute
 * (`keepFiguresCurrent`); the checker agrees with the stored figures once it has run for the
 * time it checks at.
 */

const CUSTOMERS_PER_TRANSACTION = 50

/** Customers whose figures change at or before `now` and have not been brought up to date yet. */
export async function customersWithDueFigures(db: RegularsDatabase, now: EpochMs, limit = Infinity): Promise<Id[]> {
  return (await dueBy(db, now).limit(limit).primaryKeys()) as Id[]
}

/** How many customers' figures change at or before `now` (a count of one key range). */
export function countDueFigures(db: RegularsDatabase, now: EpochMs): Promise<number> {
  return dueBy(db, now).count()
}

function dueBy(db: RegularsDatabase, now: EpochMs) {
  return db.figuresDue.where('dueAt').belowOrEqual(now)
}

type AppliedListener = (customerIds: ReadonlySet<Id>) => void

/** Per database: a restore brings its new database's figures up to date too, and the app's screens must not hear of those. */
const appliedListeners = new WeakMap<RegularsDatabase, Set<AppliedListener>>()

/**
 * Calls `listener` with the customers of `db` whose figures a due pass just brought up to
 * date (after its transaction committed), so a screen showing one of them reads it again:
 * nobody edited anything, yet the open card's figures changed. Returns the unsubscribe.
 */
export function onDueFiguresApplied(db: RegularsDatabase, listener: AppliedListener): () => void {
  const listeners = appliedListeners.get(db) ?? new Set<AppliedListener>()
  appliedListeners.set(db, listeners)
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Recomputes every customer due at `now`; returns how many. */
export async function applyDueFigures(db: RegularsDatabase, now: EpochMs = Date.now(), options: JobOptions = {}): Promise<number> {
  let done = 0
  for (;;) {
    if (options.signal?.aborted) return done
    const ids = await customersWithDueFigures(db, now, CUSTOMERS_PER_TRANSACTION)
    if (ids.length === 0) return done
    await db.transaction('rw', figureTables(db), async () => {
      for (const id of ids) await recomputeCustomerFigures(db, id, now)
    })
    const applied = new Set(ids)
    for (const listener of appliedListeners.get(db) ?? []) listener(applied)
    done += ids.length
    options.onProgress?.({ done })
  }
}

/**
 * Keeps stored figures current while the app runs: a pass now, then one each minute (a
 * booking's time is in minutes; the list's "not seen for N days" in days). Returns a stop
 * function. A failed pass (e.g. the database closing) is retried at the next tick.
 */
export function keepFiguresCurrent(db: RegularsDatabase, options: { everyMs?: number; onApplied?: (customers: number) => void } = {}): () => void {
  let stopped = false
  let timer: ReturnType<typeof setTimeout> | undefined
  const tick = async () => {
    try {
      const applied = await applyDueFigures(db, Date.now())
      if (applied > 0) options.onApplied?.(applied)
    } catch (error) {
      console.warn('Bringing due figures up to date failed; retrying in a minute', error)
    }
    if (!stopped) timer = setTimeout(tick, options.everyMs ?? 60_000)
  }
  void tick()
  return () => {
    stopped = true
    if (timer) clearTimeout(timer)
  }
}
