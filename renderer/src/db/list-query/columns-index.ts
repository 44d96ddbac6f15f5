import { figureColumns, sortFacet, type FigureColumn } from '@shared/customer-fields/derived'
import type { Customer, Metrics } from '@shared/domain/types'
import type { SortColumn } from '@shared/list/list-query'

/**
 * Which index serves each sortable column, and where its value comes from: the customer's
 * own fields, or the figures of the list's scope (customer row, one store's stats row, or
 * several stores' stats summed). Both are the catalogue's (shared/customer-fields): a
 * column's sort facet names its index, and whether it is a figure that differs per store.
 */

export type MetricColumn = FigureColumn

const metricColumns: ReadonlySet<SortColumn> = new Set<SortColumn>(figureColumns)

/** Figures that differ per store (they have a `[storeId+column]` index on the stats table). */
export function isMetricColumn(column: SortColumn): column is MetricColumn {
  return metricColumns.has(column)
}

/** The customers-table index of a column. */
export function customerIndexOf(column: SortColumn): string {
  return sortFacet(column).index
}

/** Only customers with a value are in the column's index (see SortFacet.sparse). */
export function isSparseColumn(column: SortColumn): boolean {
  return sortFacet(column).sparse === true
}

/** The per-store stats index of a figure column. */
export function storeIndexOf(column: MetricColumn): string {
  return `[storeId+${column}]`
}

/** A value an index sorts by; undefined: the customer is not in a sparse index. */
export type SortKey = string | number | undefined

/** The value the index sorts by, for sorting rows already in memory the same way. */
export function sortValue(column: SortColumn, customer: Customer, metrics: Metrics): SortKey {
  if (isMetricColumn(column)) return metrics[column]
  const value = valueAt(customer, customerIndexOf(column))
  return value === undefined && !isSparseColumn(column) ? 0 : value
}

/** The value at an index's key path ("sortName", "referral.sourceId") of a row. */
export function valueAt(row: object, keyPath: string): string | number | undefined {
  let value: unknown = row
  for (const part of keyPath.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined
  return typeof value === 'string' || typeof value === 'number' ? value : undefined
}

/**
 * IndexedDB's order: by key, then by primary key; a reversed cursor reverses both. Strings
 * compare by code unit in both IndexedDB and JavaScript.
 */
export function compareForIndex(a: { id: number; value: SortKey }, b: { id: number; value: SortKey }): number {
  if (a.value !== undefined && b.value !== undefined) {
    if (a.value < b.value) return -1
    if (a.value > b.value) return 1
  }
  return a.id - b.id
}

/** Whether a customer has no value to be sorted by: no name (erased), or not in a sparse index. */
function lacksValue(column: SortColumn, value: SortKey): boolean {
  return value === undefined || (column === 'name' && value === '')
}

/**
 * The list's order: the index's, in the chosen direction — except that customers without a
 * value (erased ones by name: their sort key is empty; those a sparse index leaves out) come
 * last in both directions, among themselves in id order turned with the direction.
 */
export function compareForList(column: SortColumn, descending: boolean) {
  return (a: { id: number; value: SortKey }, b: { id: number; value: SortKey }): number => {
    const aLacks = lacksValue(column, a.value)
    if (aLacks !== lacksValue(column, b.value)) return aLacks ? 1 : -1
    const order = compareForIndex(a, b)
    return descending ? -order : order
  }
}
