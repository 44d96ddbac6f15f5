import type { ConsentChannel, ConsentState, Customer, Id, Referral } from '../domain/types'
import type { ImportedConsent, ImportedCustomer } from './build-customer'
import { recordLimits } from './build-customer'

/**
 * What an import row does to a customer who is already in the database. By default it only
 * fills what is empty (a name, an address line, a birthday…) and adds what is new (another
 * phone, e-mail, category); with `overwrite` the file's non-empty values replace the
 * customer's. An empty cell never erases anything. The plan keeps every value it replaces,
 * so the import can be undone field by field.
 */

/** Scalar fields an import may set, with where they live on the customer row. */
export const scalarFields = ['firstName', 'lastName', 'street', 'postalCode', 'city', 'country', 'birthday', 'cardNumber', 'notes', 'preferences', 'allergies', 'discountPercent', 'type', 'blocked', 'referral', 'homeStoreId'] as const
export type ScalarField = (typeof scalarFields)[number]
/** A field's value; null for an optional field the customer does not have (referral). */
type ScalarValue = string | number | Referral | null

export interface FieldChange {
  field: ScalarField
  before: ScalarValue
  after: ScalarValue
}

export interface ConsentChange {
  channel: ConsentChannel
  granted: boolean
  at: number
  /** The customer's consent state before the import (restored on undo). */
  before: ConsentState
}

/** What undo needs for one updated customer. */
export interface UpdateUndo {
  id: Id
  fields: FieldChange[]
  added: { phones: string[]; emails: string[]; categoryIds: Id[]; groupIds: Id[] }
  consents: ConsentChange[]
  /** Consent history entries the import added (deleted on undo). */
  consentEventIds: Id[]
}

export interface UpdatePlan {
  /** The customer row with the changes applied (derived fields not yet recomputed). */
  next: Customer
  undo: UpdateUndo
  /** Whether anything changes at all. */
  changed: boolean
}

function read(customer: Customer, field: ScalarField): ScalarValue {
  switch (field) {
    case 'street':
    case 'postalCode':
    case 'city':
    case 'country':
      return customer.address[field]
    case 'referral':
      return customer.referral ?? null
    default:
      return customer[field]
  }
}

/** Same value (a referral is compared by content). */
function same(a: ScalarValue, b: ScalarValue): boolean {
  return a === b || (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b))
}

function write(customer: Customer, field: ScalarField, value: ScalarValue): Customer {
  switch (field) {
    case 'street':
    case 'postalCode':
    case 'city':
    case 'country':
      return { ...customer, address: { ...customer.address, [field]: value as string } }
    case 'referral': {
      const { referral: _old, ...rest } = customer
      return value === null ? rest : { ...rest, referral: value as Referral }
    }
    default:
      return { ...customer, [field]: value } as Customer
  }
}

/** The value the file gives for a field, or null when it says nothing. */
function imported(row: ImportedCustomer, field: ScalarField): ScalarValue | null {
  switch (field) {
    case 'discountPercent':
      return row.discountPercent
    case 'type':
      return row.type
    case 'blocked':
      return row.blocked === null ? null : row.blocked ? 1 : 0
    case 'referral':
      return row.referral
    case 'homeStoreId':
      return row.homeStoreId === 0 ? null : row.homeStoreId
    default: {
      const value = row[field]
      return value === '' ? null : value
    }
  }
}

/** Whether a customer's current value counts as empty (nothing to protect). */
function isEmpty(field: ScalarField, value: ScalarValue): boolean {
  if (field === 'discountPercent' || field === 'blocked' || field === 'homeStoreId') return value === 0
  // Every customer has a type; "contact" is the default a file can make more precise.
  if (field === 'type') return value === 'contact'
  return value === '' || value === null
}

export function planUpdate(
  existing: Customer,
  row: ImportedCustomer,
  resolved: { categoryIds: Id[]; groupIds: Id[] },
  options: { overwrite: boolean; now: number }
): UpdatePlan {
  let next: Customer = existing
  const fields: FieldChange[] = []
  for (const field of scalarFields) {
    const value = imported(row, field)
    if (value === null) continue
    const current = read(existing, field)
    if (same(current, value)) continue
    if (!options.overwrite && !isEmpty(field, current)) continue
    next = write(next, field, value)
    fields.push({ field, before: current, after: value })
  }

  const addNew = <T>(current: T[], incoming: T[], limit: number): T[] => incoming.filter((item) => !current.includes(item)).slice(0, Math.max(0, limit - current.length))
  const added = {
    phones: addNew(existing.phones, row.phones, recordLimits.phones),
    emails: addNew(existing.emails, row.emails, recordLimits.emails),
    categoryIds: addNew(existing.categoryIds, resolved.categoryIds, Number.MAX_SAFE_INTEGER),
    groupIds: addNew(existing.groupIds, resolved.groupIds, Number.MAX_SAFE_INTEGER)
  }
  if (added.phones.length) next = { ...next, phones: [...next.phones, ...added.phones] }
  if (added.emails.length) next = { ...next, emails: [...next.emails, ...added.emails] }
  if (added.categoryIds.length) next = { ...next, categoryIds: [...next.categoryIds, ...added.categoryIds] }
  if (added.groupIds.length) next = { ...next, groupIds: [...next.groupIds, ...added.groupIds] }

  const consents: ConsentChange[] = []
  const consider = (channel: ConsentChannel, imported: ImportedConsent | null) => {
    // A plain "No" is not a decision to record: it never withdraws a consent the customer gave.
    if (!imported || imported.state === 'not-given') return
    const granted = imported.state === 'given'
    const before = existing.consents[channel]
    const neverAsked = before.at === 0
    if (!neverAsked && (!options.overwrite || before.granted === granted)) return
    consents.push({ channel, granted, at: imported.at ?? options.now, before })
  }
  consider('email', row.consentEmail)
  consider('sms', row.consentSms)
  for (const change of consents) {
    next = { ...next, consents: { ...next.consents, [change.channel]: { granted: change.granted, at: change.at, source: 'import' } } }
  }

  const changed = fields.length > 0 || consents.length > 0 || Object.values(added).some((list) => list.length > 0)
  return { next, undo: { id: existing.id!, fields, added, consents, consentEventIds: [] }, changed }
}

/**
 * Undoes one update on the customer as they are now: each field goes back to its value before
 * the import unless the desk has changed it since; added phones, e-mails, categories and
 * groups are taken off; consents set by the import go back to their earlier state if still
 * the import's.
 */
export function revertUpdate(current: Customer, undo: UpdateUndo): Customer {
  let next = current
  for (const change of undo.fields) {
    if (same(read(next, change.field), change.after)) next = write(next, change.field, change.before)
  }
  const without = <T>(list: T[], gone: T[]) => list.filter((item) => !gone.includes(item))
  next = {
    ...next,
    phones: without(next.phones, undo.added.phones),
    emails: without(next.emails, undo.added.emails),
    categoryIds: without(next.categoryIds, undo.added.categoryIds),
    groupIds: without(next.groupIds, undo.added.groupIds)
  }
  for (const change of undo.consents) {
    const now = next.consents[change.channel]
    if (now.source === 'import' && now.at === change.at && now.granted === change.granted) {
      next = { ...next, consents: { ...next.consents, [change.channel]: change.before } }
    }
  }
  return next
}
