import Dexie from 'dexie'
import { deriveCustomerFields, newCustomer, profileOf } from '@shared/domain/customer'
import { customerProfileSchema, type CustomerProfileInput } from '@shared/domain/schemas'
import { foldText } from '@shared/domain/text-fold'
import type { Customer, CustomerProfile, Id } from '@shared/domain/types'
import { AppError } from '@shared/errors'
import { dataErrors, parseOrThrow } from '../errors'
import type { RegularsDatabase } from '../schema'
import { figureTables } from './recompute'
import { effectsAfterHandEdit } from '@shared/rules/hand-edits'
import { withRulesApplied } from '../rules/rules-apply'
import { rulesInForce } from '../rules/rules-store'

export interface WriteOptions {
  /** The clock, for tests; Date.now() otherwise. */
  now?: number
}

/** Creates a customer from a validated profile; returns the new id. */
export async function createCustomer(db: RegularsDatabase, profile: CustomerProfileInput, options: WriteOptions = {}): Promise<Id> {
  const valid = parseOrThrow(customerProfileSchema, profile) as CustomerProfile
  const now = options.now ?? Date.now()
  const customer = withRulesApplied(newCustomer(valid, now), await rulesInForce(db), now)
  return (await db.customers.add(customer)) as Id
}

/** Profile fields a caller may change; metrics, tokens and consents have their own paths. */
export type CustomerPatch = Partial<CustomerProfile> & Partial<Pick<Customer, 'blocked' | 'erased' | 'importBatchId'>>

/**
 * Changes profile fields and keeps the derived ones (tokens, sortName, birthdayMonth,
 * consent flags) in step. Returns the updated row.
 */
export async function updateCustomer(db: RegularsDatabase, id: Id, patch: CustomerPatch, options: WriteOptions = {}): Promise<Customer> {
  const now = options.now ?? Date.now()
  const rules = await rulesInForce(db)
  return db.transaction('rw', db.customers, async () => {
    const current = await db.customers.get(id)
    if (!current) throw new AppError(dataErrors.customerNotFound, `Customer ${id} not found`)
    const next: Customer = { ...current, ...patch, updatedAt: now }
    // A patch clears an optional field (a referral) with undefined: the row then has none.
    for (const key of Object.keys(patch) as (keyof CustomerPatch)[]) if (patch[key] === undefined) delete next[key]
    // An erased row is anonymous history: it has no name or contact left to validate.
    if (!next.erased) parseOrThrow(customerProfileSchema, profileOf(next))
    // What a person took off that a rule gave stays off (an exception); then the rules, in the same transaction.
    if (current.ruleEffects) {
      next.ruleEffects = effectsAfterHandEdit(current, next, now)
      if (next.ruleEffects === undefined) delete next.ruleEffects
    }
    const ruled = withRulesApplied(next, rules, now)
    const written = { ...ruled, ...deriveCustomerFields(ruled) }
    await db.customers.put(written)
    return written
  })
}

/** Blocks or unblocks at once (the card's Blocked switch). */
export function setCustomerBlocked(db: RegularsDatabase, id: Id, blocked: boolean, options: WriteOptions = {}): Promise<Customer> {
  return updateCustomer(db, id, { blocked: blocked ? 1 : 0 }, options)
}

/** Deletes a customer with their orders, per-store stats and consent history. */
export async function deleteCustomer(db: RegularsDatabase, id: Id): Promise<void> {
  await db.transaction('rw', [...figureTables(db), db.consentEvents], async () => {
    await db.orders.where('[customerId+at]').between([id, Dexie.minKey], [id, Dexie.maxKey]).delete()
    await db.customerStoreStats.where('[customerId+storeId]').between([id, Dexie.minKey], [id, Dexie.maxKey]).delete()
    await db.consentEvents.where('[customerId+at]').between([id, Dexie.minKey], [id, Dexie.maxKey]).delete()
    await db.openBookings.delete(id)
    await db.figuresDue.delete(id)
    await db.customers.delete(id)
  })
}

/** The customers of `ids` that exist, in the order of `ids`; erased ones too unless `withoutErased`. */
export async function getCustomers(db: RegularsDatabase, ids: readonly Id[], options: { withoutErased?: boolean } = {}): Promise<Customer[]> {
  const rows = await db.customers.bulkGet([...ids])
  return rows.filter((row): row is Customer => row !== undefined && !(options.withoutErased && row.erased === 1))
}

export function getCustomer(db: RegularsDatabase, id: Id): Promise<Customer | undefined> {
  return db.customers.get(id)
}

/**
 * Customers (erased ones too) with exactly one of these E.164 phones or e-mails (duplicate
 * warnings, import matching). Looked up through the search tokens — they hold each phone's
 * international digits and each whole e-mail, folded — and checked on the rows, since a
 * token can also be a card number or a longer phone's digits. A chain of Dexie promises, so
 * it can run inside an import's transaction.
 */
export function customersByContact(db: RegularsDatabase, contact: { phones?: readonly string[]; emails?: readonly string[] }): PromiseLike<Customer[]> {
  const phones = new Set(contact.phones ?? [])
  const emails = new Set((contact.emails ?? []).map(normaliseEmail))
  const tokens = [...[...phones].map((phone) => phone.replace(/\D/g, '')), ...[...emails].map((email) => foldText(email))].filter((token) => token !== '')
  if (tokens.length === 0) return Dexie.Promise.resolve([])
  return db.customers
    .where('tokens')
    .anyOf([...new Set(tokens)])
    .distinct()
    .toArray()
    .then((rows) => rows.filter((row) => row.phones.some((phone) => phones.has(phone)) || row.emails.some((email) => emails.has(normaliseEmail(email)))))
}

function normaliseEmail(email: string): string {
  return email.trim().toLowerCase()
}

/** Ids of customersByContact, ascending. */
export async function customerIdsByContact(db: RegularsDatabase, contact: { phones?: string[]; emails?: string[] }): Promise<Id[]> {
  return (await customersByContact(db, contact)).map((row) => row.id!).sort((a, b) => a - b)
}

export { profileOf }
