import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DAY_MS } from '@shared/domain/metrics'
import { freshDatabase } from '../test-support'
import type { RegularsDatabase } from '../schema'
import { checkDatabase } from '../checker'
import { createCustomer } from './customers'
import { eraseCustomer } from './erase'
import { editOrder } from './order-edit'
import { addOrder } from './orders'
import { createStore } from './stores'
import { profile, t0, visit } from './card-fixtures.test-support'

let db: RegularsDatabase
let mokotow: number
let kazimierz: number
const desk = { staffName: 'Marta', now: t0 + 10 * DAY_MS }

beforeEach(async () => {
  db = await freshDatabase()
  mokotow = await createStore(db, { name: 'Mokotów', currency: 'PLN' })
  kazimierz = await createStore(db, { name: 'Kazimierz', currency: 'PLN' })
})
afterEach(() => db.close())

describe('editing a saved visit', () => {
  it('changes value, items, tip, staff, store and notes; the figures, the order’s history and the audit log follow', async () => {
    const id = await createCustomer(db, profile({ firstName: 'Anna' }), { now: t0 })
    const orderId = await addOrder(db, id, visit(mokotow, t0 + DAY_MS, 8_000, { items: [{ name: 'Cut', quantity: 1, unitPrice: 8_000 }] }))
    await addOrder(db, id, visit(mokotow, t0 + 2 * DAY_MS, 5_000))

    const edited = await editOrder(
      db,
      orderId,
      { value: 9_500, items: [{ name: 'Cut', quantity: 1, unitPrice: 8_000 }, { name: 'Wash', quantity: 1, unitPrice: 1_500 }], tip: 1_000, staffName: 'Kasia', storeId: kazimierz, notes: 'Paid by card' },
      desk
    )
    expect(edited).toMatchObject({ value: 9_500, tip: 1_000, staffName: 'Kasia', storeId: kazimierz, notes: 'Paid by card', status: 'completed' })
    expect(await db.customers.get(id)).toMatchObject({ orderCount: 2, totalValue: 14_500, tipsTotal: 1_000, storeIds: [mokotow, kazimierz] })
    expect(await db.customerStoreStats.get([id, kazimierz])).toMatchObject({ orderCount: 1, totalValue: 9_500 })

    // The order keeps what each field was before: when, who, and the change.
    expect(edited.edits).toHaveLength(1)
    expect(edited.edits![0]).toMatchObject({ at: desk.now, staffName: 'Marta' })
    expect(edited.edits![0]!.changes.map((change) => change.field)).toEqual(['storeId', 'items', 'value', 'tip', 'staffName', 'notes'])
    expect(edited.edits![0]!.changes).toContainEqual({ field: 'value', before: 8_000, after: 9_500 })
    expect(edited.edits![0]!.changes).toContainEqual({ field: 'storeId', before: mokotow, after: kazimierz })

    // One audit entry per edit, naming the same changes.
    const entries = await db.audit.where('action').equals('order-edit').toArray()
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ staffName: 'Marta', customerIds: [id], at: desk.now, details: { orderId } })
    expect(entries[0]!.details['changes']).toEqual(edited.edits![0]!.changes)
    expect((await checkDatabase(db)).differences).toEqual([])
  })

  it('records a new status in the status history; an edit that changes nothing writes nothing', async () => {
    const id = await createCustomer(db, profile({ firstName: 'Olga' }), { now: t0 })
    const orderId = await addOrder(db, id, visit(mokotow, t0 + DAY_MS, 6_000))
    const noShow = await editOrder(db, orderId, { status: 'no-show' }, desk)
    expect(noShow.statusHistory.map((change) => change.status)).toEqual(['completed', 'no-show'])
    expect(noShow.statusHistory.at(-1)).toEqual({ status: 'no-show', at: desk.now, staffName: 'Marta' })
    expect(await db.customers.get(id)).toMatchObject({ visits: 0, noShows: 1 })

    const again = await editOrder(db, orderId, { status: 'no-show', value: 6_000 }, { ...desk, now: desk.now + 1 })
    expect(again.edits).toHaveLength(1)
    expect(await db.audit.where('action').equals('order-edit').count()).toBe(1)
    expect((await checkDatabase(db)).differences).toEqual([])
  })

  it('applies and removes a discount; refuses to empty a visit and to touch an erased customer’s orders', async () => {
    const id = await createCustomer(db, profile({ firstName: 'Iga', discountPercent: 10 }), { now: t0 })
    const orderId = await addOrder(db, id, visit(mokotow, t0 + DAY_MS, 10_000))
    const discounted = await editOrder(db, orderId, { value: 9_000, discount: { percent: 10, amount: 1_000 } }, desk)
    expect(discounted.discount).toEqual({ percent: 10, amount: 1_000 })
    const plain = await editOrder(db, orderId, { value: 10_000, discount: undefined }, desk)
    expect('discount' in plain).toBe(false)
    expect(plain.edits!.at(-1)!.changes).toContainEqual({ field: 'discount', before: { percent: 10, amount: 1_000 }, after: undefined })

    await expect(editOrder(db, orderId, { value: 0 }, desk)).rejects.toMatchObject({ code: 'data.order-empty' })
    expect((await db.orders.get(orderId))!.value).toBe(10_000)

    await eraseCustomer(db, id, desk)
    await expect(editOrder(db, orderId, { value: 12_000 }, desk)).rejects.toMatchObject({ code: 'data.customer-erased' })
    expect((await checkDatabase(db)).differences).toEqual([])
  })
})
