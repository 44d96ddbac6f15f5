import { importFacet, importGroups, importTargets, type ImportField } from '../customer-fields/derived'
import type { ImportGroup } from '../customer-fields/facets'

/**
 * The customer fields a column of an imported file can fill: the catalogue's import targets
 * (shared/customer-fields/catalogue.ts). A column maps to one field or to nothing ('ignore').
 * Some fields take several columns (two phone columns, Address 1 + Address 2); the rest take one.
 */
export const importFields: readonly ImportField[] = importTargets
export type { ImportField }

/** What a column is mapped to: a field, or nothing. */
export type ColumnTarget = ImportField | 'ignore'

/** Fields several columns may fill: their values are all kept (phones, e-mails, notes…). */
export const multiColumnFields: ReadonlySet<ImportField> = new Set(importFields.filter((field) => importFacet(field).multiColumn))

/** The fields a row needs at least one of to become a customer. */
export const identifyingFields: ReadonlySet<ImportField> = new Set(importFields.filter((field) => importFacet(field).identifying))

/** The mapping screen's groups of targets, in order. */
export const importFieldGroups: readonly (readonly [ImportGroup, readonly ImportField[]])[] = importGroups.map((group) => [
  group,
  importFields.filter((field) => importFacet(field).group === group)
])

export function isImportField(value: unknown): value is ImportField {
  return typeof value === 'string' && (importFields as readonly string[]).includes(value)
}

export function isColumnTarget(value: unknown): value is ColumnTarget {
  return value === 'ignore' || isImportField(value)
}
