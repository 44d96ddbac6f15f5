import type Dexie from 'dexie'
import { fillFirstStartSettings, type SchemaFixture } from './fixture'
import { emptyProfile, newCustomer } from '@shared/domain/customer'
import { updateCustomer } from '../repositories/customers'
import { v1Fixture } from './v1'

// Version 2 as shipped: its stores stay frozen. Version 3 only adds the sparse index on
// `referral.sourceId`: the rows must come out exactly as they went in (none rewritten), none
// of them in the new index, and a referral written afterwards must be found through it.

const created = Date.UTC(2025, 8, 1, 9)

/** Rows as version 2 wrote them (no referral field: it did not exist). */
const rows = [
  { ...newCustomer({ ...emptyProfile(), firstName: 'Hana', lastName: 'Dvořáková', phones: ['+420602123456'] }, created), id: 1 },
  { ...newCustomer({ ...emptyProfile(), firstName: 'Olha', lastName: 'Koval', type: 'registered' }, created), id: 2 }
]

export const v2Fixture: SchemaFixture = {
  version: 2,
  // Version 1's stores but for the three customer indexes version 2 dropped, plus openBookings.
  stores: {
    ...v1Fixture.stores,
    customers: v1Fixture.stores.customers.replace(', importBatchId', '').replace(', *phones, *emails', ''),
    openBookings: 'customerId, latestAt'
  },

  async fill(db: Dexie) {
    await fillFirstStartSettings(db, 'CZK', 'CZ')
    await db.table('customers').bulkAdd(rows)
  },

  async expectAfterUpgrade(db, expect) {
    expect(await db.customers.toArray()).toEqual(rows)
    expect(await db.customers.where('referral.sourceId').above(0).primaryKeys()).toEqual([])
    await updateCustomer(db, 2, { referral: { sourceId: 3, note: '' } }, { now: created + 1 })
    expect(await db.customers.where('referral.sourceId').equals(3).primaryKeys()).toEqual([2])
    expect(await db.customers.orderBy('referral.sourceId').count()).toEqual(1)
    expect((await db.settings.get('mainCurrency'))?.value).toEqual('CZK')
  }
}
