import { beforeEach, describe, expect, it } from 'vitest'
import { freshDatabaseForEachTest } from '../test-support'
import { checkDatabase } from '../checker'
import { blockCustomer } from './audited-actions'
import { orderRefusalForId } from './blocking'
import { createCustomer } from './customers'
import { addOrder } from './orders'
import { createStore } from './stores'
import { profile, t0, visit } from './card-fixtures.test-support'

const db = freshDatabaseForEachTest()
let store: number
const desk = { staffName: 'Marta' }

beforeEach(async () => {
  store = await createStore(db, { name: 'Mokotów', currency: 'PLN' })
})

describe('a blocked customer gets no new order or booking', () => {
  it('refuses orders and bookings for the blocked record, writes nothing, and allows them again once unblocked', async () => {
    const id = await createCustomer(db, profile({ firstName: 'Piotr', lastName: 'Zieliński', phones: ['+48601234567'] }))
    await addOrder(db, id, visit(store, t0, 10_000))
    await blockCustomer(db, id, true, desk)

    await expect(addOrder(db, id, visit(store, t0 + 1000, 5_000))).rejects.toMatchObject({ code: 'data.customer-blocked', details: { kind: 'blocked' } })
    await expect(addOrder(db, id, visit(store, t0 + 86_400_000, 0, { kind: 'booking', status: 'accepted' }))).rejects.toMatchObject({
      code: 'data.customer-blocked'
    })
    expect(await db.orders.count()).toBe(1)
    expect(await db.customers.get(id)).toMatchObject({ orderCount: 1, totalValue: 10_000, blocked: 1 })

    await blockCustomer(db, id, false, desk)
    await addOrder(db, id, visit(store, t0 + 2000, 5_000))
    expect(await db.customers.get(id)).toMatchObject({ orderCount: 2, totalValue: 15_000 })
    expect((await checkDatabase(db)).differences).toEqual([])
  })

  it('refuses a second record that shares a phone or an e-mail with a blocked one', async () => {
    const blocked = await createCustomer(db, profile({ lastName: 'Zieliński', phones: ['+48601234567'], emails: ['piotr@example.pl'] }))
    await blockCustomer(db, blocked, true, desk)
    const samePhone = await createCustomer(db, profile({ firstName: 'P.', phones: ['+48601234567'] }))
    const sameEmail = await createCustomer(db, profile({ firstName: 'Piotrek', emails: ['piotr@example.pl'] }))
    const stranger = await createCustomer(db, profile({ firstName: 'Ewa', phones: ['+48601234568'] }))

    await expect(addOrder(db, samePhone, visit(store, t0, 100))).rejects.toMatchObject({
      code: 'data.customer-blocked',
      details: { kind: 'blocked-contact', customerId: blocked, contact: '+48601234567' }
    })
    await expect(addOrder(db, sameEmail, visit(store, t0, 100))).rejects.toMatchObject({
      details: { kind: 'blocked-contact', customerId: blocked, contact: 'piotr@example.pl' }
    })
    expect(await orderRefusalForId(db, samePhone)).toEqual({ kind: 'blocked-contact', customerId: blocked, contact: '+48601234567' })
    await addOrder(db, stranger, visit(store, t0, 100))
    expect(await orderRefusalForId(db, stranger)).toBeNull()
    expect(await db.customers.get(stranger)).toMatchObject({ orderCount: 1 })
    expect(await db.customers.get(samePhone)).toMatchObject({ orderCount: 0 })
  })

  it('lets history brought in by an import or a merge through (allowBlocked), never the desk', async () => {
    const id = await createCustomer(db, profile({ firstName: 'Olga' }))
    await blockCustomer(db, id, true, desk)
    await addOrder(db, id, visit(store, t0, 700), { allowBlocked: true })
    expect(await db.customers.get(id)).toMatchObject({ orderCount: 1, totalValue: 700 })
  })

  it('records block and unblock in the audit log, once per change', async () => {
    const id = await createCustomer(db, profile({ firstName: 'Olga' }))
    await blockCustomer(db, id, true, { staffName: 'Marta', now: t0 })
    await blockCustomer(db, id, true, { staffName: 'Marta', now: t0 + 1 })
    await blockCustomer(db, id, false, { staffName: 'Kamil', now: t0 + 2 })
    const entries = await db.audit.orderBy('at').toArray()
    expect(entries.map((entry) => [entry.action, entry.staffName, entry.customerIds])).toEqual([
      ['block', 'Marta', [id]],
      ['unblock', 'Kamil', [id]]
    ])
  })
})
