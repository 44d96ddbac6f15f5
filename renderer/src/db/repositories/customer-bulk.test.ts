import { beforeEach, describe, expect, it } from 'vitest'
import { emptyProfile } from '@shared/domain/customer'
import type { Id } from '@shared/domain/types'
import { freshDatabaseForEachTest } from '../test-support'
import { checkDatabase } from '../checker'
import { createCategory, createGroup } from './categories'
import { createCustomer } from './customers'
import { addOrder } from './orders'
import { createStore } from './stores'
import { recordConsentChange } from './consents'
import { addCustomersToCategory, addCustomersToGroup, deleteCustomers, removeCustomersFromCategory } from './customer-bulk'

const t0 = Date.UTC(2026, 2, 3, 10)
const db = freshDatabaseForEachTest()
let ids: Id[]
let store: Id

beforeEach(async () => {
  store = await createStore(db, { name: 'Mokotów', currency: 'PLN' })
  ids = []
  for (let n = 0; n < 12; n++) {
    const id = await createCustomer(db, { ...emptyProfile(), firstName: `Anna${n}`, lastName: 'Nowak', phones: [`+48601234${500 + n}`] }, { now: t0 })
    await addOrder(db, id, {
      storeId: store,
      kind: 'visit',
      channel: 'phone',
      status: 'completed',
      statusHistory: [{ status: 'completed', at: t0 + n }],
      at: t0 + n,
      createdAt: t0,
      value: 10_000,
      tip: 0,
      items: [],
      staffName: 'Marta',
      notes: ''
    })
    ids.push(id)
  }
})

describe('bulk writes on customers', () => {
  it('adds a category to many customers in chunks, once each, with progress, and removes it again', async () => {
    const vip = await createCategory(db, { name: 'VIP', color: '#d4a017' })
    await addCustomersToCategory(db, ids.slice(0, 2), vip)
    const progress: number[] = []
    const added = await addCustomersToCategory(db, ids, vip, { chunkSize: 5, onProgress: (p) => progress.push(p.done) })
    expect(added).toMatchObject({ done: 12, changed: 10, cancelled: false })
    expect(progress).toEqual([0, 5, 10, 12])
    expect(await db.customers.where('categoryIds').equals(vip).count()).toBe(12)

    const removed = await removeCustomersFromCategory(db, ids.slice(0, 4), vip)
    expect(removed.changed).toBe(4)
    expect(await db.customers.where('categoryIds').equals(vip).count()).toBe(8)
    expect((await checkDatabase(db)).differences).toEqual([])
  })

  it('stops between chunks when cancelled and says how far it got', async () => {
    const group = await createGroup(db, { name: 'Newsletter', description: '' })
    const controller = new AbortController()
    const result = await addCustomersToGroup(db, ids, group, {
      chunkSize: 4,
      signal: controller.signal,
      onProgress: (p) => p.done >= 4 && controller.abort()
    })
    expect(result).toMatchObject({ done: 4, changed: 4, cancelled: true })
    expect(await db.customers.where('groupIds').equals(group).count()).toBe(4)
  })

  it('refuses a category that does not exist', async () => {
    await expect(addCustomersToCategory(db, ids, 999)).rejects.toMatchObject({ code: 'data.invalid' })
  })

  it('deletes customers with their orders, per-store stats and consent history', async () => {
    await recordConsentChange(db, { customerId: ids[0]!, channel: 'sms', granted: true, at: t0, source: 'desk', staffName: 'Marta', wording: 'SMS' })
    const result = await deleteCustomers(db, [ids[0]!, ids[1]!, ids[2]!, 9_999], { chunkSize: 2 })
    expect(result).toMatchObject({ done: 4, changed: 3 })
    expect(await db.customers.count()).toBe(9)
    expect(await db.orders.count()).toBe(9)
    expect(await db.customerStoreStats.count()).toBe(9)
    expect(await db.consentEvents.count()).toBe(0)
    expect((await checkDatabase(db)).differences).toEqual([])
  })
})
