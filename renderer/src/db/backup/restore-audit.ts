import type { AuditEntry, EpochMs, Id } from '@shared/domain/types'
import { actingName, takeUsedApproval } from '../access/session'
import { appendAudit } from '../repositories/audit'
import { getDataSettings } from '../repositories/settings'
import type { RegularsDatabase } from '../schema'

const ENTRIES_PER_TRANSACTION = 200

/** What the "Restore" entry records; `createdAt` is when the backup was made. */
export interface RestoreAuditDetails extends Record<string, unknown> {
  createdAt: EpochMs
}

/**
 * The restored database's log: the backup's own entries, then those this desk wrote after the
 * backup was made (a restore rewinds the data, not the record of who exported, printed or erased
 * what in the meantime), then the "Restore" entry. That entry goes into the restored database (the
 * log travels with the data it describes), yet names who restored at this desk and who approved
 * it: the current database's session knows them, while nobody is signed in to the restored one
 * until the page reloads.
 */
export async function appendRestoreAudit(current: RegularsDatabase, restored: RegularsDatabase, details: RestoreAuditDetails): Promise<void> {
  const carried = await carryEntriesSince(current, restored, details.createdAt)
  const staffName = actingName(current, (await getDataSettings(current)).staffName)
  const approvedBy = takeUsedApproval(current)
  // The customers it brought back, as the log's count (an entry names no ids for a whole base).
  const customerCount = await restored.customers.count()
  await appendAudit(restored, { action: 'restore', staffName, ...(approvedBy ? { approvedBy } : {}), customerIds: [], customerCount, details: { ...details, carriedEntries: carried } })
}

/**
 * Copies the current log's entries made after `since` into the restored log, oldest first, a
 * few hundred per transaction. They can no longer be undone there: an undo's bookkeeping names
 * rows of the data the restore replaced.
 */
async function carryEntriesSince(current: RegularsDatabase, restored: RegularsDatabase, since: EpochMs): Promise<number> {
  const ids = (await current.audit.where('at').above(since).primaryKeys()) as Id[]
  for (let start = 0; start < ids.length; start += ENTRIES_PER_TRANSACTION) {
    const entries = (await current.audit.bulkGet(ids.slice(start, start + ENTRIES_PER_TRANSACTION))).filter((entry): entry is AuditEntry => entry !== undefined)
    await restored.audit.bulkAdd(entries.map(({ id: _id, ...entry }) => ({ ...entry, undoable: 0 })))
  }
  return ids.length
}
