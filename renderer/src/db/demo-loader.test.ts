import { afterEach, describe, expect, it } from 'vitest'
import { freshDatabase } from './test-support'
import { loadDemoData } from './demo-loader'
import { checkDatabase } from './checker'
import { searchCustomerIds } from './search'
import type { RegularsDatabase } from './schema'
import { createCustomer } from './repositories/customers'
import { emptyProfile } from '@shared/domain/customer'
import { JobCancelled, type JobProgress } from '@shared/jobs/job'

const now = Date.UTC(2026, 10, 22, 12)
let db: RegularsDatabase

afterEach(async () => {
  db?.close()
})

describe('demo data loader', () => {
  it('loads exactly the asked size, agrees with the checker, and is findable', async () => {
    db = await freshDatabase()
    const progress: JobProgress[] = []
    const result = await loadDemoData(db, { customers: 600, orders: 5_000, seed: 7, now, chunkSize: 200, onProgress: (p) => progress.push(p) })
    expect(result).toMatchObject({ customers: 600, orders: 5_000 })
    expect(progress.map((p) => p.done)).toEqual([0, 200, 400, 600])
    expect(progress.every((p) => p.total === 600)).toBe(true)
    expect(progress.at(-1)?.counts).toEqual({ orders: 5_000 })
    expect(await db.customers.count()).toBe(600)
    expect(await db.orders.count()).toBe(5_000)
    expect(await db.stores.count()).toBe(3)
    const check = await checkDatabase(db, { chunkSize: 97 })
    expect(check.differences).toEqual([])
    expect(check.customersChecked).toBe(600)
    expect(check.ordersRead).toBe(5_000)
    // The audit log says how many customers and orders came, not 0.
    expect(await db.audit.toArray()).toEqual([expect.objectContaining({ action: 'demo-data', customerCount: 600, details: { customers: 600, orders: 5_000, seed: 7 } })])

    const customer = (await db.customers.filter((row) => row.phones.length > 0 && row.lastName !== '').first())!
    const digits = customer.phones[0]!.slice(-7, -2)
    expect(await searchCustomerIds(db, digits)).toContain(customer.id)
    expect(await searchCustomerIds(db, customer.lastName.slice(0, 4))).toContain(customer.id)
  })

  it('produces the same data for the same seed', async () => {
    db = await freshDatabase()
    await loadDemoData(db, { customers: 50, orders: 300, seed: 3, now })
    const first = (await db.customers.toArray()).map((row) => `${row.firstName} ${row.lastName} ${row.phones.join()} ${row.totalValue}`)
    db.close()
    db = await freshDatabase()
    await loadDemoData(db, { customers: 50, orders: 300, seed: 3, now })
    const second = (await db.customers.toArray()).map((row) => `${row.firstName} ${row.lastName} ${row.phones.join()} ${row.totalValue}`)
    expect(second).toEqual(first)
  })

  it('refuses a database that already has customers, and cancelling leaves it empty', async () => {
    db = await freshDatabase()
    await createCustomer(db, { ...emptyProfile(), firstName: 'Anna' }, { now })
    await expect(loadDemoData(db, { customers: 10, orders: 10, now })).rejects.toMatchObject({ code: 'data.not-empty' })

    db.close()
    db = await freshDatabase()
    const controller = new AbortController()
    const loading = loadDemoData(db, {
      customers: 1_000,
      orders: 5_000,
      now,
      chunkSize: 100,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done >= 300) controller.abort()
      }
    })
    await expect(loading).rejects.toBeInstanceOf(JobCancelled)
    expect(await db.customers.count()).toBe(0)
    expect(await db.orders.count()).toBe(0)
    expect(await db.customerStoreStats.count()).toBe(0)
    expect(await db.stores.count()).toBe(0)
  })
})
