import Dexie, { type Table } from 'dexie'
import { withoutPersonalValues } from '@shared/customer-fields/personal-values'
import { deriveCustomerFields, emptyProfile, noConsent } from '@shared/domain/customer'
import { openBookingStatuses } from '@shared/domain/metrics'
import { withoutNoteTexts } from '@shared/domain/order-changes'
import { personalMatcher, scrubPersonalValues, type PersonalMatcher } from '@shared/domain/personal-values'
import type { Customer, Id } from '@shared/domain/types'
import { AppError } from '@shared/errors'
import { dataErrors } from '../errors'
import type { RegularsDatabase } from '../schema'
import { appendAudit } from './audit'
import type { ActorOptions } from './audited-actions'
import { dropMergeUndo } from './merge'
import { recomputeCustomerFigures } from './recompute'
import { defaultDataSettings } from './settings'

/**
 * Erasing a customer's personal data (right to be forgotten, PRODUCT.md F21), in one
 * transaction over the whole database:
 * - the row keeps only what is not personal — its id, creation date, type, home store and
 *   the metrics — and is marked erased: no name, phones, e-mails, address, birthday, card,
 *   notes, preferences, allergies, discount, categories, groups or consents; no search tokens
 *   (tokens, phones and e-mails are the search and duplicate indexes, so it is findable nowhere);
 * - the orders stay (store totals and the per-store figures do not change) but lose their
 *   notes, and any item name that names the person — in their edit history too;
 * - upcoming bookings are cancelled (a status change by the person who erased): nobody is
 *   expected any more, and the anonymous card shows none; the figures are recomputed;
 * - the consent history keeps when and how consent changed, not the wording nor the file;
 * - copies elsewhere are wiped: merge undo snapshots and import undo records of this person
 *   are dropped, and every
 *   text that holds one of their values (see personal-values.ts) in audit details, saved
 *   segments, feature settings and any table added later becomes "[erased]";
 * - the audit entry names the customer id, how many orders stayed and how many bookings
 *   were cancelled, nothing else; earlier edits of their orders in the log lose the notes.
 * Exports skip erased rows (there is nobody left to send them to), and nothing can be added to an erased record.
 */

/** Tables whose rows are business set-up, not copies of a customer's data: never scrubbed. */
const setUpTables = new Set(['stores', 'categories', 'groups', 'staff'])
/** Tables of figures only (ids, times): nothing personal to scrub. */
const figureOnlyTables = new Set(['openBookings', 'figuresDue'])
/** Tables handled field by field below. */
const customerTables = new Set(['customers', 'orders', 'customerStoreStats', 'consentEvents'])

/**
 * The row with every personal property of the catalogue (shared/customer-fields) back to
 * empty: a profile field to its empty value, consents to "never asked", blocked to 0, an
 * optional field removed. Id, creation date, type, home store and the metrics stay.
 */
export function erasedRow(customer: Customer, now: number): Customer {
  const blank: Partial<Customer> = { ...emptyProfile(), blocked: 0, consents: { email: noConsent(), sms: noConsent() } }
  const { importBatchId: _batch, ...kept } = customer
  const row = withoutPersonalValues<Customer>({ ...kept, erased: 1, updatedAt: now }, blank)
  return { ...row, ...deriveCustomerFields(row) }
}

export async function eraseCustomer(db: RegularsDatabase, id: Id, actor: ActorOptions): Promise<{ auditId: Id; orders: number; cancelledBookings: number }> {
  const now = actor.now ?? Date.now()
  return db.transaction('rw', db.tables, async () => {
    const customer = await db.customers.get(id)
    if (!customer) throw new AppError(dataErrors.customerNotFound, `Customer ${id} not found`)
    if (customer.erased) throw new AppError(dataErrors.customerErased, `Customer ${id} is already erased`)
    const matcher = personalMatcher(customer)

    const range: [[Id, unknown], [Id, unknown]] = [
      [id, Dexie.minKey],
      [id, Dexie.maxKey]
    ]
    let orders = 0
    let cancelledBookings = 0
    await db.orders
      .where('[customerId+at]')
      .between(...range)
      .modify((order) => {
        orders++
        order.notes = ''
        order.items = scrubPersonalValues(order.items, matcher)
        if (order.edits) order.edits = scrubPersonalValues(order.edits.map((edit) => ({ ...edit, changes: withoutNoteTexts(edit.changes) })), matcher)
        if (order.at > now && openBookingStatuses.includes(order.status)) {
          cancelledBookings++
          order.status = 'cancelled'
          order.statusHistory = [...order.statusHistory, { status: 'cancelled', at: now, staffName: actor.staffName }]
        }
      })
    await db.consentEvents
      .where('[customerId+at]')
      .between(...range)
      .modify((event) => {
        event.wording = ''
        delete event.importFile
      })
    await db.customers.put(erasedRow(customer, now))
    await recomputeCustomerFigures(db, id)

    await dropMergeUndo(db, id)
    await dropImportUndoRecords(db, id)
    await db.audit.toCollection().modify((entry) => {
      let details = entry.details
      if (entry.action === 'order-edit' && entry.customerIds.includes(id) && Array.isArray(details['changes'])) {
        details = { ...details, changes: withoutNoteTexts(details['changes'] as Parameters<typeof withoutNoteTexts>[0]) }
      }
      details = scrubPersonalValues(details, matcher)
      if (details !== entry.details) entry.details = details
    })
    for (const table of db.tables) {
      if (setUpTables.has(table.name) || customerTables.has(table.name) || figureOnlyTables.has(table.name) || table.name === 'audit') continue
      await scrubTable(table, matcher)
    }

    const auditId = await appendAudit(db, { action: 'erase', staffName: actor.staffName, customerIds: [id], at: now, details: { orders, cancelledBookings } })
    return { auditId, orders, cancelledBookings }
  })
}

/**
 * An import's undo keeps, per updated customer, the values it replaced (settings keys
 * "import-undo:<batch>:<chunk>", arrays of records with the customer's `id`; see
 * views/import/import-undo-store.ts). The erased customer's records are dropped: they hold
 * their old data, and undoing that import must leave the anonymous row alone.
 */
export const IMPORT_UNDO_PREFIX = 'import-undo:'

async function dropImportUndoRecords(db: RegularsDatabase, id: Id): Promise<void> {
  await db.settings
    .where('key')
    .startsWith(IMPORT_UNDO_PREFIX)
    .modify((row) => {
      if (!Array.isArray(row.value)) return
      const kept = row.value.filter((record: unknown) => !(record && typeof record === 'object' && (record as { id?: unknown }).id === id))
      if (kept.length !== row.value.length) row.value = kept
    })
}

/** Replaces copies in every row of a small table (segments, settings, tables added later). */
async function scrubTable(table: Table, matcher: PersonalMatcher): Promise<void> {
  const keyPath = table.schema.primKey.keyPath
  const keyFields = new Set(Array.isArray(keyPath) ? keyPath : keyPath ? [keyPath] : [])
  await table.toCollection().modify((row: Record<string, unknown>) => {
    // The data-layer settings (main currency, phone country, staff name) are not copies.
    if (table.name === 'settings' && typeof row['key'] === 'string' && row['key'] in defaultDataSettings) return
    for (const [field, value] of Object.entries(row)) {
      if (keyFields.has(field)) continue
      const scrubbed = scrubPersonalValues(value, matcher)
      if (scrubbed !== value) row[field] = scrubbed
    }
  })
}
