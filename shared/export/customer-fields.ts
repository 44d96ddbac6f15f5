import type { Customer } from '../domain/types'
import { defaultExportFieldKeys, exportFacet, exportFieldKeys, type ExportFieldKey } from '../customer-fields/derived'
import type { ExportFacet } from '../customer-fields/facets'
import type { FieldLookups } from '../customer-fields/field-lookups'
import type { ExportCell } from './export-spec'

/**
 * The customer fields an export can hold: the catalogue's fields with an export facet
 * (shared/customer-fields/catalogue.ts), each with its spreadsheet type and how its value is
 * read from the customer row. Headers are the fields' labels (`fields.<key>`), translated by
 * the renderer; the keys are recorded in the audit log.
 */

export type CustomerExportLookups = FieldLookups
export type CustomerField = ExportFacet
export type CustomerFieldKey = ExportFieldKey

export const customerFields = Object.fromEntries(exportFieldKeys.map((key) => [key, exportFacet(key)])) as Record<CustomerFieldKey, CustomerField>
export const customerFieldKeys: readonly CustomerFieldKey[] = exportFieldKeys

export function isCustomerFieldKey(key: string): key is CustomerFieldKey {
  return Object.hasOwn(customerFields, key)
}

/** What an export holds unless the user changes it (PRODUCT.md F16), in this order. */
export const defaultCustomerExportFields: readonly CustomerFieldKey[] = defaultExportFieldKeys

/**
 * The fields of an export: the defaults, then the given fields that are not among them (the
 * list's visible columns as exported fields, in the list's order), without repeats.
 */
export function exportFieldsWith(extra: readonly CustomerFieldKey[], base: readonly CustomerFieldKey[] = defaultCustomerExportFields): CustomerFieldKey[] {
  const fields = [...base]
  for (const key of extra) if (!fields.includes(key)) fields.push(key)
  return fields
}

/** One customer as an export row, in the order of `fields`. */
export function customerExportRow(customer: Customer, fields: readonly CustomerFieldKey[], lookups: CustomerExportLookups): ExportCell[] {
  return fields.map((key) => customerFields[key].value(customer, lookups))
}
