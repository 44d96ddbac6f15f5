import type Dexie from 'dexie'
import type { SchemaFixture } from './fixture'
import { v2Fixture } from './v2'
import { emptyProfile, newCustomer } from '@shared/domain/customer'

// Version 3 as shipped: its stores stay frozen. Version 4 only adds the multi-entry index on
// the audit log's `customerIds`: every entry must come out exactly as it went in (none
// rewritten), and each be found through the new index by the customers it names.

const at = Date.UTC(2026, 0, 10, 9)

const customers = [
  { ...newCustomer({ ...emptyProfile(), firstName: 'Marta', lastName: 'Zielińska' }, at), id: 1 },
  { ...newCustomer({ ...emptyProfile(), firstName: 'Petro', lastName: 'Bondar' }, at), id: 2 }
]

const v3Categories = [{ id: 1, name: 'VIP', color: '#d4a017' }]

/**
 * Entries as versions 1–3 wrote them (views/audit/audit-facts.test.ts reads them in Ukrainian):
 * an import naming both customers, an export whose filter was kept as a Polish sentence, a bulk
 * change with its category's name, and a demo load that named nobody and counted 0 customers.
 */
const entries = [
  {
    id: 1,
    at,
    action: 'import',
    staffName: 'this PC',
    customerCount: 2,
    customerIds: [1, 2],
    details: { batchId: 'b1', fileName: 'klienci.xlsx', rows: 3, created: 2, updated: 0, unchanged: 0, skipped: 1, skippedByReason: { 'no-identity': 1 }, mode: 'both', overwrite: false, undoChunks: 0 },
    undoable: 1,
    undoneAt: 0
  },
  { id: 2, at: at + 1000, action: 'export', staffName: 'Ola', customerCount: 1, customerIds: [2], details: { fileName: 'bondar.xlsx', format: 'xlsx', scope: 'filtered', filter: 'Nie widziano od 90 dni; wyszukiwanie: bondar' }, undoable: 0, undoneAt: 0 },
  { id: 3, at: at + 2000, action: 'bulk-category', staffName: 'this PC', customerCount: 2, customerIds: [1, 2], details: { operation: 'add', categoryId: 1, category: 'VIP', scope: 'all', changed: 2 }, undoable: 0, undoneAt: 0 },
  { id: 4, at: at + 3000, action: 'demo-data', staffName: 'this PC', customerCount: 0, customerIds: [], details: { customers: 2000, orders: 20000, seed: 1 }, undoable: 0, undoneAt: 0 }
]

export const v3Fixture: SchemaFixture = {
  version: 3,
  // Version 2's stores with the two additions of version 3.
  stores: {
    ...v2Fixture.stores,
    customers: `${v2Fixture.stores.customers}, referral.sourceId`,
    figuresDue: 'customerId, dueAt'
  },

  async fill(db: Dexie) {
    await db.table('settings').bulkPut([
      { key: 'mainCurrency', value: 'PLN' },
      { key: 'defaultPhoneCountry', value: 'PL' },
      { key: 'staffName', value: 'this PC' }
    ])
    await db.table('customers').bulkAdd(customers)
    await db.table('categories').bulkAdd(v3Categories)
    await db.table('audit').bulkAdd(entries)
  },

  async expectAfterUpgrade(db, expect) {
    expect(await db.customers.toArray()).toEqual(customers)
    expect(await db.audit.toArray()).toEqual(entries)
    expect(await db.audit.where('customerIds').equals(2).primaryKeys()).toEqual([1, 2, 3])
    expect(await db.audit.where('customerIds').equals(1).primaryKeys()).toEqual([1, 3])
  }
}
