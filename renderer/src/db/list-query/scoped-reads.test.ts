import 'fake-indexeddb/auto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { loadDemoData } from '@renderer/db'
import type { RegularsDatabase } from '@renderer/db/test-support'
import { freshDatabase } from '@renderer/db/test-support'
import type { Id } from '@shared/domain/types'
import { customerIndexOf, isMetricColumn, isSparseColumn, storeIndexOf, type MetricColumn } from './columns-index'
import { sortColumns } from '@shared/list/list-query'
import { allIdsByColumn, rangeSlice, storeIdsByFigure } from './scoped-reads'
import { compileConditions } from './conditions'
import { customersWithUpcomingBooking } from './upcoming-bookings'

let db: RegularsDatabase
beforeAll(async () => {
  db = await freshDatabase()
  await loadDemoData(db, { customers: 300, orders: 2_000, seed: 5, now: Date.UTC(2026, 10, 22, 12) })
}, 60_000)
afterAll(() => db?.close())

describe('customers with an upcoming booking', () => {
  it('are every customer with an accepted or pending order after now, from the index and by the row test alike', async () => {
    for (const now of [Date.UTC(2026, 10, 22, 12), Date.UTC(2026, 11, 5, 12)]) {
      const orders = await db.orders.toArray()
      const expected = [...new Set(orders.filter((order) => (order.status === 'accepted' || order.status === 'pending') && order.at > now).map((order) => order.customerId))].sort((a, b) => a - b)
      expect(expected.length).toBeGreaterThan(5)
      const upcoming = await customersWithUpcomingBooking(db, now)
      expect([...upcoming].sort((a, b) => a - b)).toEqual(expected)
      const [condition] = compileConditions({ upcomingBooking: true }, '', { db, scope: { kind: 'all', currency: 'PLN' }, now, upcoming: new Set(upcoming) })
      expect((await condition!.index!.ids()).sort((a, b) => a - b)).toEqual(expected)
      const customers = await db.customers.toArray()
      const tested = customers.filter((customer) => condition!.test({ id: customer.id!, customer, metrics: customer })).map((customer) => customer.id!)
      expect(tested).toEqual(expected)
    }
  })
})

describe('figure ranges as slices of a full order', () => {
  it('give exactly the ids of the index range, whatever the bounds (ties, empty, open ends)', async () => {
    for (const column of ['totalValue', 'orderCount', 'lastOrderAt'] as MetricColumn[]) {
      const order = await allIdsByColumn(db, column)
      const values = (await db.customers.bulkGet([...order])).map((row) => row![column])
      const picks = [values[0]!, values[5]!, values[100]!, values[150]!, values[299]!, -Infinity, Infinity, values[100]! + 1]
      for (const lower of picks) {
        for (const upper of picks) {
          const expected = lower > upper ? [] : ((await db.customers.where(column).between(lower, upper, true, true).primaryKeys()) as Id[])
          const sliced = [...(await rangeSlice(db, { kind: 'all', currency: 'PLN' }, column, order, lower, upper))]
          expect(sliced, `${column} ${lower}–${upper}`).toEqual(expected)
        }
      }
    }
  })

  it('work on a store\'s own figures too', async () => {
    const order = await storeIdsByFigure(db, 2, 'totalValue')
    const expected = ((await db.customerStoreStats.where('[storeId+totalValue]').between([2, 10_000], [2, 50_000], true, true).primaryKeys()) as unknown as [Id, Id][]).map((key) => key[0])
    expect([...(await rangeSlice(db, { kind: 'store', storeId: 2, currency: 'PLN' }, 'totalValue', order, 10_000, 50_000))]).toEqual(expected)
  })
})

describe('index orders read in chunks', () => {
  // Chunks of 7 cut through tie groups everywhere (type, blocked, discount have a few values only).
  for (const column of sortColumns) {
    it(`read every customer once, in the index's order, by ${column}`, async () => {
      const indexed = (await db.customers.orderBy(customerIndexOf(column)).primaryKeys()) as Id[]
      // A sparse index holds only the customers with a value: the others follow, by id.
      const inIndex = new Set(indexed)
      const rest = isSparseColumn(column) ? ((await db.customers.toCollection().primaryKeys()) as Id[]).filter((id) => !inIndex.has(id)) : []
      const order = [...(await allIdsByColumn(db, column, 7))]
      expect(order).toEqual([...indexed, ...rest])
      expect(order.length).toBe(await db.customers.count())
    })
  }

  it('read a store\'s customers by each of its figures the same way', async () => {
    for (const column of sortColumns.filter(isMetricColumn) as MetricColumn[]) {
      const whole = ((await db.customerStoreStats.where(storeIndexOf(column)).between([1, Dexie.minKey], [1, Dexie.maxKey]).primaryKeys()) as unknown as [Id, Id][]).map((key) => key[0])
      expect([...(await storeIdsByFigure(db, 1, column, 5))], column).toEqual(whole)
    }
  })
})
