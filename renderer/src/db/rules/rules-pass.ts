import type { Customer, EpochMs, Id } from '@shared/domain/types'
import type { JobOptions } from '@shared/jobs/job'
import type { Rule } from '@shared/rules/rule'
import type { RegularsDatabase } from '../schema'
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
/** Changed customers written per transaction (≈ ¼ s at the 4 000 rows/s a customer row with its indexes costs). */
const WRITE_BATCH = 1000

/**
 * Every customer against the rules in force, in primary-key chunks read without a write lock;
 * the customers that change are written in batches, each re-read inside its short write
 * transaction (a visit saved meanwhile is never overwritten with an older row); a pass that
 * changes nobody commits nothing, so the list keeps what it has in memory. Between chunks the
 * desk goes first. Stop keeps what was read so far done (each customer's row is whole either
 * way) and says so in the one audit entry, which counts what the pass looked at and changed.
 */
export async function runRulesPass(db: RegularsDatabase, options: RulesPassOptions): Promise<RulesPassResult> {
  const now = options.now ?? Date.now()
  const size = options.chunkSize ?? RULES_PASS_CHUNK
  const rules = await rulesInForce(db)
  const total = await db.customers.count()
  const result: RulesPassResult = { customers: 0, changed: 0, cancelled: false }
  const changedIds: Id[] = []
  let pending: Id[] = []
  const flush = async () => {
    const written = await writeChanged(db, rules, pending, now)
    result.changed += written.length
    for (const id of written) changedIds.push(id)
    pending = []
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
    // Changed rows are written a batch at a time: every commit makes the list forget what it
    // holds in memory, so a pass that changes a few rows in every chunk must not commit per chunk.
    if (pending.length >= WRITE_BATCH) await flush()
    options.onProgress?.({ done: result.customers, total, counts: { changed: result.changed + pending.length } })
    await (options.betweenChunks ?? nextTask)()
  }
  if (pending.length > 0) await flush()
  await appendAudit(db, {
    action: 'rules-pass',
    staffName: THIS_PC,
    customerIds: changedIds,
    at: now,
    details: { reason: options.reason, customers: result.customers, changed: result.changed, cancelled: result.cancelled, rules: rules.filter((rule) => rule.enabled).length }
  })
  return result
}

/** Writes the rules' result for these customers, read again inside the write: a desk write since the chunk was read is kept, with the rules applied to it. */
async function writeChanged(db: RegularsDatabase, rules: readonly Rule[], ids: readonly Id[], now: EpochMs): Promise<Id[]> {
  if (ids.length === 0) return []
  return db.transaction('rw', db.customers, async () => {
    const fresh = await db.customers.bulkGet([...ids])
    const written: Customer[] = []
    for (const row of fresh) {
      if (!row) continue
      const next = withRulesApplied(row, rules, now)
      // Not a person's edit: updatedAt stays.
      if (next !== row) written.push(next)
    }
    if (written.length > 0) await db.customers.bulkPut(written)
    return written.map((row) => row.id!)
  })
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}
