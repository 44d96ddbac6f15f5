import type { Customer, Id } from '@shared/domain/types'
import { customerInScope } from '@shared/staff/store-scope'
import * as customerChunks from '../repositories/customer-chunks'
import * as customers from '../repositories/customers'
import type { RegularsDatabase } from '../schema'
import * as search from '../search'
import { sessionOf } from './session'

/**
 * The customer reads of `@renderer/db`, limited to the signed-in person's stores (F23: a
 * one-store person sees customers with an order there or that home store). index.ts exports
 * these by name over the unlimited ones, so the card (also opened by a typed URL), search,
 * duplicate warnings, exports and prints outside db/ see only those customers. For a person of
 * all stores they cost nothing extra.
 */
export async function getCustomer(db: RegularsDatabase, id: Id): Promise<Customer | undefined> {
  const customer = await customers.getCustomer(db, id)
  return customer && customerInScope(customer, sessionOf(db).scope) ? customer : undefined
}

export async function getCustomers(db: RegularsDatabase, ids: readonly Id[], options: { withoutErased?: boolean } = {}): Promise<Customer[]> {
  return inScope(db, await customers.getCustomers(db, ids, options))
}

export async function exportableCustomers(db: RegularsDatabase, ids: readonly Id[]): Promise<Customer[]> {
  return inScope(db, await customerChunks.exportableCustomers(db, ids))
}

/** Rows read to test hits against a store scope, per request. */
const SCOPE_CHUNK = 200

/**
 * Search, limited to the scope: the hits' rows are read in chunks in id order until `limit`
 * visible ones are found (a first page reads about limit × all stores / their stores rows).
 */
export async function searchCustomerIds(db: RegularsDatabase, query: string, limit = Infinity): Promise<Id[]> {
  const scope = sessionOf(db).scope
  if (scope.kind === 'all') return search.searchCustomerIds(db, query, limit)
  const hits = await search.searchCustomerIds(db, query)
  const visible: Id[] = []
  for (let start = 0; start < hits.length && visible.length < limit; start += SCOPE_CHUNK) {
    const rows = await db.customers.bulkGet(hits.slice(start, start + SCOPE_CHUNK))
    for (const row of rows) if (row && customerInScope(row, scope)) visible.push(row.id!)
  }
  return visible.slice(0, limit)
}

function inScope(db: RegularsDatabase, rows: Customer[]): Customer[] {
  const scope = sessionOf(db).scope
  return scope.kind === 'all' ? rows : rows.filter((row) => customerInScope(row, scope))
}
