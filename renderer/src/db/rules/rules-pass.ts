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

const DEFAULT_CHUNK = 1000

/**
 * Every customer against the rules in force, in primary-key chunks: a chunk is read and its
 * changed rows written in one short transaction (a visit saved meanwhile is never overwritten
 * with an older row), a chunk that changes nothing is only read — and commits nothing, so the
 * list keeps what it has in memory. Between chunks the desk goes first. Cancel keeps the
 * chunks done (each customer's row is whole either way) and says so in the one audit entry,
 * which counts what the pass looked at and changed.
 */
export async function runRulesPass(db: RegularsDatabase, options: RulesPassOptions): Promise<RulesPassResult> {
  const now = options.now ?? Date.now()
  const size = options.chunkSize ?? DEFAULT_CHUNK
  const rules = await rulesInForce(db)
  const total = await db.customers.count()
  const result: RulesPassResult = { customers: 0, changed: 0, cancelled: false }
  const changedIds: Id[] = []
  options.onProgress?.({ done: 0, total })
  let after = 0
  for (;;) {
    if (options.signal?.aborted) {
      result.cancelled = true
      break
    }
    const chunk = await passChunk(db, rules, after, size, now)
    if (chunk.read === 0) break
    after = chunk.lastId
    result.customers += chunk.read
    result.changed += chunk.changed.length
    for (const id of chunk.changed) changedIds.push(id)
    options.onProgress?.({ done: result.customers, total, counts: { changed: result.changed } })
    await (options.betweenChunks ?? nextTask)()
  }
  await appendAudit(db, {
    action: 'rules-pass',
    staffName: THIS_PC,
    customerIds: changedIds,
    at: now,
    details: { reason: options.reason, customers: result.customers, changed: result.changed, cancelled: result.cancelled, rules: rules.filter((rule) => rule.enabled).length }
  })
  return result
}

async function passChunk(db: RegularsDatabase, rules: readonly Rule[], after: Id, size: number, now: EpochMs): Promise<{ read: number; lastId: Id; changed: Id[] }> {
  // Read first without holding the customers for writing: most chunks change nothing.
  const rows = await db.customers.where(':id').above(after).limit(size).toArray()
  if (rows.length === 0) return { read: 0, lastId: after, changed: [] }
  const lastId = rows[rows.length - 1]!.id!
  const changing = rows.filter((row) => withRulesApplied(row, rules, now) !== row).map((row) => row.id!)
  if (changing.length === 0) return { read: rows.length, lastId, changed: [] }
  const changed = await db.transaction('rw', db.customers, async () => {
    // Read again inside the write: a desk write since the read above is kept, with the rules applied to it.
    const fresh = await db.customers.bulkGet(changing)
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
  return { read: rows.length, lastId, changed }
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}
