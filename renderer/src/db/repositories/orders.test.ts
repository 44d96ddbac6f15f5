import { beforeEach, describe, expect, it } from 'vitest'
import { emptyProfile } from '@shared/domain/customer'
import { DAY_MS } from '@shared/domain/metrics'
import { NOT_ESTIMABLE, type OrderStatus } from '@shared/domain/types'
import type { OrderInput } from '@shared/domain/schemas'
import { freshDatabaseForEachTest } from '../test-support'
import { checkDatabase } from '../checker'
import { createCustomer, setCustomerBlocked, updateCustomer } from './customers'
import { addOrder, changeOrderStatus, deleteOrder, updateOrder } from './orders'
import { createStore } from './stores'
import { visit } from './card-fixtures.test-support'

const t0 = Date.UTC(2026, 0, 5, 10)
const db = freshDatabaseForEachTest()
let pln: number
let pln2: number
let czk: number

function order(storeId: number, at: number, value: number, status: OrderStatus = 'completed', history?: OrderStatus[]): OrderInput {
  const statuses = history ?? [status]
  return visit(storeId, at, value, { status, channel: 'phone', statusHistory: statuses.map((s, i) => ({ status: s, at: at + i * 60_000 })) })
}

beforeEach(async () => {
  pln = await createStore(db, { name: 'Mokotów', currency: 'PLN' })
  pln2 = await createStore(db, { name: 'Kazimierz', currency: 'PLN' })
  czk = await createStore(db, { name: 'Vinohrady', currency: 'CZK' })
})

describe('order writes keep the stored metrics current', () => {
  it('updates the customer row and per-store stats in the same write', async () => {
    const id = await createCustomer(db, { ...emptyProfile(), firstName: 'Anna', lastName: 'Nowak' }, { now: t0 })
    await addOrder(db, id, order(pln, t0 + DAY_MS, 10_000))
    await addOrder(db, id, order(pln2, t0 + 2 * DAY_MS, 5_000))
    const czkOrder = await addOrder(db, id, order(czk, t0 + 3 * DAY_MS, 60_000))
    let customer = (await db.customers.get(id))!
    expect(customer).toMatchObject({ orderCount: 2, totalValue: 15_000, averageValue: 7_500, visits: 2, storeIds: [pln, pln2, czk] })
    expect(await db.customerStoreStats.get([id, czk])).toMatchObject({ orderCount: 1, totalValue: 60_000 })

    await deleteOrder(db, czkOrder)
    customer = (await db.customers.get(id))!
    expect(customer.storeIds).toEqual([pln, pln2])
    expect(await db.customerStoreStats.get([id, czk])).toBeUndefined()
    expect((await checkDatabase(db)).differences).toEqual([])
  })

  it('counts an order cancelled after acceptance but not one cancelled before', async () => {
    const id = await createCustomer(db, { ...emptyProfile(), firstName: 'Jan' }, { now: t0 })
    const before = await addOrder(db, id, order(pln, t0 + DAY_MS, 10_000, 'pending'))
    await changeOrderStatus(db, before, 'cancelled', t0 + DAY_MS + 1)
    expect(await db.customers.get(id)).toMatchObject({ orderCount: 0, active: 0 })
    const after = await addOrder(db, id, order(pln, t0 + 2 * DAY_MS, 20_000, 'accepted', ['pending', 'accepted']))
    await changeOrderStatus(db, after, 'cancelled', t0 + 2 * DAY_MS + 1)
    expect(await db.customers.get(id)).toMatchObject({ orderCount: 1, totalValue: 20_000, active: 1 })
    await updateOrder(db, after, { value: 25_000 })
    expect(await db.customers.get(id)).toMatchObject({ totalValue: 25_000, estimatedAnnualValue: NOT_ESTIMABLE })
    expect((await checkDatabase(db)).differences).toEqual([])
  })

  it('refuses a new order for a blocked customer and keeps nothing of it', async () => {
    const id = await createCustomer(db, { ...emptyProfile(), lastName: 'Dvořák' }, { now: t0 })
    await setCustomerBlocked(db, id, true, { now: t0 })
    await expect(addOrder(db, id, order(pln, t0, 100))).rejects.toMatchObject({ code: 'data.customer-blocked' })
    expect(await db.orders.count()).toBe(0)
    await addOrder(db, id, order(pln, t0, 100), { allowBlocked: true })
    expect(await db.customers.get(id)).toMatchObject({ orderCount: 1 })
  })

  it('refuses a visit or order with nothing sold, but keeps an empty booking and a no-show', async () => {
    const id = await createCustomer(db, { ...emptyProfile(), firstName: 'Ewa' }, { now: t0 })
    await expect(addOrder(db, id, order(pln, t0, 0))).rejects.toMatchObject({ code: 'data.order-empty' })
    await expect(addOrder(db, id, { ...order(pln, t0, 0), kind: 'order' })).rejects.toMatchObject({ code: 'data.order-empty' })
    expect(await db.orders.count()).toBe(0)
    expect(await db.customers.get(id)).toMatchObject({ orderCount: 0, visits: 0 })

    // A booking for "a haircut on Thursday" has no price yet; a no-show sold nothing; a free consultation names what happened.
    await addOrder(db, id, { ...order(pln, Date.now() + DAY_MS, 0, 'accepted'), kind: 'booking' })
    await addOrder(db, id, order(pln, t0, 0, 'no-show'))
    const free = await addOrder(db, id, { ...order(pln, t0 + 1, 0), items: [{ name: 'Consultation', quantity: 1, unitPrice: 0 }] })
    expect(await db.orders.count()).toBe(3)

    // An update that would empty a visit is refused too; the order stays as it was.
    await expect(updateOrder(db, free, { items: [] })).rejects.toMatchObject({ code: 'data.order-empty' })
    expect((await db.orders.get(free))!.items).toHaveLength(1)
    expect((await checkDatabase(db)).differences).toEqual([])
  })

  it('keeps metrics and drops tokens when a customer is erased', async () => {
    const id = await createCustomer(db, { ...emptyProfile(), firstName: 'Ольга', lastName: 'Шевченко', phones: ['+380501234567'] }, { now: t0 })
    await addOrder(db, id, order(pln, t0 + DAY_MS, 10_000))
    expect((await db.customers.get(id))!.tokens).toContain('olha')
    await updateCustomer(db, id, { firstName: '', lastName: '', phones: [], erased: 1 }, { now: t0 })
    const erased = (await db.customers.get(id))!
    expect(erased.tokens).toEqual([])
    expect(erased).toMatchObject({ orderCount: 1, totalValue: 10_000 })
    expect((await checkDatabase(db)).differences).toEqual([])
  })
})
