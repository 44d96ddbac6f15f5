import Dexie from 'dexie'
import { deriveCustomerFields } from '@shared/domain/customer'
import type { AuditEntry, Customer, Id } from '@shared/domain/types'
import { AppError } from '@shared/errors'
import { revertUpdate } from '@shared/import/update-plan'
import { throwIfCancelled, type JobOptions } from '@shared/jobs/job'
import { appendAudit, markAuditUndone } from '../repositories/audit'
import { figureTables } from '../repositories/recompute'
import { getDataSettings } from '../repositories/settings'
import { type RegularsDatabase } from '../schema'
import { deleteUndoRecords, loadUndoChunk } from './import-undo-store'

/**
 * "Undo this import" (from the audit log): the customers the import created are removed with
 * their consent history, and the customers it updated get back every value it replaced, minus
 * the phones, e-mails, categories and consents it added — all in one transaction, like the
 * import itself, so an interrupted undo changes nothing. What the desk did since is respected:
 * a created customer who has had a visit since is kept (and counted), a value the desk changed
 * after the import stays, an erased or deleted customer is left as they are. Categories and
 * groups the import created go too, when no customer uses them any more.
 */

export interface ImportAuditDetails {
  batchId: string
  fileName: string
  created: number
  updated: number
  createdCategoryIds?: Id[]
  createdGroupIds?: Id[]
  undoChunks: number
}

export interface ImportUndoResult {
  removed: number
  /** Created customers kept because they have visits/orders since the import. */
  keptWithVisits: number
  restored: number
  /** Updated customers left as they are: erased or deleted since. */
  leftAlone: number
}

export const importUndoErrors = {
  unavailable: 'import.undo-unavailable'
} as const

const chunkSize = 1_000

/**
 * The customers the import created that are still there and still marked with its batch
 * (the audit entry lists the created ids first; a customer merged away or deleted since is
 * gone), ascending.
 */
async function stillImportedIds(db: RegularsDatabase, createdIds: readonly Id[], batchId: string): Promise<Id[]> {
  const kept: Id[] = []
  for (let start = 0; start < createdIds.length; start += chunkSize) {
    const rows = await db.customers.bulkGet(createdIds.slice(start, start + chunkSize))
    for (const row of rows) if (row?.importBatchId === batchId) kept.push(row.id!)
  }
  return kept.sort((a, b) => a - b)
}

export async function undoImport(
  db: RegularsDatabase,
  entry: AuditEntry,
  context: JobOptions & { now?: number } = {}
): Promise<ImportUndoResult> {
  const details = entry.details as unknown as ImportAuditDetails
  if (entry.action !== 'import' || entry.id === undefined || typeof details.batchId !== 'string') {
    throw new AppError(importUndoErrors.unavailable, 'Not an import entry')
  }
  const now = context.now ?? Date.now()
  const { staffName } = await getDataSettings(db)
  const tables = [...figureTables(db), db.consentEvents, db.audit, db.categories, db.groups]
  return db.transaction('rw', tables, async () => {
    const result: ImportUndoResult = { removed: 0, keptWithVisits: 0, restored: 0, leftAlone: 0 }
    const affected: Id[] = []
    const createdIds = await stillImportedIds(db, entry.customerIds.slice(0, details.created), details.batchId)
    const total = createdIds.length + details.updated
    let done = 0
    // Cancel throws inside the transaction, which then aborts: the undo changes nothing.
    const step = (count: number) => {
      throwIfCancelled(context.signal, 'Undo cancelled')
      done += count
      context.onProgress?.({ done, total })
    }
    context.onProgress?.({ done, total })

    for (let start = 0; start < createdIds.length; start += chunkSize) {
      const ids = createdIds.slice(start, start + chunkSize)
      const low = ids[0]
      const high = ids[ids.length - 1]
      const range: [[Id, unknown], [Id, unknown]] = [[low, Dexie.minKey], [high, Dexie.maxKey]]
      const withOrders = new Set(((await db.orders.where('[customerId+at]').between(...range).keys()) as unknown as [Id, number][]).map(([customerId]) => customerId))
      const removable = new Set(ids.filter((id) => !withOrders.has(id)))
      const kept = ids.filter((id) => withOrders.has(id))
      await db.consentEvents.where('[customerId+at]').between(...range).filter((event) => removable.has(event.customerId)).delete()
      await db.customers.bulkDelete([...removable])
      affected.push(...removable)
      if (kept.length) {
        await db.customers.where(':id').anyOf(kept).modify((customer: Customer) => {
          delete customer.importBatchId
        })
      }
      result.removed += removable.size
      result.keptWithVisits += kept.length
      step(ids.length)
    }

    for (let chunk = 0; chunk < details.undoChunks; chunk++) {
      const records = await loadUndoChunk(db, details.batchId, chunk)
      const customers = await db.customers.bulkGet(records.map((record) => record.id))
      const reverted: Customer[] = []
      const eventIds: Id[] = []
      records.forEach((record, index) => {
        eventIds.push(...record.consentEventIds)
        const current = customers[index]
        if (!current || current.erased) {
          result.leftAlone++
          return
        }
        const next = { ...revertUpdate(current, record), updatedAt: now }
        reverted.push({ ...next, ...deriveCustomerFields(next) })
        affected.push(record.id)
        result.restored++
      })
      if (eventIds.length) await db.consentEvents.bulkDelete(eventIds)
      if (reverted.length) await db.customers.bulkPut(reverted)
      step(records.length)
    }

    for (const id of details.createdCategoryIds ?? []) {
      if ((await db.customers.where('categoryIds').equals(id).count()) === 0) await db.categories.delete(id)
    }
    for (const id of details.createdGroupIds ?? []) {
      if ((await db.customers.where('groupIds').equals(id).count()) === 0) await db.groups.delete(id)
    }
    await deleteUndoRecords(db, details.batchId, details.undoChunks)
    await appendAudit(db, {
      action: 'import-undo',
      staffName,
      customerIds: affected,
      at: now,
      details: { batchId: details.batchId, fileName: details.fileName, importAuditId: entry.id, ...result }
    })
    await markAuditUndone(db, entry.id!, now)
    return result
  })
}
