import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DAY_MS } from '@shared/domain/metrics'
import type { Id } from '@shared/domain/types'
import { freshDatabase } from '../test-support'
import type { RegularsDatabase } from '../schema'
import { checkDatabase } from '../checker'
import { createCustomer } from './customers'
import { applyDueFigures, onDueFiguresApplied } from './due-figures'
import { addOrder } from './orders'
import { createStore } from './stores'
import { profile, visit } from './card-fixtures.test-support'

let db: RegularsDatabase
let store: number

beforeEach(async () => {
  db = await freshDatabase()
  store = await createStore(db, { name: 'Mokotów', currency: 'PLN' })
})
afterEach(() => db.close())

describe('figures that change when a booking’s time comes', () => {
  it('counts an accepted booking once its time has passed, and tells who listens which customers changed', async () => {
    const now = Date.now()
    const id = await createCustomer(db, profile({ firstName: 'Ala' }), { now: now - 30 * DAY_MS })
    const other = await createCustomer(db, profile({ firstName: 'Ola' }), { now: now - 30 * DAY_MS })
    await addOrder(db, id, visit(store, now - DAY_MS, 5_000))
    const inAnHour = now + 3_600_000
    await addOrder(db, id, visit(store, inAnHour, 8_000, { kind: 'booking', status: 'accepted', createdAt: now, statusHistory: [{ status: 'accepted', at: now }] }))
    await addOrder(db, other, visit(store, now - DAY_MS, 1_000))

    // Booked, not happened: the figures and the checker leave it out.
    expect(await db.customers.get(id)).toMatchObject({ orderCount: 1, totalValue: 5_000, lastOrderAt: now - DAY_MS })
    expect((await checkDatabase(db, { now })).differences).toEqual([])

    const heard: Id[][] = []
    const stop = onDueFiguresApplied(db, (ids) => heard.push([...ids]))
    // A listener on another database (the app's, while a restore brings the new one up to date) hears nothing.
    const elsewhere = await freshDatabase()
    const heardElsewhere: Id[][] = []
    const stopElsewhere = onDueFiguresApplied(elsewhere, (ids) => heardElsewhere.push([...ids]))
    expect(await applyDueFigures(db, now + 60_000)).toBe(0)
    // Two hours later its time has passed: it counts, and the stored figures agree with the checker at that time.
    const later = now + 2 * 3_600_000
    expect((await checkDatabase(db, { now: later })).differenceCount).toBeGreaterThan(0)
    expect(await applyDueFigures(db, later)).toBe(1)
    stop()
    stopElsewhere()
    elsewhere.close()
    expect(heard).toEqual([[id]])
    expect(heardElsewhere).toEqual([])
    expect(await db.customers.get(id)).toMatchObject({ orderCount: 2, totalValue: 13_000, lastOrderAt: inAnHour })
    expect(await db.customerStoreStats.get([id, store])).toMatchObject({ orderCount: 2, totalValue: 13_000 })
    expect((await checkDatabase(db, { now: later })).differences).toEqual([])
    expect(await db.figuresDue.count()).toBe(0)
  })
})
