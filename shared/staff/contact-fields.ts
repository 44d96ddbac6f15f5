import { exportFieldKeys, fieldEntry, type ExportFieldKey } from '../customer-fields/derived'

/**
 * The exported (and printed) fields that are contact details — read from the customer row's
 * phones, e-mails or address in the catalogue — which an export or a printed list by a person
 * without the "see contact details" right leaves out (F23).
 */
const contactRows = new Set(['phones', 'emails', 'address'])

export const contactFieldKeys: readonly ExportFieldKey[] = exportFieldKeys.filter((key) => contactRows.has(String(fieldEntry(key).row)))

export function withoutContactFields<K extends ExportFieldKey>(fields: readonly K[]): K[] {
  return fields.filter((key) => !contactFieldKeys.includes(key))
}
