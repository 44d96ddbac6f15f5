import { RangeSet, rangesOverlap, type ObservabilitySet } from 'dexie'
import type { Customer, EpochMs, Id } from '@shared/domain/types'
import type { JobOptions } from '@shared/jobs/job'
import type { Rule } from '@shared/rules/rule'
import { RegularsDatabase } from '../schema'
import { appendAudit } from '../repositories/audit'
import { THIS_PC } from '../repositories/settings'
import { withRulesApplied } from './rules-apply'
import { rulesInForce } from './rules-store'

export type RulesPassReason = 'rule-change' | 'daily'

export interface RulesPassOptions extends JobOptions {
  reason: RulesPassReason
  now?: EpochMs
  chunkSize?: number
  /** Waits between chunks while the desk is working (the list engine's `idle`); a macrotask otherwise. */
  betweenChunks?: () => Promise<void>
}

export interface RulesPassResult {
  customers: number
  changed: number
  cancelled: boolean
}

// Small enough that a desk query waiting behind one chunk's read waits little (IndexedDB serves
// one request after another), large enough that the pass stays near a plain chunked read.
export const RULES_PASS_CHUNK = 500

/**
 * Changed customers are written in batches sized to hold the customers table about this long:
 * a desk query asked meanwhile waits for the write to commit. A customer row is rewritten with
 * every one of its index entries (≈ 1 ms a row at 10 000 customers, several at 200 000 on a
 * busy machine), so the batch follows the time the last one took.
 */
const WRITE_TARGET_MS = 100
const WRITE_BATCH_MIN = 20
const WRITE_BATCH_MAX = 1000

/** The settings key each write of a pass also puts: its commit is told apart from a person's write. */
export const RULES_PASS_WRITE_KEY = 'rulesPassWrite'
/**
 * Set (strictly) when a pass after a rule change starts, taken away when it ends: a pass cut
 * short by a crash or a power cut is owed, and the next start runs it (rules-daily.ts).
 */
export const RULES_PASS_OWED_KEY = 'rulesPassOwed'

type WriteListener = (rows: ReadonlyMap<Id, Customer>) => void
const writeListeners = new Set<WriteListener>()

/**
 * Called after each write of a pass commits, with the rows as written: only categories,
 * groups, the discount and the rules' notes on them changed (the list engine updates what it
 * holds instead of forgetting it). Returns the unsubscribe.
 */
export function onRulesPassWrite(listener: WriteListener): () => void {
  writeListeners.add(listener)
  return () => writeListeners.delete(listener)
}

/** True for the commit of one write of a pass (its transaction alone puts `RULES_PASS_WRITE_KEY`). */
export function isRulesPassCommit(databaseName: string, parts: ObservabilitySet): boolean {
  const settings = parts[`idb://${databaseName}/settings/`]
  return settings !== undefined && rangesOverlap(settings, new RangeSet(RULES_PASS_WRITE_KEY))
}

/**
 * Every customer against the rules in force, in primary-key chunks read without a write lock;
 * the customers that change are written in batches, each re-read inside its short write
 * transaction (a visit saved meanwhile is never overwritten with an older row); a pass that
 * changes nobody commits nothing, and the list updates the rows it holds from each write
 * instead of reading again (`onRulesPassWrite`). Before each chunk and each write the desk
 * goes first. Stop keeps what was read so far done (each customer's row is whole either
 * way) and says so in the one audit entry, which counts what the pass looked at and changed.
 */
export async function runRulesPass(db: RegularsDatabase, options: RulesPassOptions): Promise<RulesPassResult> {
  const now = options.now ?? Date.now()
  const size = options.chunkSize ?? RULES_PASS_CHUNK
  const rules = await rulesInForce(db)
  const total = await db.customers.count()
  if (options.reason === 'rule-change') await db.settings.put({ key: RULES_PASS_OWED_KEY, value: { at: now } })
  const writer = relaxedConnection(db)
  try {
    return await passOverEveryone(db, writer, rules, { ...options, now, size, total })
  } finally {
    writer.close()
  }
}

/**
 * A connection of the pass's own for its writes, committed without waiting for the disk: what
 * they write the rules work out again, and a pass a power cut interrupts is owed (its marker
 * and the audit entry at the end are written strictly, which flushes the writes before them).
 * A flushed commit costs about as much as 50 customer rows here: the pass writes in small
 * batches to keep the desk's queries moving, so it would pay that hundreds of times.
 */
function relaxedConnection(db: RegularsDatabase): RegularsDatabase {
  // The same IndexedDB as the app's connection (a test's in-memory one too).
  const { indexedDB, IDBKeyRange } = db._options as { indexedDB?: IDBFactory; IDBKeyRange?: typeof globalThis.IDBKeyRange }
  return new RegularsDatabase(db.name, { indexedDB, IDBKeyRange, durability: 'relaxed' })
}

async function passOverEveryone(
  db: RegularsDatabase,
  writer: RegularsDatabase,
  rules: readonly Rule[],
  options: RulesPassOptions & { now: EpochMs; size: number; total: number }
): Promise<RulesPassResult> {
  const { now, size, total } = options
  const result: RulesPassResult = { customers: 0, changed: 0, cancelled: false }
  const changedIds: Id[] = []
  const pending: Id[] = []
  // The first batch small: the time a row takes is not known yet, and the desk may be waiting.
  let batch = WRITE_BATCH_MIN
  const flush = async (all: boolean) => {
    while (pending.length >= (all ? 1 : batch)) {
      const ids = pending.splice(0, batch)
      const started = performance.now()
      const written = await writeChanged(writer, rules, ids, now)
      const msPerRow = (performance.now() - started) / ids.length
      batch = Math.max(WRITE_BATCH_MIN, Math.min(WRITE_BATCH_MAX, Math.round(WRITE_TARGET_MS / Math.max(msPerRow, 0.01))))
      result.changed += written.length
      for (const id of written) changedIds.push(id)
      if (!all && pending.length >= batch) await (options.betweenChunks ?? nextTask)()
    }
  }
  options.onProgress?.({ done: 0, total })
  let after = 0
  for (;;) {
    if (options.signal?.aborted) {
      result.cancelled = true
      break
    }
    // Read without holding the customers for writing: most chunks change nothing.
    const rows = await db.customers.where(':id').above(after).limit(size).toArray()
    if (rows.length === 0) break
    after = rows[rows.length - 1]!.id!
    result.customers += rows.length
    for (const row of rows) if (withRulesApplied(row, rules, now) !== row) pending.push(row.id!)
    options.onProgress?.({ done: result.customers, total, counts: { changed: result.changed + pending.length } })
    // The desk first, then the writes (a write holds the customers while it runs).
    await (options.betweenChunks ?? nextTask)()
    await flush(false)
  }
  await flush(true)
  // Stop is a person's choice: the pass is no longer owed, like one that finished.
  await db.transaction('rw', db.audit, db.settings, async () => {
    await appendAudit(db, {
      action: 'rules-pass',
      staffName: THIS_PC,
      customerIds: changedIds,
      at: now,
      details: { reason: options.reason, customers: result.customers, changed: result.changed, cancelled: result.cancelled, rules: rules.filter((rule) => rule.enabled).length }
    })
    if (options.reason === 'rule-change') await db.settings.delete(RULES_PASS_OWED_KEY)
  })
  return result
}

/** Writes the rules' result for these customers, read again inside the write: a desk write since the chunk was read is kept, with the rules applied to it. */
async function writeChanged(db: RegularsDatabase, rules: readonly Rule[], ids: readonly Id[], now: EpochMs): Promise<Id[]> {
  if (ids.length === 0) return []
  const written = await db.transaction('rw', db.customers, db.settings, async () => {
    const fresh = await db.customers.bulkGet([...ids])
    const changed: Customer[] = []
    for (const row of fresh) {
      if (!row) continue
      const next = withRulesApplied(row, rules, now)
      // Not a person's edit: updatedAt stays.
      if (next !== row) changed.push(next)
    }
    if (changed.length === 0) return changed
    await db.customers.bulkPut(changed)
    await db.settings.put({ key: RULES_PASS_WRITE_KEY, value: { at: now } })
    return changed
  })
  if (written.length > 0) {
    const rows = new Map(written.map((row) => [row.id!, row]))
    for (const listener of writeListeners) listener(rows)
  }
  return written.map((row) => row.id!)
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}
