import type { Customer } from '../domain/types'
import { customerFieldCatalogue as catalogue } from './catalogue'
import type { ExportFacet, FieldEntry, ImportFacet, ImportGroup, ListFacet, MergeRule, SortFacet } from './facets'

/**
 * Everything the screens and services take from the catalogue, derived once: keys in the
 * catalogue's order, and the literal types that make a wrong key a compile error.
 */

type Catalogue = typeof catalogue
export type FieldKey = keyof Catalogue

/** Keys of the entries that have facet F (a type). */
type WithFacet<F extends keyof FieldEntry> = { [K in FieldKey]: Catalogue[K] extends Record<F, unknown> ? K : never }[FieldKey]

export type ListColumnKey = WithFacet<'list'>
export type ExportFieldKey = WithFacet<'export'>
export type SortColumn = { [K in ListColumnKey]: Catalogue[K]['list'] extends { sort: SortFacet } ? K : never }[ListColumnKey]
export type FigureColumn = { [K in SortColumn]: Catalogue[K]['list'] extends { sort: { figure: true } } ? K : never }[SortColumn]
export type ImportField = { [K in WithFacet<'import'>]: Catalogue[K]['import'] extends { target: infer T } ? T : never }[WithFacet<'import'>]
/** The customer-row properties the desk decides on when merging (the others follow a fixed rule). */
export type MergeField = { [K in WithFacet<'merge'>]: Catalogue[K] extends { merge: 'pick' | 'pick-or-combine'; row: infer P } ? P : never }[WithFacet<'merge'>]

const entries = Object.entries(catalogue) as [FieldKey, FieldEntry][]
const keysWith = <K extends FieldKey>(test: (entry: FieldEntry) => boolean): K[] => entries.filter(([, entry]) => test(entry)).map(([key]) => key as K)

export const fieldKeys = Object.keys(catalogue) as FieldKey[]

export function fieldEntry(key: FieldKey): FieldEntry {
  return catalogue[key]
}

/** The one label of a field in every screen, file and printout (messages/fields/<locale>.json). */
export function fieldLabelKey(key: FieldKey): `fields.${FieldKey}` {
  return `fields.${key}`
}

// ——— list ———

export const listColumnKeys = keysWith<ListColumnKey>((entry) => entry.list !== undefined)

export function listFacet(key: ListColumnKey): ListFacet {
  return catalogue[key].list
}

export const sortColumns = keysWith<SortColumn>((entry) => entry.list?.sort !== undefined)

export function sortFacet(column: SortColumn): SortFacet {
  return catalogue[column].list.sort
}

export const figureColumns = sortColumns.filter((column) => sortFacet(column).figure) as FigureColumn[]

/**
 * The exported fields that stand for a list column in an export or a printed list: the
 * column's own field, or those it shows ("name" → first and last name). Typed: every column
 * has some (checks.ts).
 */
export function printedFieldsOf(column: ListColumnKey): ExportFieldKey[] {
  const facet: ListFacet = catalogue[column].list
  return (facet.prints ?? [column]) as ExportFieldKey[]
}

// ——— export and print ———

export const exportFieldKeys = keysWith<ExportFieldKey>((entry) => entry.export !== undefined)

export function exportFacet(key: ExportFieldKey): ExportFacet {
  return catalogue[key].export
}

/** What an export holds unless the user changes it (PRODUCT.md F16), in the catalogue's order. */
export const defaultExportFieldKeys = keysWith<ExportFieldKey>((entry) => entry.export?.default === true)

// ——— import ———

const importEntries = entries.filter((entry): entry is [FieldKey, FieldEntry & { import: ImportFacet }] => entry[1].import !== undefined)

export const importTargets = importEntries.map(([, entry]) => entry.import.target as ImportField)

export function importFacet(target: ImportField): ImportFacet {
  return importEntries.find(([, entry]) => entry.import.target === target)![1].import
}

/** The catalogue field an import target fills. */
export function fieldOfImportTarget(target: ImportField): FieldKey {
  return importEntries.find(([, entry]) => entry.import.target === target)![0]
}

export const importGroups: readonly ImportGroup[] = ['name', 'contact', 'address', 'customer', 'notes', 'consent']

// ——— merge ———

/** The row properties the desk picks per merge, in the catalogue's order. */
export const mergeChoiceFields = entries.filter(([, entry]) => entry.merge === 'pick' || entry.merge === 'pick-or-combine').map(([, entry]) => entry.row as MergeField)

/** Of those, where "both" makes sense: lists united, texts joined on separate lines. */
export const combinableMergeFields: ReadonlySet<MergeField> = new Set(
  entries.filter(([, entry]) => entry.merge === 'pick-or-combine').map(([, entry]) => entry.row as MergeField)
)

/** The merge rule of every row property a merge writes (the desk's choices and the fixed rules). */
export const mergeRules: ReadonlyMap<keyof Customer, MergeRule> = new Map(
  entries.filter(([, entry]) => entry.merge !== undefined && entry.row !== undefined).map(([, entry]) => [entry.row!, entry.merge!])
)

/** The label of a merge row: the field that declares the rule for that row property. */
export function fieldOfMergeField(field: MergeField): FieldKey {
  return entries.find(([, entry]) => entry.row === field && entry.merge !== undefined)![0]
}

// ——— personal data ———

/** Fields that are personal data: erase wipes them, the access export holds them. */
export const personalFieldKeys = keysWith((entry) => entry.personal)

/** The customer-row properties erase sets back to empty. */
export const personalRowProperties: ReadonlySet<keyof Customer> = new Set(
  entries.filter(([, entry]) => entry.personal && entry.row !== undefined).map(([, entry]) => entry.row!)
)

/**
 * The columns of a customer's own data export (access request): every exported field, which
 * holds every personal one (checks.ts, derived.test.ts).
 */
export const accessExportFieldKeys: readonly ExportFieldKey[] = exportFieldKeys
