import type { Customer } from '../domain/types'
import type { ExportCell, ExportColumnType } from '../export/export-spec'
import type { FilterKey } from '../list/list-query'
import type { FieldLookups } from './field-lookups'

/**
 * What a field of the catalogue (catalogue.ts) may declare. Every facet is optional except
 * `personal`: a field that is not a list column has no `list`, one the import cannot fill has
 * no `import`, and so on. Label: `fields.<key>` (renderer/src/i18n/messages/fields), one per
 * field, used by list headers, export headers, print, the form, the card and the merge screen.
 */

/** How a list cell draws the value (views/customer-list/table/ListCell.vue). */
export type CellKind = 'name' | 'text' | 'phone' | 'email' | 'type' | 'count' | 'money' | 'percent' | 'date' | 'estimate' | 'categories' | 'consents' | 'blocked'

export interface SortFacet {
  /** The customers-table index (a key path of the row) that orders the column (schema.ts). */
  index: string
  /** A figure that differs per store: a store's list sorts by the stats' `[storeId+<key>]` index. */
  figure?: true
  /** The first click on the header sorts A→Z (texts); otherwise largest or latest first (figures, dates). */
  ascendingFirst?: true
  /**
   * Only customers with a value are in the index (an optional field: no row is rewritten to
   * add it). The list puts those without one after the others, in either direction.
   */
  sparse?: true
}

export interface ListFacet {
  cell: CellKind
  /** Least pixels; widened to fit the language's header and the widest value (column-widths.ts). */
  width: number
  align: 'left' | 'right' | 'center'
  /** Text that may be long (names, e-mails, chips) takes a share of any room left (grid `fr`). */
  grow?: number
  /** The column identifies the row and cannot be hidden. */
  required?: true
  /** Sortable, by this index; none for columns without one (phones, e-mails, chips). */
  sort?: SortFacet
  /**
   * The exported fields that stand for this column in an export or a printed list, when the
   * column is not an exported field itself ("name" → first and last name). checks.ts makes a
   * column that is neither a compile error.
   */
  prints?: readonly string[]
}

export interface ExportFacet {
  /** The spreadsheet type of the column; a printed list formats the value by it too. */
  type: ExportColumnType
  /** In an export unless the user leaves it out (PRODUCT.md F16). */
  default?: true
  value(customer: Customer, lookups: FieldLookups): ExportCell
}

/** The languages header words are given in (the six UI languages, Russian, and other systems' names). */
export type HeaderWordSource = 'en' | 'pl' | 'cs' | 'uk' | 'fr' | 'bg' | 'ru' | 'systems'

/** The group of the import's mapping screen a target is listed under. */
export type ImportGroup = 'name' | 'contact' | 'address' | 'customer' | 'notes' | 'consent'

export interface ImportFacet {
  /** The name of the import target (kept in remembered mappings: never renamed). */
  target: string
  group: ImportGroup
  /** Several columns may fill it; all their values are kept (phones, e-mails, notes…). */
  multiColumn?: true
  /** A row needs one of these to become a customer. */
  identifying?: true
  /**
   * What a column header may be called, written naturally; folded like headers before
   * comparing (shared/import/header-words.ts). Each of the six UI languages is required.
   */
  words: Readonly<Record<Exclude<HeaderWordSource, 'ru' | 'systems'>, readonly string[]>> & Readonly<Partial<Record<'ru' | 'systems', readonly string[]>>>
}

/**
 * How a merge of two records treats the field's row property: the desk picks a side
 * ('pick'), or may also keep both ('pick-or-combine': lists united, texts joined); or a
 * fixed rule: 'union' of both lists, the 'latest' consent decision, the 'earliest' date.
 */
export type MergeRule = 'pick' | 'pick-or-combine' | 'union' | 'latest' | 'earliest'

export interface FieldEntry {
  /**
   * Personal data of the customer: erasing them wipes it (the row property below goes back
   * to empty), and the access export gives it to them.
   */
  personal: boolean
  /** The customer-row property the value lives in (several fields may share one: phone, other phones). */
  row?: keyof Customer
  /** The list's filters that are conditions on this field (shared/list/list-query.ts). */
  filters?: readonly FilterKey[]
  list?: ListFacet
  export?: ExportFacet
  import?: ImportFacet
  /** Declared on one field per row property. */
  merge?: MergeRule
}
