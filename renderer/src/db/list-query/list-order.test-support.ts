import type { Id } from '@shared/domain/types'
import type { SortColumn } from '@shared/list/list-query'

/**
 * By value then id, reversed for descending; customers without a value — no name (erased),
 * no referral recorded — last in both directions.
 */
export function listOrder(rows: { id: Id; value: string | number | undefined }[], column: SortColumn, direction: 'asc' | 'desc'): Id[] {
  const lacks = (value: string | number | undefined) => value === undefined || (column === 'name' && value === '')
  rows.sort((a, b) => {
    if (lacks(a.value) !== lacks(b.value)) return lacks(a.value) ? 1 : -1
    if (lacks(a.value)) return a.id - b.id
    return a.value! < b.value! ? -1 : a.value! > b.value! ? 1 : a.id - b.id
  })
  if (direction === 'desc') rows.reverse()
  rows.sort((a, b) => Number(lacks(a.value)) - Number(lacks(b.value)))
  return rows.map((row) => row.id)
}
