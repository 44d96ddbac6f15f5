import type Dexie from 'dexie'
import type { SchemaFixture } from './fixture'
import { emptyProfile, newCustomer } from '@shared/domain/customer'
import { v3Fixture } from './v3'

// Version 4 as shipped, with staff rows in its shape (`role`, `storeIds` empty for all stores)
// and history recorded by "this PC". Version 5 gives staff a role id, a scope and an active
// flag; every other row must come out exactly as it went in.

const created = Date.UTC(2025, 10, 3, 9)

const customers = [{ ...newCustomer({ ...emptyProfile(), firstName: 'Zofia', lastName: 'Nowak', phones: ['+48601234567'] }, created), id: 1 }]
const audit = [{ id: 1, at: created, action: 'block', staffName: 'this PC', customerCount: 1, customerIds: [1], details: {}, undoable: 0, undoneAt: 0 }]
const consentEvents = [{ id: 1, customerId: 1, channel: 'sms', granted: true, at: created, source: 'desk', staffName: 'this PC', wording: 'SMS' }]

export const v4Fixture: SchemaFixture = {
  version: 4,
  // Version 3's stores with the audit log's index by customer of version 4.
  stores: { ...v3Fixture.stores, audit: `${v3Fixture.stores.audit}, *customerIds` },

  async fill(db: Dexie) {
    await db.table('settings').bulkPut([
      { key: 'mainCurrency', value: 'PLN' },
      { key: 'defaultPhoneCountry', value: 'PL' },
      { key: 'staffName', value: 'this PC' }
    ])
    await db.table('stores').bulkAdd([
      { id: 1, name: 'Centrum', currency: 'PLN' },
      { id: 2, name: 'Mokotów', currency: 'PLN' }
    ])
    await db.table('staff').bulkAdd([
      { id: 1, name: 'Ewa', role: 'owner', storeIds: [] },
      { id: 2, name: 'Marta', role: 'manager', storeIds: [] },
      { id: 3, name: 'Kasia', role: 'staff', storeIds: [2] }
    ])
    await db.table('customers').bulkAdd(customers)
    await db.table('audit').bulkAdd(audit)
    await db.table('consentEvents').bulkAdd(consentEvents)
  },

  async expectAfterUpgrade(db, expect) {
    expect(await db.staff.toArray()).toEqual([
      { id: 1, name: 'Ewa', roleId: 'owner', allStores: true, storeIds: [], active: true },
      { id: 2, name: 'Marta', roleId: 'manager', allStores: true, storeIds: [], active: true },
      { id: 3, name: 'Kasia', roleId: 'front-desk', allStores: false, storeIds: [2], active: true }
    ])
    expect(await db.roles.count()).toEqual(0)
    expect(await db.customers.toArray()).toEqual(customers)
    expect(await db.audit.toArray()).toEqual(audit)
    expect(await db.consentEvents.toArray()).toEqual(consentEvents)
    expect((await db.settings.get('staffName'))?.value).toEqual('this PC')
  }
}
