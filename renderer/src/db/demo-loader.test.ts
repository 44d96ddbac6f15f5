import { afterEach, describe, expect, it } from 'vitest'
import { freshDatabase } from './test-support'
import { loadDemoData } from './demo-loader'
import { checkDatabase } from './checker'
import { searchCustomerIds } from './search'
import type { RegularsDatabase } from './schema'
import { createCustomer } from './repositories/customers'
import { emptyProfile } from '@shared/domain/customer'
import { JobCancelled, type JobProgress } from '@shared/jobs/job'
import { DAY_MS } from '@shared/domain/metrics'

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

  it('looks like a real base in the chosen language: activity spread over two years, products alone delivered', async () => {
    db = await freshDatabase()
    await loadDemoData(db, { customers: 400, orders: 4_000, seed: 11, now, language: 'uk-UA' })
    expect((await db.categories.toArray()).map((category) => category.name)).toContain('Постійний клієнт')
    expect((await db.groups.toArray()).map((group) => group.name)).toContain('Програма лояльності')

    const customers = await db.customers.toArray()
    const daysAgo = customers.map((customer) => (now - customer.lastActivityAt) / DAY_MS)
    // Loading the data is nobody's activity: few customers did something in the last day.
    expect(daysAgo.filter((days) => days < 1).length).toBeLessThan(customers.length * 0.1)
    expect(daysAgo.filter((days) => days > 365).length).toBeGreaterThan(customers.length * 0.1)
    const consents = await db.consentEvents.toArray()
    expect(consents.filter((event) => now - event.at < DAY_MS)).toEqual([])
    expect(consents.find((event) => event.wording !== '')?.wording).toMatch(/^Я погоджуюся/)

    const orders = await db.orders.toArray()
    const delivered = new Set(orders.filter((order) => order.channel === 'delivery').flatMap((order) => order.items.map((item) => item.name)))
    expect([...delivered].sort()).toEqual(['Відновлювальний шампунь', 'Кондиціонер', 'Олія для волосся', 'Подарунковий сертифікат'])
    expect(orders.filter((order) => order.kind === 'booking').every((order) => order.createdAt < now - DAY_MS)).toBe(true)
  })

  it('names its categories in English when no language is given', async () => {
    db = await freshDatabase()
    await loadDemoData(db, { customers: 5, orders: 10, seed: 1, now })
    expect((await db.categories.toArray()).map((category) => category.name)).toEqual(['VIP', 'Regular', 'New', 'Colour', 'Nails', 'To win back'])
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
