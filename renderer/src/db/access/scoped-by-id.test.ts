import { freshDatabase, type RegularsDatabase } from '@renderer/db/test-support'
import { beforeAll, describe, expect, it } from 'vitest'
import * as door from '@renderer/db'
import { emptyProfile } from '@shared/domain/customer'
import { visit } from '../repositories/card-fixtures.test-support'
import { ListEngine } from '../list-query/list-engine'

/**
 * Every read of `@renderer/db` that takes a customer's id (or an order's) answers only for a
 * customer of the signed-in person's stores, and nothing while the desk is locked: the card
 * opened by a typed URL shows no history of someone else's customer either.
 */
let db: RegularsDatabase
let ours = 0
let theirs = 0
let ourOrder = 0
let theirOrder = 0
let owner = 0
let desk = 0

beforeAll(async () => {
  db = await freshDatabase()
  owner = (await door.setUpOwner(db, { name: 'Ewa', pin: '1111' })).staffId
  const centrum = await door.createStore(db, { name: 'Centrum', currency: 'PLN' })
  const mokotow = await door.createStore(db, { name: 'Mokotów', currency: 'PLN' })
  const person = (lastName: string, phone: string) => door.createCustomer(db, { ...emptyProfile(), firstName: 'Anna', lastName, phones: [phone], emails: [`${lastName.toLowerCase()}@example.com`] })
  ours = await person('Kowalczyk', '+48601234111')
  theirs = await person('Kowalska', '+48601234222')
  ourOrder = await door.addOrder(db, ours, visit(mokotow, 1_000, 5_000))
  theirOrder = await door.addOrder(db, theirs, visit(centrum, 1_000, 5_000))
  for (const id of [ours, theirs]) await door.recordConsentChange(db, { customerId: id, channel: 'sms', granted: true, at: 2_000, source: 'desk', staffName: 'this PC', wording: 'SMS' })
  desk = await door.createStaffMember(db, { name: 'Kasia', roleId: 'front-desk', allStores: false, storeIds: [mokotow], active: true }, '3333')
})

/** What each by-id read answers for one customer, in a form that is empty for nobody's. */
async function readsOf(customerId: number, orderId: number) {
  const chunks: number[] = []
  for await (const chunk of door.customerOrderChunks(db, customerId, 10)) chunks.push(...chunk.map((order) => order.id!))
  return {
    ordersPage: (await door.customerOrdersPage(db, { customerId, part: 'past', now: 10_000, offset: 0, limit: 10 })).total,
    historyCounts: await door.customerHistoryCounts(db, customerId),
    newestOrders: (await door.newestOrders(db, customerId, 5)).length,
    orderChunks: chunks.length,
    storeFigures: (await door.customerStoreFigures(db, customerId)).length,
    recentConsents: (await door.recentConsentEvents(db, customerId, 5)).length,
    consentHistory: (await door.consentHistory(db, customerId)).length,
    ordersOfCustomer: (await door.ordersOfCustomer(db, customerId)).length,
    order: (await door.getOrder(db, orderId))?.id ?? null,
    name: (await door.customerNames(db, [customerId]))[0]!.state,
    byContact: await door.customerIdsByContact(db, { phones: [customerId === ours ? '+48601234111' : '+48601234222'] }),
    refusal: await door.orderRefusalForId(db, (await door.getCustomer(db, customerId))?.id ?? customerId)
  }
}

const seen = (customerId: number, orderId: number) => ({
  ordersPage: 1,
  historyCounts: { orders: 1, consents: 1 },
  newestOrders: 1,
  orderChunks: 1,
  storeFigures: 1,
  recentConsents: 1,
  consentHistory: 1,
  ordersOfCustomer: 1,
  order: orderId,
  name: 'present',
  byContact: [customerId],
  refusal: null
})
const nothing = {
  ordersPage: 0,
  historyCounts: { orders: 0, consents: 0 },
  newestOrders: 0,
  orderChunks: 0,
  storeFigures: 0,
  recentConsents: 0,
  consentHistory: 0,
  ordersOfCustomer: 0,
  order: null,
  name: 'gone',
  byContact: [],
  refusal: null
}

describe('reads by a customer’s id, limited to the signed-in person’s stores', () => {
  it('answer a one-store person for their store’s customer and nothing for another store’s', async () => {
    expect(await door.signIn(db, desk, '3333')).toEqual({ ok: true })
    expect(await readsOf(ours, ourOrder)).toEqual(seen(ours, ourOrder))
    expect(await readsOf(theirs, theirOrder)).toEqual(nothing)
  })

  it('refuse a one-store person’s edit of another store’s customer as not found', async () => {
    await door.signIn(db, desk, '3333')
    await expect(door.updateCustomer(db, theirs, { notes: 'x' })).rejects.toMatchObject({ code: door.dataErrors.customerNotFound })
    expect((await door.updateCustomer(db, ours, { notes: 'regular' })).notes).toBe('regular')
  })

  it('answer the owner for everyone', async () => {
    await door.signIn(db, owner, '1111')
    expect(await readsOf(ours, ourOrder)).toEqual(seen(ours, ourOrder))
    expect(await readsOf(theirs, theirOrder)).toEqual(seen(theirs, theirOrder))
  })

  it('answer nothing while the desk is locked', async () => {
    door.signOut(db)
    expect(await readsOf(ours, ourOrder)).toEqual(nothing)
    expect(await readsOf(theirs, theirOrder)).toEqual(nothing)
    expect(await new ListEngine(db).rows({ kind: 'all', currency: '' }, [ours, theirs])).toEqual([undefined, undefined])
  })

  it('give the list’s window of rows only the person’s customers, whatever ids it is asked for', async () => {
    await door.signIn(db, desk, '3333')
    const rows = await new ListEngine(db).rows({ kind: 'all', currency: '' }, [ours, theirs])
    expect(rows.map((row) => row?.id)).toEqual([ours, undefined])
  })
})
