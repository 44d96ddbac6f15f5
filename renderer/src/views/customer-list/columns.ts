import { exportFacet, fieldLabelKey, listColumnKeys, listFacet, printedFieldsOf, type ExportFieldKey, type ListColumnKey } from '@shared/customer-fields/derived'
import type { CellKind } from '@shared/customer-fields/facets'
import type { FieldLookups } from '@shared/customer-fields/field-lookups'
import type { Customer } from '@shared/domain/types'
import type { SortColumn, SortDirection } from '@shared/list/list-query'

/**
 * The list's columns: the catalogue's fields with a list facet
 * (shared/customer-fields/catalogue.ts) — what each shows, how wide it is, how it aligns and
 * which index sorts it. Widths are fixed so that the header and every virtual row line up
 * without measuring; figures align right with tabular digits.
 */

export type ColumnKey = ListColumnKey
export type { CellKind }

export interface ColumnDef {
  key: ColumnKey
  kind: CellKind
  /** `fields.<key>`: the header, and the column's name in the column menu and the sort's description. */
  labelKey: string
  /** Least pixels; widened to fit the language's header and the widest value (column-widths.ts). */
  width: number
  align: 'left' | 'right' | 'center'
  /** The index that sorts it; none for columns without one (phones, e-mails, chips). */
  sort?: SortColumn
  /** The direction of a first click on its header: A→Z for texts, largest or latest first for figures and dates. */
  firstDirection: SortDirection
  /** The name column identifies the row and cannot be hidden. */
  required?: boolean
  /** Text that may be long (names, e-mails, chips) takes a share of any room left (grid `fr`). */
  grow?: number
  /** The exported fields that stand for the column in an export or a printed list. */
  prints: ExportFieldKey[]
  /** The cell's text, for 'text' cells: the exported value as text. */
  text(customer: Customer, lookups: FieldLookups): string
}

/**
 * The order of the column menu for a new user (new columns are appended hidden to a stored
 * layout: list-layout.ts). Every column exactly once: a missing one is a compile error below.
 */
export const columnKeys = [
  'name',
  'phone',
  'email',
  'type',
  'createdAt',
  'orderCount',
  'totalValue',
  'averageValue',
  'visits',
  'tipsTotal',
  'discountPercent',
  'firstOrderAt',
  'lastOrderAt',
  'lastActivityAt',
  'estimatedAnnualValue',
  'categories',
  'referral',
  'consents',
  'homeStore',
  'blocked'
] as const satisfies readonly ColumnKey[]

type Unordered = Exclude<ColumnKey, (typeof columnKeys)[number]>
const everyColumnOrdered: [Unordered] extends [never] ? true : { unordered: Unordered } = true
void everyColumnOrdered

function columnDef(key: ColumnKey): ColumnDef {
  const facet = listFacet(key)
  const prints = printedFieldsOf(key)
  const field = prints.length === 1 ? exportFacet(prints[0]!) : undefined
  return {
    key,
    kind: facet.cell,
    labelKey: fieldLabelKey(key),
    width: facet.width,
    align: facet.align,
    ...(facet.sort ? { sort: key as SortColumn } : {}),
    firstDirection: facet.sort?.ascendingFirst ? 'asc' : 'desc',
    ...(facet.required ? { required: true } : {}),
    ...(facet.grow ? { grow: facet.grow } : {}),
    prints,
    text: (customer, lookups) => String(field?.value(customer, lookups) ?? '')
  }
}

export const columns = Object.fromEntries(listColumnKeys.map((key) => [key, columnDef(key)])) as Record<ColumnKey, ColumnDef>

/** What a new user sees: who, how to reach them, what they are worth, when they were last here. */
export const defaultVisibleColumns: readonly ColumnKey[] = ['name', 'phone', 'email', 'orderCount', 'totalValue', 'lastActivityAt', 'categories']

export function isColumnKey(value: unknown): value is ColumnKey {
  return typeof value === 'string' && Object.hasOwn(columns, value)
}

/** The exported fields that stand for these columns, in their order, once each. */
export function printedFields(keys: readonly ColumnKey[]): ExportFieldKey[] {
  return [...new Set(keys.flatMap((key) => columns[key].prints))]
}
