import { orderChanges, type OrderEditPatch } from '@shared/domain/order-changes'
import type { Id, Order } from '@shared/domain/types'
import { AppError } from '@shared/errors'
import { dataErrors } from '../errors'
import type { RegularsDatabase } from '../schema'
import { appendAudit } from './audit'
import type { ActorOptions } from './audited-actions'
import { updateOrder } from './orders'
import { figureTables } from './recompute'

/**
 * The desk's edit of a saved visit, order or booking (value, items, tip, staff, status, store,
 * notes, time…). In one transaction: the order is rewritten, the edit is appended to the
 * order's own history (`edits`: when, who, each field before → after), a new status joins the
 * status history as any status change does, the customer's figures are recomputed, and the
 * audit log gets one `order-edit` entry naming the same changes. An edit that changes nothing
 * writes nothing. Refused for an erased customer (nothing is added to such a record) and,
 * like any write, when it would leave a visit with nothing sold.
 */
export async function editOrder(db: RegularsDatabase, id: Id, patch: OrderEditPatch, actor: ActorOptions): Promise<Order> {
  const now = actor.now ?? Date.now()
  return db.transaction('rw', [...figureTables(db), db.audit], async () => {
    const current = await db.orders.get(id)
    if (!current) throw new AppError(dataErrors.orderNotFound, `Order ${id} not found`)
    const customer = await db.customers.get(current.customerId)
    if (!customer) throw new AppError(dataErrors.customerNotFound, `Customer ${current.customerId} not found`)
    if (customer.erased) throw new AppError(dataErrors.customerErased, `Customer ${current.customerId} is erased`)

    const changes = orderChanges(current, { ...current, ...patch })
    if (changes.length === 0) return current
    const edit = { at: now, staffName: actor.staffName, changes }
    const statusChanged = patch.status !== undefined && patch.status !== current.status
    const next = await updateOrder(db, id, {
      ...patch,
      ...(statusChanged ? { statusHistory: [...current.statusHistory, { status: patch.status!, at: now, staffName: actor.staffName }] } : {}),
      edits: [...(current.edits ?? []), edit]
    })
    // The currency says how to read the amounts among the changes.
    const currency = (await db.stores.get(next.storeId))?.currency
    await appendAudit(db, { action: 'order-edit', staffName: actor.staffName, customerIds: [current.customerId], at: now, details: { orderId: id, currency, changes } })
    return next
  })
}
