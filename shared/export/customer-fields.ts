import { formatPhoneInternational } from '../domain/phone'
import { NOT_ESTIMABLE, NO_DATE, type Customer, type CustomerType, type Id } from '../domain/types'
import type { ExportCell, ExportColumnType } from './export-spec'

/**
 * The customer fields an export can hold, each with its spreadsheet type and how its value
 * is read from the customer row. Headers are translated by the renderer
 * (`export.fields.<key>`); the keys are recorded in the audit log.
 */

export interface CustomerExportLookups {
  categoryNames: ReadonlyMap<Id, string>
  groupNames: ReadonlyMap<Id, string>
  storeNames: ReadonlyMap<Id, string>
  /** Translated "Registered" / "Contact". */
  typeLabels: Record<CustomerType, string>
  /** A birthday without a year ("--04-12"), written the locale's way ("12.04."). */
  dayAndMonth(month: number, day: number): string
}

export interface CustomerField {
  type: ExportColumnType
  value(customer: Customer, lookups: CustomerExportLookups): ExportCell
}

const text = (value: string | undefined): ExportCell => (value ? value : null)
const date = (value: number): ExportCell => (value === NO_DATE ? null : value)
const names = (ids: readonly Id[], lookup: ReadonlyMap<Id, string>): ExportCell =>
  ids.length === 0 ? null : ids.map((id) => lookup.get(id) ?? `#${id}`).join(', ')
const phones = (list: readonly string[]): ExportCell => (list.length === 0 ? null : list.map(formatPhoneInternational).join(', '))

/** A full birthday is a date (local midnight); one without a year is text. */
function birthday(value: string, lookups: CustomerExportLookups): ExportCell {
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (full) return new Date(Number(full[1]), Number(full[2]) - 1, Number(full[3])).getTime()
  const partial = /^--(\d{2})-(\d{2})$/.exec(value)
  if (partial) return lookups.dayAndMonth(Number(partial[1]), Number(partial[2]))
  return text(value)
}

export const customerFields = {
  id: { type: 'number', value: (c) => c.id ?? null },
  createdAt: { type: 'datetime', value: (c) => date(c.createdAt) },
  firstName: { type: 'text', value: (c) => text(c.firstName) },
  lastName: { type: 'text', value: (c) => text(c.lastName) },
  phone: { type: 'text', value: (c) => (c.phones[0] ? formatPhoneInternational(c.phones[0]) : null) },
  otherPhones: { type: 'text', value: (c) => phones(c.phones.slice(1)) },
  email: { type: 'text', value: (c) => text(c.emails[0]) },
  otherEmails: { type: 'text', value: (c) => (c.emails.length > 1 ? c.emails.slice(1).join(', ') : null) },
  street: { type: 'text', value: (c) => text(c.address.street) },
  postalCode: { type: 'text', value: (c) => text(c.address.postalCode) },
  city: { type: 'text', value: (c) => text(c.address.city) },
  country: { type: 'text', value: (c) => text(c.address.country) },
  birthday: { type: 'date', value: (c, l) => birthday(c.birthday, l) },
  cardNumber: { type: 'text', value: (c) => text(c.cardNumber) },
  type: { type: 'text', value: (c, l) => l.typeLabels[c.type] },
  consentEmail: { type: 'flag', value: (c) => c.consentEmail },
  consentEmailAt: { type: 'datetime', value: (c) => date(c.consents.email.at) },
  consentSms: { type: 'flag', value: (c) => c.consentSms },
  consentSmsAt: { type: 'datetime', value: (c) => date(c.consents.sms.at) },
  orderCount: { type: 'number', value: (c) => c.orderCount },
  visits: { type: 'number', value: (c) => c.visits },
  noShows: { type: 'number', value: (c) => c.noShows },
  totalValue: { type: 'money', value: (c) => c.totalValue },
  averageValue: { type: 'money', value: (c) => (c.orderCount > 0 ? c.averageValue : null) },
  tipsTotal: { type: 'money', value: (c) => c.tipsTotal },
  estimatedAnnualValue: { type: 'money', value: (c) => (c.estimatedAnnualValue === NOT_ESTIMABLE ? null : c.estimatedAnnualValue) },
  firstOrderAt: { type: 'date', value: (c) => date(c.firstOrderAt) },
  lastOrderAt: { type: 'date', value: (c) => date(c.lastOrderAt) },
  lastActivityAt: { type: 'datetime', value: (c) => date(c.lastActivityAt) },
  discountPercent: { type: 'percent', value: (c) => c.discountPercent },
  categories: { type: 'text', value: (c, l) => names(c.categoryIds, l.categoryNames) },
  groups: { type: 'text', value: (c, l) => names(c.groupIds, l.groupNames) },
  homeStore: { type: 'text', value: (c, l) => (c.homeStoreId ? (l.storeNames.get(c.homeStoreId) ?? null) : null) },
  blocked: { type: 'flag', value: (c) => c.blocked },
  notes: { type: 'text', value: (c) => text(c.notes) },
  preferences: { type: 'text', value: (c) => text(c.preferences) },
  allergies: { type: 'text', value: (c) => text(c.allergies) }
} satisfies Record<string, CustomerField>

export type CustomerFieldKey = keyof typeof customerFields
export const customerFieldKeys = Object.keys(customerFields) as CustomerFieldKey[]

export function isCustomerFieldKey(key: string): key is CustomerFieldKey {
  return Object.hasOwn(customerFields, key)
}

/** What an export holds unless the user changes it (PRODUCT.md F16), in this order. */
export const defaultCustomerExportFields: readonly CustomerFieldKey[] = [
  'createdAt',
  'firstName',
  'lastName',
  'phone',
  'otherPhones',
  'email',
  'otherEmails',
  'street',
  'postalCode',
  'city',
  'country',
  'type',
  'consentEmail',
  'consentEmailAt',
  'consentSms',
  'consentSmsAt',
  'orderCount',
  'totalValue',
  'averageValue',
  'firstOrderAt',
  'lastOrderAt',
  'discountPercent',
  'categories',
  'blocked'
]

/**
 * The fields of an export: the defaults, then the list's visible columns that are not among
 * them (in the list's order), without repeats or unknown keys.
 */
export function exportFieldsWith(visibleColumns: readonly string[], base: readonly CustomerFieldKey[] = defaultCustomerExportFields): CustomerFieldKey[] {
  const fields = [...base]
  for (const key of visibleColumns) if (isCustomerFieldKey(key) && !fields.includes(key)) fields.push(key)
  return fields
}

/** One customer as an export row, in the order of `fields`. */
export function customerExportRow(customer: Customer, fields: readonly CustomerFieldKey[], lookups: CustomerExportLookups): ExportCell[] {
  return fields.map((key) => customerFields[key].value(customer, lookups))
}
