import Dexie from 'dexie'
import { deriveCustomerFields, newCustomer } from '@shared/domain/customer'
import { customerProfileSchema, type CustomerProfileInput } from '@shared/domain/schemas'
import type { Customer, CustomerProfile, Id } from '@shared/domain/types'
import { AppError } from '@shared/errors'
import { dataErrors, parseOrThrow } from '../errors'
import type { RegularsDatabase } from '../schema'
import { figureTables } from './recompute'

export interface WriteOptions {
  /** The clock, for tests; Date.now() otherwise. */
  now?: number
}

/** Creates a customer from a validated profile; returns the new id. */
export async function createCustomer(db: RegularsDatabase, profile: CustomerProfileInput, options: WriteOptions = {}): Promise<Id> {
  const valid = parseOrThrow(customerProfileSchema, profile) as CustomerProfile
  const customer = newCustomer(valid, options.now ?? Date.now())
  return (await db.customers.add(customer)) as Id
}

/** Profile fields a caller may change; metrics, tokens and consents have their own paths. */
export type CustomerPatch = Partial<CustomerProfile> & Partial<Pick<Customer, 'blocked' | 'erased' | 'importBatchId'>>

/**
 * Changes profile fields and keeps the derived ones (tokens, sortName, birthdayMonth,
 * consent flags) in step. Returns the updated row.
 */
export async function updateCustomer(db: RegularsDatabase, id: Id, patch: CustomerPatch, options: WriteOptions = {}): Promise<Customer> {
  return db.transaction('rw', db.customers, async () => {
    const current = await db.customers.get(id)
    if (!current) throw new AppError(dataErrors.customerNotFound, `Customer ${id} not found`)
    const next: Customer = { ...current, ...patch, updatedAt: options.now ?? Date.now() }
    // An erased row is anonymous history: it has no name or contact left to validate.
    if (!next.erased) parseOrThrow(customerProfileSchema, profileOf(next))
    const written = { ...next, ...deriveCustomerFields(next) }
    await db.customers.put(written)
    return written
  })
}

/** Blocks or unblocks at once (issue 5's switch). */
export function setCustomerBlocked(db: RegularsDatabase, id: Id, blocked: boolean, options: WriteOptions = {}): Promise<Customer> {
  return updateCustomer(db, id, { blocked: blocked ? 1 : 0 }, options)
}

/** Deletes a customer with their orders, per-store stats and consent history. */
export async function deleteCustomer(db: RegularsDatabase, id: Id): Promise<void> {
  await db.transaction('rw', [...figureTables(db), db.consentEvents], async () => {
    await db.orders.where('[customerId+at]').between([id, Dexie.minKey], [id, Dexie.maxKey]).delete()
    await db.customerStoreStats.where('[customerId+storeId]').between([id, Dexie.minKey], [id, Dexie.maxKey]).delete()
    await db.consentEvents.where('[customerId+at]').between([id, Dexie.minKey], [id, Dexie.maxKey]).delete()
    await db.customers.delete(id)
  })
}

export function getCustomer(db: RegularsDatabase, id: Id): Promise<Customer | undefined> {
  return db.customers.get(id)
}

/** Customers with exactly this E.164 phone or lower-cased e-mail (duplicate warnings, import matching). */
export async function customerIdsByContact(db: RegularsDatabase, contact: { phones?: string[]; emails?: string[] }): Promise<Id[]> {
  const ids = new Set<Id>()
  if (contact.phones?.length) for (const id of (await db.customers.where('phones').anyOf(contact.phones).primaryKeys()) as Id[]) ids.add(id)
  if (contact.emails?.length) {
    const emails = contact.emails.map((email) => email.trim().toLowerCase())
    for (const id of (await db.customers.where('emails').anyOf(emails).primaryKeys()) as Id[]) ids.add(id)
  }
  return [...ids].sort((a, b) => a - b)
}

export function profileOf(customer: Customer): CustomerProfile {
  return {
    firstName: customer.firstName,
    lastName: customer.lastName,
    phones: customer.phones,
    emails: customer.emails,
    address: customer.address,
    birthday: customer.birthday,
    cardNumber: customer.cardNumber,
    notes: customer.notes,
    preferences: customer.preferences,
    allergies: customer.allergies,
    discountPercent: customer.discountPercent,
    categoryIds: customer.categoryIds,
    groupIds: customer.groupIds,
    homeStoreId: customer.homeStoreId,
    type: customer.type
  }
}
