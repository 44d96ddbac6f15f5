import type { DbProbe } from '@renderer/test-entries/db-probe-api'
import { RegularsDatabase } from '../db/schema'
import { loadDemoData } from '../db/demo-loader'
import { searchCustomerIds } from '../db/search'
import { checkDatabase } from '../db/checker'
import { loadActiveDatabaseName } from '../db/backup/active-database'
import { createCustomer, setCustomerBlocked, updateCustomer } from '../db/repositories/customers'
import { recordConsentChange } from '../db/repositories/consents'
import { createCategory } from '../db/repositories/categories'
import { createSegment } from '../db/repositories/segments'
import { createStore } from '../db/repositories/stores'
import { emptyProfile } from '@shared/domain/customer'
import type { ListFilters } from '@shared/list/list-query'
import { eraseCustomer } from '../db/repositories/erase'
import { deleteCustomerAudited } from '../db/repositories/audited-actions'
import { scrubFreedValues } from '../db/scrub-freed-values'
import { mergeCustomers } from '../db/repositories/merge'
import { mergeFields, type MergeChoices } from '@shared/domain/merge'
import { createStaffMember } from '../db/repositories/staff'
import { v1Fixture } from '../db/schema-fixtures/v1'

// Installed into the page by tests and benchmarks only (tests/host/db-probe.ts bundles this
// file on its own); nothing imports it from the app, so it never ships. It opens the app's
// own IndexedDB database (same origin, the name the restore pointer gives) with the same
// data-layer code.
const opening = loadActiveDatabaseName().then((name) => new RegularsDatabase(name))

async function timed<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now()
  const result = await run()
  return { result, ms: performance.now() - started }
}

const probe: DbProbe = {
  // In the language the page shows, as the app's own offer loads it.
  loadDemo: async (options) => loadDemoData(await opening, { language: document.documentElement.lang || navigator.language, ...options }),
  search: async (query, limit) => {
    const db = await opening
    return timed(() => searchCustomerIds(db, query, limit))
  },
  customers: async (ids) => (await opening).customers.bulkGet(ids),
  counts: async () => {
    const db = await opening
    return { customers: await db.customers.count(), orders: await db.orders.count() }
  },
  check: async () => {
    const db = await opening
    const { result, ms } = await timed(() => checkDatabase(db))
    return { ...result, ms }
  },
  setContact: async (id, contact) => {
    await updateCustomer(await opening, id, { emails: [contact.email], lastName: contact.lastName, notes: contact.notes })
  },
  erase: async (id) => {
    await eraseCustomer(await opening, id, { staffName: 'probe' })
    await scrubFreedValues()
  },
  merge: async (keptId, otherId) => {
    const choices = Object.fromEntries(mergeFields.map((field) => [field, 'kept'])) as MergeChoices
    await mergeCustomers(await opening, { keptId, otherId, choices, staffName: 'probe' })
    await scrubFreedValues()
  },
  remove: async (id) => {
    await deleteCustomerAudited(await opening, id, { staffName: 'probe' })
    await scrubFreedValues()
  },
  addStaff: async (name, roleId, pin) => createStaffMember(await opening, { name, roleId, allStores: true, storeIds: [], active: true }, pin),
  async v1FixtureRows() {
    const tables: Record<string, unknown[]> = Object.fromEntries(Object.keys(v1Fixture.stores).map((name) => [name, []]))
    // The fixture writes through Dexie's table API; these stand-ins only gather its rows.
    const table = (name: string) => ({
      add: async (row: unknown) => void tables[name]!.push(row),
      put: async (row: unknown) => void tables[name]!.push(row),
      bulkAdd: async (rows: unknown[]) => void tables[name]!.push(...rows),
      bulkPut: async (rows: unknown[]) => void tables[name]!.push(...rows)
    })
    await v1Fixture.fill({ table } as never)
    return tables
  },
  async addCustomer(seed) {
    const db = await opening
    const { firstName, lastName, phones = [], emails = [], discountPercent = 0, categoryIds = [], homeStoreId = 0 } = seed
    const id = await createCustomer(db, { ...emptyProfile(), firstName, lastName, phones, emails, discountPercent, categoryIds, homeStoreId })
    const day = 86_400_000
    const start = Date.now() - 30 * day
    for (const channel of ['sms', 'email'] as const)
      for (const [index, granted] of (seed[channel] ?? []).entries())
        await recordConsentChange(db, { customerId: id, channel, granted, at: start + index * day, source: 'desk', staffName: 'probe', wording: 'Consent to offers' })
    if (seed.blocked) await setCustomerBlocked(db, id, true)
    if (seed.erased) await eraseCustomer(db, id, { staffName: 'probe' })
    if (seed.rawPhones) await db.customers.update(id, { phones: seed.rawPhones })
    return id
  },
  addStore: async (name, currency) => createStore(await opening, { name, currency }),
  addCategory: async (name) => createCategory(await opening, { name, color: '#2f7d32' }),
  addSegment: async (name, filters) => createSegment(await opening, { name, description: '', filters: filters as ListFilters }),
  close: async () => (await opening).close()
}

;(window as unknown as { __regularsDbProbe: DbProbe }).__regularsDbProbe = probe
