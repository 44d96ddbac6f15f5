import Dexie from 'dexie'
import type { Customer, Id } from '@shared/domain/types'
import { AppError } from '@shared/errors'
import type { JobOptions } from '@shared/jobs/job'
import { dataErrors } from '../errors'
import type { RegularsDatabase } from '../schema'
import { effectsAfterHandEdit } from '@shared/rules/hand-edits'
import { figureTables } from './recompute'

/**
 * Writes on many customers at once (the list's bulk actions), in chunks of one
 * transaction each so that 200 000 customers never sit in memory or in one transaction;
 * progress is reported after every chunk, and a signal stops between chunks. What was written
 * stays written, so a stopped run is not JobCancelled: the result says how far it got
 * (`cancelled`, `done`) and the audit entry says the same. Only category/group membership
 * changes here: tokens, sort keys and figures do not depend on it.
 */

export interface BulkOptions extends JobOptions {
  chunkSize?: number
  now?: number
}

export interface BulkResult {
  /** Customers handled (changed or already as asked). */
  done: number
  /** Customers whose row actually changed. */
  changed: number
  /** The ids handled, in the order given (for the audit log). */
  ids: Id[]
  cancelled: boolean
}

const DEFAULT_CHUNK = 500

async function inChunks(ids: readonly Id[], options: BulkOptions, write: (chunk: Id[]) => Promise<number>): Promise<BulkResult> {
  const size = options.chunkSize ?? DEFAULT_CHUNK
  const result: BulkResult = { done: 0, changed: 0, ids: [], cancelled: false }
  options.onProgress?.({ done: 0, total: ids.length })
  for (let start = 0; start < ids.length; start += size) {
    if (options.signal?.aborted) {
      result.cancelled = true
      break
    }
    const chunk = ids.slice(start, start + size)
    result.changed += await write(chunk)
    result.done += chunk.length
    result.ids.push(...chunk)
    options.onProgress?.({ done: result.done, total: ids.length })
  }
  return result
}

/** Rewrites the membership list of the chunk's customers; returns how many changed. */
async function changeMembership(db: RegularsDatabase, chunk: Id[], field: 'categoryIds' | 'groupIds', change: (current: Id[]) => Id[] | null, now: number): Promise<number> {
  return db.transaction('rw', db.customers, async () => {
    const rows = await db.customers.bulkGet(chunk)
    const changed: Customer[] = []
    for (const row of rows) {
      if (!row) continue
      const next = change(row[field])
      if (!next) continue
      const written: Customer = { ...row, [field]: next, updatedAt: now }
      // Taking off in bulk what a rule gave is an exception, as on the card.
      if (row.ruleEffects) {
        written.ruleEffects = effectsAfterHandEdit(row, written, now)
        if (written.ruleEffects === undefined) delete written.ruleEffects
      }
      changed.push(written)
    }
    if (changed.length > 0) await db.customers.bulkPut(changed)
    return changed.length
  })
}

async function requireRow(found: Promise<unknown>, id: Id, path: string): Promise<void> {
  if (!(await found)) throw new AppError(dataErrors.invalid, `${path} ${id} does not exist`, { path, code: 'not-found' })
}

export async function addCustomersToCategory(db: RegularsDatabase, ids: readonly Id[], categoryId: Id, options: BulkOptions = {}): Promise<BulkResult> {
  await requireRow(db.categories.get(categoryId), categoryId, 'categoryId')
  const now = options.now ?? Date.now()
  return inChunks(ids, options, (chunk) =>
    changeMembership(db, chunk, 'categoryIds', (current) => (current.includes(categoryId) ? null : [...current, categoryId].sort((a, b) => a - b)), now)
  )
}

export async function removeCustomersFromCategory(db: RegularsDatabase, ids: readonly Id[], categoryId: Id, options: BulkOptions = {}): Promise<BulkResult> {
  const now = options.now ?? Date.now()
  return inChunks(ids, options, (chunk) =>
    changeMembership(db, chunk, 'categoryIds', (current) => (current.includes(categoryId) ? current.filter((id) => id !== categoryId) : null), now)
  )
}

export async function addCustomersToGroup(db: RegularsDatabase, ids: readonly Id[], groupId: Id, options: BulkOptions = {}): Promise<BulkResult> {
  await requireRow(db.groups.get(groupId), groupId, 'groupId')
  const now = options.now ?? Date.now()
  return inChunks(ids, options, (chunk) =>
    changeMembership(db, chunk, 'groupIds', (current) => (current.includes(groupId) ? null : [...current, groupId].sort((a, b) => a - b)), now)
  )
}

/**
 * Deletes customers with their orders, per-store stats and consent history (like
 * deleteCustomer, a chunk per transaction). Returns how many were deleted.
 */
export async function deleteCustomers(db: RegularsDatabase, ids: readonly Id[], options: BulkOptions = {}): Promise<BulkResult> {
  return inChunks(ids, { chunkSize: 200, ...options }, async (chunk) =>
    db.transaction('rw', [...figureTables(db), db.consentEvents], async () => {
      const ranges = chunk.map((id) => [
        [id, Dexie.minKey],
        [id, Dexie.maxKey]
      ]) as [[Id, unknown], [Id, unknown]][]
      const existing = (await db.customers.bulkGet(chunk)).filter((row) => row !== undefined).length
      await db.orders.where('[customerId+at]').inAnyRange(ranges).delete()
      await db.customerStoreStats.where('[customerId+storeId]').inAnyRange(ranges).delete()
      await db.consentEvents.where('[customerId+at]').inAnyRange(ranges).delete()
      await db.openBookings.bulkDelete([...chunk])
      await db.figuresDue.bulkDelete([...chunk])
      await db.customers.bulkDelete(chunk)
      return existing
    })
  )
}
