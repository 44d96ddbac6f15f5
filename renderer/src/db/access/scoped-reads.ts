import type { ConsentEvent, Customer, CustomerStoreStats, Id, Order } from '@shared/domain/types'
import { unmaskContacts, withMaskedContacts, withoutContacts, maskEmail, maskPhone } from '@shared/staff/contact-mask'
import { customerInScope } from '@shared/staff/store-scope'
import { dataErrors } from '../errors'
import { AppError } from '@shared/errors'
import * as blocking from '../repositories/blocking'
import * as consents from '../repositories/consents'
import * as customerChunks from '../repositories/customer-chunks'
import * as customerHistory from '../repositories/customer-history'
import * as customerNamesRepo from '../repositories/customer-names'
import * as customers from '../repositories/customers'
import * as orders from '../repositories/orders'
import * as recompute from '../repositories/recompute'
import type { RegularsDatabase } from '../schema'
import * as search from '../search'
import { contactsHidden } from './contact-visibility'
import { sessionOf } from './session'

/**
 * The customer reads of `@renderer/db`, limited to the signed-in person's stores (F23: a
 * one-store person sees customers with an order there or that home store), with contact
 * details masked for a person without the right to see them. index.ts exports these by name
 * over the unlimited ones, so the card (also opened by a typed URL), its history, search,
 * duplicate warnings, exports and prints outside db/ see only those customers, and nothing
 * while the desk is locked (the locked scope is no store). A read by a customer's id costs a
 * person of some stores one read of that row by key; a person of all stores pays nothing.
 */

/** The row as the signed-in person may read it: contacts masked without the right. */
function shown(db: RegularsDatabase, row: Customer): Customer {
  return contactsHidden(db) ? withMaskedContacts(row) : row
}

function inScope(db: RegularsDatabase, rows: readonly Customer[]): Customer[] {
  const scope = sessionOf(db).scope
  return scope.kind === 'all' ? [...rows] : rows.filter((row) => customerInScope(row, scope))
}

/** Whether the signed-in person may read this customer's data (one read by key, none for a person of all stores). */
async function mayRead(db: RegularsDatabase, customerId: Id): Promise<boolean> {
  const scope = sessionOf(db).scope
  if (scope.kind === 'all') return true
  const row = await db.customers.get(customerId)
  return row !== undefined && customerInScope(row, scope)
}

export async function getCustomer(db: RegularsDatabase, id: Id): Promise<Customer | undefined> {
  const customer = await customers.getCustomer(db, id)
  return customer && customerInScope(customer, sessionOf(db).scope) ? shown(db, customer) : undefined
}

export async function getCustomers(db: RegularsDatabase, ids: readonly Id[], options: { withoutErased?: boolean } = {}): Promise<Customer[]> {
  return inScope(db, await customers.getCustomers(db, ids, options)).map((row) => shown(db, row))
}

/** Rows for an export or a print: a person without the contacts right gets them with no contact at all. */
export async function exportableCustomers(db: RegularsDatabase, ids: readonly Id[]): Promise<Customer[]> {
  const rows = inScope(db, await customerChunks.exportableCustomers(db, ids))
  return contactsHidden(db) ? rows.map(withoutContacts) : rows
}

/** Orders of the customers given, only of those the person may read (the rows passed in are not trusted: their ids are read again). */
export async function ordersOfCustomers(db: RegularsDatabase, rows: readonly Customer[]): Promise<Map<Id, Order[]>> {
  if (sessionOf(db).scope.kind === 'all') return customerChunks.ordersOfCustomers(db, rows)
  const visible = inScope(db, await customers.getCustomers(db, rows.map((row) => row.id!)))
  return customerChunks.ordersOfCustomers(db, visible)
}

/**
 * A write to a customer the person may read; a contact value still masked (written back from
 * a masked form) stays what is stored, never the mask.
 */
export async function updateCustomer(...[db, id, patch, options]: Parameters<typeof customers.updateCustomer>): Promise<Customer> {
  if (!(await mayRead(db, id))) throw new AppError(dataErrors.customerNotFound, `Customer ${id} not found`)
  let written = patch
  if (contactsHidden(db) && (patch.phones || patch.emails || patch.address)) {
    const stored = await customers.getCustomer(db, id)
    if (!stored) throw new AppError(dataErrors.customerNotFound, `Customer ${id} not found`)
    written = unmaskContacts(patch, stored)
  }
  return shown(db, await customers.updateCustomer(db, id, written, options))
}

/** Rows read to test hits against a store scope, per request. */
const SCOPE_CHUNK = 200

/**
 * Search, limited to the scope. With a limit, the index is asked for a few times as many hits
 * as wanted (most of a store's desk's searches find enough among them) and for more only when
 * too few were theirs; their rows are read in chunks and tested against the scope. A number
 * typed in full finds its customer whatever the contacts right (the tokens are never masked).
 */
export async function searchCustomerIds(db: RegularsDatabase, query: string, limit = Infinity): Promise<Id[]> {
  const scope = sessionOf(db).scope
  if (scope.kind === 'all') return search.searchCustomerIds(db, query, limit)
  if (scope.storeIds.length === 0) return []
  for (let asked = Number.isFinite(limit) ? limit * 3 : Infinity; ; asked *= 4) {
    const hits = await search.searchCustomerIds(db, query, asked)
    const visible: Id[] = []
    // Each chunk as large as the share of theirs seen so far says is needed for the page (rows by id cost ≈ 50 µs each).
    for (let start = 0; start < hits.length && visible.length < limit; ) {
      const share = start === 0 ? 1 : Math.max(visible.length / start, 0.05)
      const size = Math.min(SCOPE_CHUNK, Math.ceil(((limit - visible.length) / share) * 1.2) + 4)
      const rows = await db.customers.bulkGet(hits.slice(start, start + size))
      start += size
      for (const row of rows) if (row && customerInScope(row, scope)) visible.push(row.id!)
    }
    // Fewer hits than asked: that was every hit.
    if (visible.length >= limit || hits.length < asked || !Number.isFinite(asked)) return visible.sort((a, b) => a - b).slice(0, limit)
  }
}

/** Duplicate warnings (same phone or e-mail): only customers the person may read. */
export async function customersByContact(...args: Parameters<typeof customers.customersByContact>): Promise<Customer[]> {
  const [db] = args
  return inScope(db, await customers.customersByContact(...args)).map((row) => shown(db, row))
}

export async function customerIdsByContact(...args: Parameters<typeof customers.customerIdsByContact>): Promise<Id[]> {
  return (await customersByContact(...args)).map((row) => row.id!).sort((a, b) => a - b)
}

// ——— one customer's history (the card) ———

export async function customerOrdersPage(db: RegularsDatabase, query: customerHistory.CustomerOrdersQuery): Promise<customerHistory.OrdersPage> {
  return (await mayRead(db, query.customerId)) ? customerHistory.customerOrdersPage(db, query) : { orders: [], total: 0 }
}

export async function customerHistoryCounts(db: RegularsDatabase, customerId: Id): Promise<{ orders: number; consents: number }> {
  return (await mayRead(db, customerId)) ? customerHistory.customerHistoryCounts(db, customerId) : { orders: 0, consents: 0 }
}

export async function newestOrders(db: RegularsDatabase, customerId: Id, limit: number): Promise<Order[]> {
  return (await mayRead(db, customerId)) ? customerHistory.newestOrders(db, customerId, limit) : []
}

export async function* customerOrderChunks(db: RegularsDatabase, customerId: Id, size: number): AsyncGenerator<Order[]> {
  if (await mayRead(db, customerId)) yield* customerHistory.customerOrderChunks(db, customerId, size)
}

export async function customerStoreFigures(db: RegularsDatabase, customerId: Id): Promise<CustomerStoreStats[]> {
  return (await mayRead(db, customerId)) ? customerHistory.customerStoreFigures(db, customerId) : []
}

export async function recentConsentEvents(db: RegularsDatabase, customerId: Id, limit: number): Promise<ConsentEvent[]> {
  return (await mayRead(db, customerId)) ? customerHistory.recentConsentEvents(db, customerId, limit) : []
}

export async function consentHistory(db: RegularsDatabase, customerId: Id): Promise<ConsentEvent[]> {
  return (await mayRead(db, customerId)) ? consents.consentHistory(db, customerId) : []
}

export async function ordersOfCustomer(db: RegularsDatabase, customerId: Id): Promise<Order[]> {
  return (await mayRead(db, customerId)) ? recompute.ordersOfCustomer(db, customerId) : []
}

/** An order, when its customer is one the person may read. */
export async function getOrder(db: RegularsDatabase, id: Id): Promise<Order | undefined> {
  const order = await orders.getOrder(db, id)
  return order && (await mayRead(db, order.customerId)) ? order : undefined
}

/**
 * Who an id is now (the audit log). A customer outside the person's stores is named as gone:
 * the entry shows that it concerned someone, not who.
 */
export async function customerNames(db: RegularsDatabase, ids: readonly Id[]): Promise<customerNamesRepo.NamedCustomer[]> {
  const named = await customerNamesRepo.customerNames(db, ids)
  const scope = sessionOf(db).scope
  if (scope.kind === 'all') return named
  const visible = new Set(inScope(db, await customers.getCustomers(db, ids)).map((row) => row.id!))
  return named.map((entry) => (visible.has(entry.id) ? entry : { id: entry.id, state: 'gone' }))
}

/**
 * Why a new order is refused. Checked on the stored row (the card may hold a masked one, whose
 * contacts would match nobody); a blocked record's matching contact is masked like the rest.
 */
export async function orderRefusalFor(db: RegularsDatabase, customer: Customer): Promise<blocking.OrderRefusal | null> {
  const stored = customer.id === undefined ? undefined : await customers.getCustomer(db, customer.id)
  return masked(db, await blocking.orderRefusalFor(db, stored && contactsHidden(db) ? stored : customer))
}

export async function orderRefusalForId(db: RegularsDatabase, customerId: Id): Promise<blocking.OrderRefusal | null> {
  return (await mayRead(db, customerId)) ? masked(db, await blocking.orderRefusalForId(db, customerId)) : null
}

function masked(db: RegularsDatabase, refusal: blocking.OrderRefusal | null): blocking.OrderRefusal | null {
  if (refusal?.kind !== 'blocked-contact' || !contactsHidden(db)) return refusal
  return { ...refusal, contact: refusal.contact.includes('@') ? maskEmail(refusal.contact) : maskPhone(refusal.contact) }
}
