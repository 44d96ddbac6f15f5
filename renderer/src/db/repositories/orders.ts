import { isEmptySale } from '@shared/domain/empty-order'
import { orderInputSchema, type OrderInput } from '@shared/domain/schemas'
import type { Id, Order, OrderStatus } from '@shared/domain/types'
import { AppError } from '@shared/errors'
import { dataErrors, parseOrThrow } from '../errors'
import type { RegularsDatabase } from '../schema'
import { actingName, sessionOf } from '../access/session'
import { orderRefusalFor } from './blocking'
import { figureTables, recomputeCustomerFigures } from './recompute'

/**
 * Every order write goes through here: it writes the order and recomputes that customer's
 * stored metrics, storeIds and per-store stats in the same transaction (strict durability),
 * so a list sorted by total value is never out of step with the card's history. A visit or
 * order with nothing sold (shared/domain/empty-order.ts) is refused with `data.order-empty`:
 * it would count as a visit of 0.00.
 */

export interface AddOrderOptions {
  /**
   * History brought in from elsewhere (import, merge) may belong to a customer who is blocked
   * now; the desk's "new order/booking" never sets this.
   */
  allowBlocked?: boolean
}

export async function addOrder(db: RegularsDatabase, customerId: Id, input: OrderInput, options: AddOrderOptions = {}): Promise<Id> {
  const valid = parseOrThrow(orderInputSchema, input)
  if (isEmptySale(valid)) throw new AppError(dataErrors.orderEmpty, 'A visit or order needs an item or a value')
  return db.transaction('rw', figureTables(db), async () => {
    const customer = await db.customers.get(customerId)
    if (!customer) throw new AppError(dataErrors.customerNotFound, `Customer ${customerId} not found`)
    if (customer.erased) throw new AppError(dataErrors.customerErased, `Customer ${customerId} is erased`)
    if (!options.allowBlocked) {
      // A block follows the person: a record sharing a phone or e-mail with a blocked one is refused too, or a blocked person could come back as a new record.
      const refusal = await orderRefusalFor(db, customer)
      if (refusal) throw new AppError(dataErrors.customerBlocked, `Customer ${customerId}: orders are refused`, refusal)
    }
    if (!(await db.stores.get(valid.storeId))) throw new AppError(dataErrors.storeNotFound, `Store ${valid.storeId} not found`)
    const id = (await db.orders.add({ ...valid, customerId } as Order)) as Id
    await recomputeCustomerFigures(db, customerId)
    return id
  })
}

/** Order fields that may change; moving an order to another customer is a merge's job. */
export type OrderPatch = Partial<OrderInput>

export async function updateOrder(db: RegularsDatabase, id: Id, patch: OrderPatch): Promise<Order> {
  return db.transaction('rw', figureTables(db), async () => {
    const current = await db.orders.get(id)
    if (!current) throw new AppError(dataErrors.orderNotFound, `Order ${id} not found`)
    const { id: _id, customerId, ...rest } = withoutAbsentFields({ ...current, ...patch })
    const valid = parseOrThrow(orderInputSchema, rest)
    // Only a change that empties it is refused: an old empty visit can still be moved on.
    if (isEmptySale(valid) && !isEmptySale(current)) throw new AppError(dataErrors.orderEmpty, `Order ${id} would be empty`)
    if (patch.storeId !== undefined && !(await db.stores.get(valid.storeId))) {
      throw new AppError(dataErrors.storeNotFound, `Store ${valid.storeId} not found`)
    }
    const next: Order = { ...valid, id, customerId }
    await db.orders.put(next)
    await recomputeCustomerFigures(db, customerId)
    return next
  })
}

/** A patch's `undefined` removes an optional field (a discount no longer applied). */
function withoutAbsentFields(order: Order): Order {
  return Object.fromEntries(Object.entries(order).filter(([, value]) => value !== undefined)) as unknown as Order
}

/** Moves an order to a new status, appending it to the status history. */
export async function changeOrderStatus(db: RegularsDatabase, id: Id, status: OrderStatus, at: number, staffName?: string): Promise<Order> {
  return db.transaction('rw', figureTables(db), async () => {
    const current = await db.orders.get(id)
    if (!current) throw new AppError(dataErrors.orderNotFound, `Order ${id} not found`)
    // The signed-in person changed it, whoever the caller names (a name was all there was before staff).
    const by = staffName === undefined ? (sessionOf(db).staffName ?? undefined) : actingName(db, staffName)
    const change = by === undefined ? { status, at } : { status, at, staffName: by }
    return updateOrder(db, id, { status, statusHistory: [...current.statusHistory, change] })
  })
}

export async function deleteOrder(db: RegularsDatabase, id: Id): Promise<void> {
  await db.transaction('rw', figureTables(db), async () => {
    const current = await db.orders.get(id)
    if (!current) throw new AppError(dataErrors.orderNotFound, `Order ${id} not found`)
    await db.orders.delete(id)
    await recomputeCustomerFigures(db, current.customerId)
  })
}

export function getOrder(db: RegularsDatabase, id: Id): Promise<Order | undefined> {
  return db.orders.get(id)
}
