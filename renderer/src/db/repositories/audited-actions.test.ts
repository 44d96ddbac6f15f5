import { describe, expect, it } from 'vitest'
import { freshDatabaseForEachTest } from '../test-support'
import { checkDatabase } from '../checker'
import { searchCustomerIds } from '../search'
import { deleteCustomerAudited } from './audited-actions'
import { recordConsentChange } from './consents'
import { createCustomer } from './customers'
import { addOrder } from './orders'
import { createStore } from './stores'
import { profile, t0, visit } from './card-fixtures.test-support'

const db = freshDatabaseForEachTest()

describe('deleting a customer with orders', () => {
  it('removes the customer, their orders, per-store figures and consent history, and logs only the id and the order count', async () => {
    const store = await createStore(db, { name: 'Mokotów', currency: 'PLN' })
    const gone = await createCustomer(db, profile({ firstName: 'Zenon', lastName: 'Kowalczyk', phones: ['+48601234567'] }))
    const stays = await createCustomer(db, profile({ firstName: 'Ewa' }))
    await addOrder(db, gone, visit(store, t0, 10_000))
    await addOrder(db, gone, visit(store, t0 + 1, 5_000, { kind: 'booking', status: 'accepted' }))
    await addOrder(db, stays, visit(store, t0, 7_000))
    await recordConsentChange(db, { customerId: gone, channel: 'sms', granted: true, at: t0, source: 'desk', staffName: 'Marta', wording: 'SMS ok' })

    await expect(deleteCustomerAudited(db, gone, { staffName: 'Marta', now: t0 + 5 })).resolves.toEqual({ orders: 2 })

    expect(await db.customers.get(gone)).toBeUndefined()
    expect(await db.orders.count()).toBe(1)
    expect(await db.customerStoreStats.count()).toBe(1)
    expect(await db.consentEvents.count()).toBe(0)
    expect(await searchCustomerIds(db, 'kowalczyk')).toEqual([])
    const entry = (await db.audit.where('action').equals('delete').first())!
    expect(entry).toMatchObject({ staffName: 'Marta', customerIds: [gone], customerCount: 1, at: t0 + 5, details: { orders: 2 } })
    expect(JSON.stringify(entry)).not.toMatch(/Zenon|Kowalczyk|601234567/)
    expect(await db.customers.get(stays)).toMatchObject({ orderCount: 1, totalValue: 7_000 })
    expect((await checkDatabase(db)).differences).toEqual([])
    await expect(deleteCustomerAudited(db, gone, { staffName: 'Marta' })).rejects.toMatchObject({ code: 'data.customer-not-found' })
  })
})
