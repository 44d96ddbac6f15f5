import type { customerFieldCatalogue } from './catalogue'
import type { ExportFieldKey, FieldKey, ListColumnKey } from './derived'

/**
 * Compile-time rules of the catalogue: a field that declares one facet but lacks another it
 * needs fails `tsc` here, with the offending keys in the message. (Rules that need values,
 * not types — header words in every language, personal fields wiped by erase — are tested in
 * derived.test.ts.)
 */

type Catalogue = typeof customerFieldCatalogue
type Expect<T extends true> = T
type None<T> = [T] extends [never] ? true : { missing: T }

/** A list column must print and export as something: be an exported field, or say which ones stand for it. */
type UnprintableColumns = { [K in ListColumnKey]: K extends ExportFieldKey ? never : Catalogue[K]['list'] extends { prints: readonly unknown[] } ? never : K }[ListColumnKey]
export type EveryColumnPrints = Expect<None<UnprintableColumns>>

/** What a column prints as must be exported fields. */
type PrintedKeys = { [K in ListColumnKey]: Catalogue[K]['list'] extends { prints: readonly (infer P)[] } ? P : never }[ListColumnKey]
export type PrintedAreExported = Expect<None<Exclude<PrintedKeys, ExportFieldKey>>>

/** A merge rule decides a row property: the field must name it. */
type MergeWithoutRow = { [K in FieldKey]: Catalogue[K] extends { merge: string } ? (Catalogue[K] extends { row: string } ? never : K) : never }[FieldKey]
export type MergeNamesItsRow = Expect<None<MergeWithoutRow>>

/** A personal field must say where it lives on the row (erase wipes that) or be a column of fields that do. */
type PersonalNowhere = { [K in FieldKey]: Catalogue[K] extends { personal: true } ? (Catalogue[K] extends { row: string } ? never : Catalogue[K] extends { list: { prints: readonly unknown[] } } ? never : K) : never }[FieldKey]
export type PersonalIsWipeable = Expect<None<PersonalNowhere>>
