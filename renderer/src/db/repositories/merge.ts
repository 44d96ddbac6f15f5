import Dexie from 'dexie'
import { deriveCustomerFields } from '@shared/domain/customer'
import { customerProfileSchema } from '@shared/domain/schemas'
import {
  fieldsAfterUndo,
  mergedFields,
  mergedProfile,
  pickMergedFields,
  type MergeChoices,
  type MergedFields
} from '@shared/domain/merge'
import type { AuditEntry, Customer, Id } from '@shared/domain/types'
import { AppError } from '@shared/errors'
import { dataErrors, parseOrThrow } from '../errors'
import type { RegularsDatabase } from '../schema'
import { appendAudit } from './audit'
import type { ActorOptions } from './audited-actions'
import { figureTables, recomputeCustomerFigures } from './recompute'

/**
 * Merging two records of one person (PRODUCT.md F13): the kept record takes the
 * chosen field values, the other record's orders and consent history move to it, the other
 * record goes, and the kept record's metrics are recomputed — all in one transaction. The
 * audit entry names both ids and how much moved; what undo needs (both records as they were,
 * which orders and consent events moved) is kept beside it in the settings table under
 * `merge-undo:<audit id>`, so the audit log stays short and shows no personal data. That
 * snapshot is personal data: erasing or deleting either person drops it (`dropMergeUndo`),
 * and the entry is no longer undoable.
 */

export const mergeErrors = {
  sameCustomer: 'merge.same-customer',
  erased: 'merge.erased',
  undoKeptMissing: 'merge.undo-kept-missing',
  undoOtherExists: 'merge.undo-other-exists',
  undoUnavailable: 'merge.undo-unavailable'
} as const

/** What undo needs, kept in settings under `mergeUndoKey(auditId)`. */
export interface MergeUndoRecord {
  /** The kept record's merge fields before the merge, and as the merge wrote them. */
  keptBefore: MergedFields
  keptWritten: MergedFields
  /** The other record as it was (its id is restored on undo). */
  other: Customer
  movedOrderIds: Id[]
  movedConsentEventIds: Id[]
}

/** A merge entry's `details` (no personal data: ids and counts). */
export interface MergeDetails {
  keptId: Id
  otherId: Id
  /** Visits and orders that moved to the kept record. */
  orders: number
  consentEvents: number
}

export const MERGE_UNDO_PREFIX = 'merge-undo:'

export function mergeUndoKey(auditId: Id): string {
  return `${MERGE_UNDO_PREFIX}${auditId}`
}

export interface MergeResult {
  auditId: Id
  movedOrders: number
  movedConsentEvents: number
}

function mergeTables(db: RegularsDatabase) {
  return [...figureTables(db), db.consentEvents, db.audit]
}
// figureTables includes settings (the main currency), where the undo snapshot goes too.

function customerRange(id: Id): [[Id, unknown], [Id, unknown]] {
  return [
    [id, Dexie.minKey],
    [id, Dexie.maxKey]
  ]
}

export async function mergeCustomers(
  db: RegularsDatabase,
  input: { keptId: Id; otherId: Id; choices: MergeChoices } & ActorOptions
): Promise<MergeResult> {
  const { keptId, otherId, choices } = input
  if (keptId === otherId) throw new AppError(mergeErrors.sameCustomer, 'A customer cannot be merged with itself')
  const now = input.now ?? Date.now()
  return db.transaction('rw', mergeTables(db), async () => {
    const [kept, other] = await db.customers.bulkGet([keptId, otherId])
    if (!kept) throw new AppError(dataErrors.customerNotFound, `Customer ${keptId} not found`)
    if (!other) throw new AppError(dataErrors.customerNotFound, `Customer ${otherId} not found`)
    if (kept.erased || other.erased) throw new AppError(mergeErrors.erased, 'An erased customer cannot be merged')

    const written = mergedFields(kept, other, choices)
    parseOrThrow(customerProfileSchema, mergedProfile(kept, written))

    const [from, to] = customerRange(otherId)
    const movedOrderIds = (await db.orders.where('[customerId+at]').between(from, to).primaryKeys()) as Id[]
    const movedConsentEventIds = (await db.consentEvents.where('[customerId+at]').between(from, to).primaryKeys()) as Id[]
    await db.orders.where('[customerId+at]').between(from, to).modify({ customerId: keptId })
    await db.consentEvents.where('[customerId+at]').between(from, to).modify({ customerId: keptId })

    const next = { ...kept, ...written, updatedAt: now }
    await db.customers.put({ ...next, ...deriveCustomerFields(next) })
    await db.customerStoreStats.where('[customerId+storeId]').between(from, to).delete()
    await db.customers.delete(otherId)
    await db.openBookings.delete(otherId)
    await db.figuresDue.delete(otherId)
    await recomputeCustomerFigures(db, keptId)

    const details: MergeDetails = { keptId, otherId, orders: movedOrderIds.length, consentEvents: movedConsentEventIds.length }
    const auditId = await appendAudit(db, {
      action: 'merge',
      staffName: input.staffName,
      customerIds: [keptId, otherId],
      at: now,
      undoable: true,
      details: { ...details }
    })
    const undo: MergeUndoRecord = { keptBefore: pickMergedFields(kept), keptWritten: written, other, movedOrderIds, movedConsentEventIds }
    await db.settings.put({ key: mergeUndoKey(auditId), value: undo })
    return { auditId, movedOrders: movedOrderIds.length, movedConsentEvents: movedConsentEventIds.length }
  })
}

/**
 * Undoes a merge: the other record comes back with its id, the orders and consent events that
 * moved go back to it (those still on the kept record; ones deleted since stay deleted), and
 * each of the kept record's fields returns to its value before the merge unless the desk has
 * changed it since. Orders and consents recorded on the kept record after the merge stay
 * there. Refused when the kept record is gone or erased (its snapshot is then dropped).
 */
export async function undoMerge(db: RegularsDatabase, entry: AuditEntry, actor: ActorOptions): Promise<void> {
  const details = entry.details as unknown as MergeDetails
  if (entry.action !== 'merge' || entry.id === undefined) throw new AppError(mergeErrors.undoUnavailable, 'This merge cannot be undone')
  const auditId = entry.id
  const now = actor.now ?? Date.now()
  await db.transaction('rw', mergeTables(db), async () => {
    const undo = (await db.settings.get(mergeUndoKey(auditId)))?.value as MergeUndoRecord | undefined
    if (!undo) throw new AppError(mergeErrors.undoUnavailable, 'This merge cannot be undone')
    const kept = await db.customers.get(details.keptId)
    if (!kept || kept.erased) throw new AppError(mergeErrors.undoKeptMissing, `Customer ${details.keptId} is gone or erased`)
    if (await db.customers.get(details.otherId)) throw new AppError(mergeErrors.undoOtherExists, `Customer ${details.otherId} exists`)

    await db.customers.add({ ...undo.other, id: details.otherId })
    const orders = await db.orders.bulkGet(undo.movedOrderIds)
    const movedBack = orders.filter((order) => order && order.customerId === details.keptId).map((order) => ({ ...order!, customerId: details.otherId }))
    if (movedBack.length > 0) await db.orders.bulkPut(movedBack)
    const events = await db.consentEvents.bulkGet(undo.movedConsentEventIds)
    const eventsBack = events.filter((event) => event && event.customerId === details.keptId).map((event) => ({ ...event!, customerId: details.otherId }))
    if (eventsBack.length > 0) await db.consentEvents.bulkPut(eventsBack)

    const restored = { ...kept, ...fieldsAfterUndo(kept, undo.keptWritten, undo.keptBefore), updatedAt: now }
    await db.customers.put({ ...restored, ...deriveCustomerFields(restored) })
    await recomputeCustomerFigures(db, details.keptId)
    await recomputeCustomerFigures(db, details.otherId)
    await db.settings.delete(mergeUndoKey(auditId))
    await appendAudit(db, {
      action: 'merge-undo',
      staffName: actor.staffName,
      customerIds: [details.keptId, details.otherId],
      at: now,
      details: { mergeAuditId: entry.id, keptId: details.keptId, otherId: details.otherId, movedBackOrders: movedBack.length }
    })
  })
}

/**
 * Drops the undo snapshots of merges that involve this customer (called when they are erased
 * or deleted): the snapshot holds their personal data, and such a merge cannot be undone
 * any more. Reads only merge entries (the `action` index). Run inside a transaction over
 * `db.audit` and `db.settings`.
 */
export async function dropMergeUndo(db: RegularsDatabase, customerId: Id): Promise<number> {
  const ids: Id[] = []
  await db.audit
    .where('action')
    .equals('merge')
    .modify((entry) => {
      if (!entry.customerIds.includes(customerId)) return
      ids.push(entry.id!)
      entry.undoable = 0
    })
  if (ids.length > 0) await db.settings.bulkDelete(ids.map(mergeUndoKey))
  return ids.length
}
