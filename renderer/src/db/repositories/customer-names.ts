import { displayName } from '@shared/domain/customer'
import type { Id } from '@shared/domain/types'
import type { RegularsDatabase } from '../schema'

/**
 * Who a customer id is now, for the screens that name customers they only know by id (the
 * audit log): their name, or that their data was erased, or that they are gone (deleted, or
 * merged into another record).
 */
export type NamedCustomer = { id: Id; state: 'present'; name: string } | { id: Id; state: 'erased' } | { id: Id; state: 'gone' }

/** The customers of `ids`, in that order (read by key: a page of ids at a time). */
export async function customerNames(db: RegularsDatabase, ids: readonly Id[]): Promise<NamedCustomer[]> {
  const rows = await db.customers.bulkGet([...ids])
  return ids.map((id, index) => {
    const row = rows[index]
    if (!row) return { id, state: 'gone' }
    if (row.erased) return { id, state: 'erased' }
    return { id, state: 'present', name: displayName(row) }
  })
}
