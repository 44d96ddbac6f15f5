import { beforeEach, describe, expect, it } from 'vitest'
import { DAY_MS } from '@shared/domain/metrics'
import { freshDatabaseForEachTest } from '../test-support'
import { createCustomer } from './customers'
import { customerOrdersPage, customerStoreFigures } from './customer-history'
import { addOrder } from './orders'
import { createStore } from './stores'
import { profile, t0, visit } from './card-fixtures.test-support'

const db = freshDatabaseForEachTest()
let store: number
let id: number
let neighbour: number
const now = t0 + 100 * DAY_MS

beforeEach(async () => {
  store = await createStore(db, { name: 'Mokotów', currency: 'PLN' })
  id = await createCustomer(db, profile({ firstName: 'Ewa' }))
  neighbour = await createCustomer(db, profile({ firstName: 'Jan' }))
  // 60 past visits, one a day, every tenth a no-show; two bookings ahead; the neighbour's visits around them.
  for (let day = 0; day < 60; day++) {
    await addOrder(db, id, visit(store, t0 + day * DAY_MS, 1_000 + day, day % 10 === 9 ? { status: 'no-show' } : {}))
    await addOrder(db, neighbour, visit(store, t0 + day * DAY_MS + 1, 5))
  }
  for (const days of [3, 1]) await addOrder(db, id, visit(store, now + days * DAY_MS, 0, { kind: 'booking', status: 'accepted' }))
})

describe('a customer’s history on the card', () => {
  it('pages past orders newest first with the total, and lists upcoming bookings apart, soonest first', async () => {
    const first = await customerOrdersPage(db, { customerId: id, part: 'past', now, offset: 0, limit: 25 })
    expect(first.total).toBe(60)
    expect(first.orders).toHaveLength(25)
    expect(first.orders[0]!.value).toBe(1_059)
    expect(first.orders.every((order) => order.customerId === id)).toBe(true)
    const last = await customerOrdersPage(db, { customerId: id, part: 'past', now, offset: 50, limit: 25 })
    expect(last.orders.map((order) => order.value)).toEqual([1_009, 1_008, 1_007, 1_006, 1_005, 1_004, 1_003, 1_002, 1_001, 1_000])

    const upcoming = await customerOrdersPage(db, { customerId: id, part: 'upcoming', now, offset: 0, limit: 25 })
    expect(upcoming.orders.map((order) => order.at)).toEqual([now + DAY_MS, now + 3 * DAY_MS])
  })

  it('filters by status and by date range', async () => {
    const noShows = await customerOrdersPage(db, { customerId: id, part: 'past', now, statuses: ['no-show'], offset: 0, limit: 25 })
    expect(noShows.total).toBe(6)
    expect(noShows.orders.map((order) => order.status)).toEqual(Array(6).fill('no-show'))
    const week = await customerOrdersPage(db, { customerId: id, part: 'past', now, from: t0 + 10 * DAY_MS, to: t0 + 16 * DAY_MS, offset: 0, limit: 25 })
    expect(week.orders.map((order) => order.value)).toEqual([1_016, 1_015, 1_014, 1_013, 1_012, 1_011, 1_010])
    const empty = await customerOrdersPage(db, { customerId: id, part: 'upcoming', now, to: now - 1, offset: 0, limit: 25 })
    expect(empty).toEqual({ orders: [], total: 0 })
  })

  it('reads the per-store figures of this customer only', async () => {
    const rows = await customerStoreFigures(db, id)
    expect(rows.map((row) => [row.customerId, row.storeId, row.orderCount])).toEqual([[id, store, 62]])
  })
})
