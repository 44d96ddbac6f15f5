import Dexie from 'dexie'
import { newCustomer } from '@shared/domain/customer'
import type { Customer, CustomerProfile } from '@shared/domain/types'
import { buildCustomerRow } from '@shared/import/build-customer'
import { guessColumnTargets } from '@shared/import/match-headers'
import { RegularsDatabase } from '@renderer/db/schema'
import { importColumns, importRow } from '@shared/import/bench-rows'

/**
 * In the page: the benchmark's rows made into customers exactly as the import makes them,
 * then timed while bare Dexie bulk-adds them in one transaction into a scratch database with
 * the app's schema. Only the bulk add is timed.
 */
async function bareBulkAdd(count: number): Promise<number> {
  const mapping = guessColumnTargets(importColumns).map((guess) => guess.target)
  const now = Date.now()
  const customers: Customer[] = []
  for (let index = 0; index < count; index++) {
    const cells = importRow(index).map((cell) => (cell instanceof Date ? cell.toISOString().slice(0, 16).replace(/T00:00$/, '') : cell))
    const { customer } = buildCustomerRow({ line: index + 2, cells }, { mapping, headers: importColumns, defaultCountry: 'PL', dayOrders: importColumns.map(() => 'day-first'), now })
    const profile: CustomerProfile = {
      firstName: customer.firstName, lastName: customer.lastName, phones: customer.phones, emails: customer.emails,
      address: { street: customer.street, postalCode: customer.postalCode, city: customer.city, country: customer.country },
      birthday: customer.birthday, cardNumber: customer.cardNumber, notes: customer.notes, preferences: customer.preferences, allergies: customer.allergies,
      discountPercent: customer.discountPercent ?? 0, categoryIds: [], groupIds: [], homeStoreId: 0, type: 'contact'
    }
    customers.push({ ...newCustomer(profile, customer.createdAt ?? now), importBatchId: 'bare' })
  }
  const db = new RegularsDatabase(`import-bare-${Date.now()}`)
  await db.open()
  const started = performance.now()
  await db.transaction('rw', db.customers, async () => {
    for (let start = 0; start < customers.length; start += 2000) await db.customers.bulkAdd(customers.slice(start, start + 2000))
  })
  const ms = performance.now() - started
  db.close()
  await Dexie.delete(db.name)
  return ms
}

;(window as unknown as { __regularsImportBare: typeof bareBulkAdd }).__regularsImportBare = bareBulkAdd
