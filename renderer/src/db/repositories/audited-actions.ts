import Dexie from 'dexie'
import type { Customer, Id } from '@shared/domain/types'
import { AppError } from '@shared/errors'
import { dataErrors } from '../errors'
import type { RegularsDatabase } from '../schema'
import { appendAudit } from './audit'
import { deleteCustomer, setCustomerBlocked } from './customers'
import { dropMergeUndo } from './merge'
import { figureTables } from './recompute'

/**
 * Sensitive actions on one customer that the audit log records (PRODUCT.md F24), each in the
 * same transaction as the change: the log never names a block or a deletion that did not
 * happen, and never misses one that did.
 */

export interface ActorOptions {
  /** Who did it: the staff member, or "this PC" before staff exist. */
  staffName: string
  now?: number
}

/** The card's block switch: saved at once, logged as "block" or "unblock". */
export async function blockCustomer(db: RegularsDatabase, id: Id, blocked: boolean, actor: ActorOptions): Promise<Customer> {
  return db.transaction('rw', db.customers, db.audit, async () => {
    const current = await db.customers.get(id)
    if (!current) throw new AppError(dataErrors.customerNotFound, `Customer ${id} not found`)
    if (current.erased) throw new AppError(dataErrors.customerErased, `Customer ${id} is erased`)
    if (Boolean(current.blocked) === blocked) return current
    const updated = await setCustomerBlocked(db, id, blocked, { now: actor.now })
    await appendAudit(db, { action: blocked ? 'block' : 'unblock', staffName: actor.staffName, customerIds: [id], at: actor.now })
    return updated
  })
}

/**
 * Deletes a customer with their orders, per-store stats and consent history. The audit entry
 * keeps the id and how much history went with it, not the person's name: a deleted
 * customer's data should not live on in the log (a merge's undo snapshot of them is dropped too).
 */
export async function deleteCustomerAudited(db: RegularsDatabase, id: Id, actor: ActorOptions): Promise<{ orders: number }> {
  // figureTables includes settings, where merge undo snapshots live (dropped with the person).
  return db.transaction('rw', [...figureTables(db), db.consentEvents, db.audit], async () => {
    const current = await db.customers.get(id)
    if (!current) throw new AppError(dataErrors.customerNotFound, `Customer ${id} not found`)
    const orders = await db.orders.where('[customerId+at]').between([id, Dexie.minKey], [id, Dexie.maxKey]).count()
    await deleteCustomer(db, id)
    await dropMergeUndo(db, id)
    await appendAudit(db, {
      action: 'delete',
      staffName: actor.staffName,
      customerIds: [id],
      at: actor.now,
      details: { orders }
    })
    return { orders }
  })
}
