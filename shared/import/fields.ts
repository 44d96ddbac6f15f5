/**
 * The customer fields a column of an imported file can fill. A column maps to one field or
 * to nothing ('ignore'). Some fields take several columns (two phone columns, Address 1 +
 * Address 2); the rest take one.
 */
export const importFields = [
  'fullName',
  'firstName',
  'lastName',
  'phone',
  'email',
  'street',
  'postalCode',
  'city',
  'country',
  'birthday',
  'cardNumber',
  'notes',
  'preferences',
  'allergies',
  'discount',
  'consentEmail',
  'consentSms',
  'consentMarketing',
  'createdAt',
  'category',
  'group',
  'type',
  'blocked'
] as const

export type ImportField = (typeof importFields)[number]

/** What a column is mapped to: a field, or nothing. */
export type ColumnTarget = ImportField | 'ignore'

/** Fields several columns may fill: their values are all kept (phones, e-mails, notes…). */
export const multiColumnFields: ReadonlySet<ImportField> = new Set<ImportField>([
  'phone',
  'email',
  'street',
  'notes',
  'preferences',
  'allergies',
  'category',
  'group'
])

/** The fields a row needs at least one of to become a customer. */
export const identifyingFields: ReadonlySet<ImportField> = new Set<ImportField>(['fullName', 'firstName', 'lastName', 'phone', 'email'])

export function isImportField(value: unknown): value is ImportField {
  return typeof value === 'string' && (importFields as readonly string[]).includes(value)
}

export function isColumnTarget(value: unknown): value is ColumnTarget {
  return value === 'ignore' || isImportField(value)
}
