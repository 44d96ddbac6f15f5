import type { AuditAction, AuditEntry, Id } from '@shared/domain/types'
import type { RegularsDatabase } from '../schema'
import { searchCustomerIds } from '../search'

/** The audit log's filters: any of the actions (none = all), a time range, one person, a customer. */
export interface AuditFilters {
  actions: readonly AuditAction[]
  /** Inclusive bounds, epoch ms; undefined = open. */
  from?: number
  to?: number
  /** A person: the entries they did and those they approved for someone else. */
  staffName?: string
  /**
   * A customer's name (or a phone, e-mail or card number, as the quick search reads them):
   * only entries naming a customer it finds. Erased customers have no name left to find.
   */
  customer?: string
}

/** Customers a name search of the log looks for at most; past that the name is too common to be useful. */
export const AUDIT_SEARCH_MAX_CUSTOMERS = 2_000

/** Where a page ends: the next page starts strictly after it (newest first; ties by id). */
export interface AuditCursor {
  at: number
  id: Id
}

export interface AuditPage {
  entries: Array<AuditEntry & { id: Id }>
  /** The cursor of the next (older) page, or null when this is the last one. */
  next: AuditCursor | null
  /** With a customer search: how many customers it found (AUDIT_SEARCH_MAX_CUSTOMERS + 1 means more). */
  customersFound?: number
}

/**
 * One page of the audit log, newest first, read from the `at` index downwards and stopping
 * as soon as the page is full: the log is never read whole, however long it grows.
 * Entries of the same millisecond are ordered by id, so paging never skips or repeats one.
 */
export async function auditEntriesPage(db: RegularsDatabase, filters: AuditFilters, options: { after?: AuditCursor; limit: number }): Promise<AuditPage> {
  const after = options.after
  const upper = Math.min(filters.to ?? Infinity, after?.at ?? Infinity)
  const lower = filters.from ?? -Infinity
  if (upper < lower) return { entries: [], next: null }
  const actions = new Set(filters.actions)
  const wanted = (entry: AuditEntry) =>
    entry.at >= lower &&
    entry.at <= upper &&
    (!after || entry.at < after.at || entry.id! < after.id) &&
    (actions.size === 0 || actions.has(entry.action)) &&
    (filters.staffName === undefined || entry.staffName === filters.staffName || entry.approvedBy === filters.staffName)
  const customer = filters.customer?.trim()
  if (customer) return customerEntriesPage(db, customer, wanted, options.limit)
  const found = (await db.audit.where('at').between(lower, upper, true, true).reverse().filter(wanted).limit(options.limit + 1).toArray()) as Array<AuditEntry & { id: Id }>
  return pageOf(found, options.limit)
}

function pageOf(found: Array<AuditEntry & { id: Id }>, limit: number): AuditPage {
  const entries = found.slice(0, limit)
  const last = entries[entries.length - 1]
  return { entries, next: found.length > limit && last ? { at: last.at, id: last.id } : null }
}

/**
 * The entries naming a customer the search finds: the customers from the search tokens, their
 * entries from the `customerIds` index (schema version 4) — a person's handful of entries,
 * plus the bulk ones that named them — then filtered and ordered like every page.
 */
async function customerEntriesPage(db: RegularsDatabase, query: string, wanted: (entry: AuditEntry) => boolean, limit: number): Promise<AuditPage> {
  const ids = await searchCustomerIds(db, query, AUDIT_SEARCH_MAX_CUSTOMERS + 1)
  if (ids.length === 0) return { entries: [], next: null, customersFound: 0 }
  const keys = (await db.audit.where('customerIds').anyOf(ids.slice(0, AUDIT_SEARCH_MAX_CUSTOMERS)).primaryKeys()) as Id[]
  const entries = (await db.audit.bulkGet([...new Set(keys)])).filter((entry): entry is AuditEntry & { id: Id } => entry !== undefined && wanted(entry))
  entries.sort((a, b) => b.at - a.at || b.id - a.id)
  return { ...pageOf(entries.slice(0, limit + 1), limit), customersFound: ids.length }
}
