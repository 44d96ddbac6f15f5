import type { AuditEntry, Id } from '@shared/domain/types'
import type { ListFilters } from '@shared/list/list-query'
import type { NamedCustomer } from '@renderer/db'
import { cellFormat } from '../customer-list/cell-format'
import { describeFilters } from '../customer-list/filters/filter-labels'
import type { ListLookups } from '../customer-list/use-list-lookups'
import { numberFormat } from '@renderer/i18n/number-format'
import { dateFormatter } from '@shared/format/dates'

/**
 * An audit entry read in the language of whoever opens the log. Entries keep what happened as
 * data (counts, ids, the list's filters and search as values); every word here is looked up
 * now, and every id named — customers by their current name ("Erased customer" once erased),
 * categories, groups and stores by their current name, else the name the entry kept.
 *
 * Entries written before the log kept data (a filter stored as a sentence in the language of
 * that moment, a demo load that counted 0 customers) are read as well as they can be: the
 * old sentence is shown as it was written, the demo load's count comes from its details.
 */

type Translate = (key: string, named?: Record<string, unknown>, plural?: number) => string

export interface AuditReading {
  t: Translate
  te: (key: string) => boolean
  locale: string
  lookups: ListLookups
  /** The customers the shown entries name, read by id (customerNames). */
  names: ReadonlyMap<Id, NamedCustomer>
}

export interface AuditFact {
  label: string
  value: string
}

type Details = Record<string, unknown>

/** Keys that only the app itself reads (undo bookkeeping, ids named through other keys), and an order edit's changes, which the details show as a list of their own. */
const hiddenKeys = new Set(['ruleId', 'conditions', 'actions', 'orderId', 'currency', 'changes', 'batchId', 'undoChunks', 'importAuditId', 'mergeAuditId', 'segmentId', 'seed', 'categoryId', 'groupId', 'keptId', 'otherId'])

/** Customers an entry touched. A demo load names none of its thousands; older ones also counted 0. */
export function affectedCount(entry: AuditEntry): number {
  const customers = entry.details['customers']
  if (entry.action === 'demo-data' && entry.customerCount === 0 && typeof customers === 'number') return customers
  return entry.customerCount
}

/** A customer by id as the log shows them now. */
export function customerLabel(id: Id, reading: AuditReading): string {
  const named = reading.names.get(id)
  if (!named) return reading.t('audit.customer.number', { id })
  if (named.state === 'erased') return reading.t('audit.customer.erased')
  if (named.state === 'gone') return reading.t('audit.customer.gone', { id })
  return named.name || reading.t('audit.customer.number', { id })
}

/** The customers an entry names, the first `max` of them, then "and N more". */
export function namedCustomers(entry: AuditEntry, reading: AuditReading, max: number): string {
  const shown = entry.customerIds.slice(0, max).map((id) => customerLabel(id, reading))
  const more = affectedCount(entry) - shown.length
  if (more > 0) shown.push(reading.t('audit.details.moreCustomers', { n: count(more, reading) }, more))
  return shown.join(', ')
}

function count(value: number, reading: AuditReading): string {
  return numberFormat(reading.locale).format(value)
}

/** The list an action was taken on: its conditions described now, in this language; an old entry's sentence as it was kept. */
function listConditions(details: Details, reading: AuditReading): string {
  const filters = details['filters']
  if (filters && typeof filters === 'object') {
    const format = cellFormat(reading.locale, reading.lookups.mainCurrency)
    return describeFilters(filters as ListFilters, { t: reading.t, format, ...reading.lookups })
  }
  return typeof details['filter'] === 'string' ? details['filter'] : ''
}

function namedFrom(ids: unknown, byId: ReadonlyMap<Id, { name: string }>, reading: AuditReading): string {
  if (!Array.isArray(ids)) return ''
  return ids.map((id) => byId.get(id as Id)?.name ?? reading.t('list.filters.missing')).join(', ')
}

function categoryName(details: Details, reading: AuditReading): string {
  const now = reading.lookups.categoryById.get(details['categoryId'] as Id)?.name
  return now ?? (typeof details['category'] === 'string' ? details['category'] : '')
}

function groupName(details: Details, reading: AuditReading): string {
  const now = reading.lookups.groupById.get(details['groupId'] as Id)?.name
  return now ?? (typeof details['group'] === 'string' ? details['group'] : '')
}

function word(folder: string, value: unknown, reading: AuditReading): string {
  const key = `${folder}.${String(value)}`
  return reading.te(key) ? reading.t(key) : String(value)
}

function yesNo(value: unknown, reading: AuditReading): string {
  return reading.t(value ? 'audit.details.yes' : 'audit.details.no')
}

function fieldNames(value: unknown, reading: AuditReading): string {
  if (!Array.isArray(value)) return ''
  return value.map((key) => word('fields', key, reading)).join(', ')
}

/** A value of a key the log has no words for: its plain text, never a data structure. */
function plainValue(value: unknown, reading: AuditReading): string {
  if (typeof value === 'number') return count(value, reading)
  if (typeof value === 'boolean') return yesNo(value, reading)
  if (typeof value === 'string') return value
  if (Array.isArray(value)) return value.map((item) => plainValue(item, reading)).join(', ')
  if (value && typeof value === 'object')
    return Object.entries(value)
      .map(([key, inner]) => `${key}: ${plainValue(inner, reading)}`)
      .join(', ')
  return ''
}

/** How each known key reads; null: nothing to show. */
const readers: Record<string, (value: unknown, details: Details, reading: AuditReading, entry: AuditEntry) => string | null> = {
  what: (value, _, reading) => word('audit.details.whats', value, reading),
  to: (value, _, reading) => word('audit.details.targets', value, reading),
  messageList: (value, _, reading) => word('audit.details.messageLists', value, reading),
  channel: (value, _, reading) => word('audit.details.channels', value, reading),
  fileName: (value) => String(value),
  change: (value, _, reading) => word('audit.details.ruleChanges', value, reading),
  reason: (value, _, reading) => word('audit.details.passReasons', value, reading),
  format: (value) => String(value).toUpperCase(),
  pages: (value, _, reading) => count(Number(value), reading),
  scope: (value, _, reading) => word('audit.details.scopes', value, reading),
  segment: (value) => String(value),
  filters: (_, details, reading) => listConditions(details, reading) || null,
  filter: (_, details, reading) => (details['filters'] ? null : listConditions(details, reading) || null),
  search: (value, _, reading) => reading.t('audit.details.quoted', { text: String(value) }),
  operation: (value, _, reading) => word('audit.details.operations', value, reading),
  category: (_, details, reading) => categoryName(details, reading) || null,
  group: (_, details, reading) => groupName(details, reading) || null,
  changed: (value, _, reading) => count(Number(value), reading),
  deleted: (value, _, reading) => count(Number(value), reading),
  stoppedAfter: (value, details, reading) => reading.t('audit.details.stoppedValue', { done: count(Number(value), reading), asked: count(Number(details['asked'] ?? 0), reading) }),
  asked: () => null,
  fields: (value, _, reading) => fieldNames(value, reading),
  leftOut: (value, _, reading) => fieldNames(value, reading),
  includeOrders: (value, _, reading) => yesNo(value, reading),
  orders: (value, _, reading) => count(Number(value), reading),
  consents: (value, _, reading) => count(Number(value), reading),
  consentEvents: (value, _, reading) => count(Number(value), reading),
  movedBackOrders: (value, _, reading) => count(Number(value), reading),
  customers: (value, _, reading) => count(Number(value), reading),
  bytes: (value, _, reading) => `${numberFormat(reading.locale).format(Math.max(0.1, Math.round(Number(value) / 1e5) / 10))} MB`,
  rows: (value, _, reading) => count(Number(value), reading),
  created: (value, _, reading) => count(Number(value), reading),
  updated: (value, _, reading) => count(Number(value), reading),
  unchanged: (value, _, reading) => count(Number(value), reading),
  skipped: (value, _, reading) => count(Number(value), reading),
  skippedByReason: (value, _, reading) => {
    const reasons = Object.entries((value ?? {}) as Record<string, number>).filter(([, times]) => times > 0)
    return reasons.length ? reasons.map(([reason, times]) => `${word('import.reasonKinds', reason, reading)}: ${count(times, reading)}`).join(', ') : null
  },
  mode: (value, _, reading) => word('import.preview.modes', value, reading),
  overwrite: (value, _, reading) => yesNo(value, reading),
  createdCategoryIds: (value, _, reading) => (Array.isArray(value) && value.length ? namedFrom(value, reading.lookups.categoryById, reading) : null),
  createdGroupIds: (value, _, reading) => (Array.isArray(value) && value.length ? namedFrom(value, reading.lookups.groupById, reading) : null),
  removed: (value, _, reading) => count(Number(value), reading),
  keptWithVisits: (value, _, reading) => count(Number(value), reading),
  restored: (value, _, reading) => count(Number(value), reading),
  createdAt: (value, _, reading) => dateFormatter(reading.locale, 'dateTime').format(Number(value)),
  appVersion: (value) => String(value),
  schemaVersion: (value, _, reading) => count(Number(value), reading),
  carriedEntries: (value, _, reading) => count(Number(value), reading),
  leftAlone: (value, _, reading) => count(Number(value), reading),
  cancelledBookings: (value, _, reading) => count(Number(value), reading)
}

/** The label of a key: its own words, or (a key written by a later version) the key itself. */
function labelOf(key: string, reading: AuditReading): string {
  return reading.te(`audit.details.${key}`) ? reading.t(`audit.details.${key}`) : key
}

/** Everything an entry records beyond who and when, as label and value in this language. */
export function auditFacts(entry: AuditEntry, reading: AuditReading): AuditFact[] {
  const details = entry.details as Details
  const facts: AuditFact[] = []
  if (entry.action === 'merge' || entry.action === 'merge-undo') {
    if (typeof details['keptId'] === 'number') facts.push({ label: reading.t('audit.details.keptId'), value: customerLabel(details['keptId'], reading) })
    if (typeof details['otherId'] === 'number') facts.push({ label: reading.t('audit.details.otherId'), value: customerLabel(details['otherId'], reading) })
  }
  const keys = [...Object.keys(readers).filter((key) => key in details), ...Object.keys(details).filter((key) => !(key in readers))]
  for (const key of keys) {
    const value = details[key]
    if (hiddenKeys.has(key) || value === undefined || value === null || value === '') continue
    const text = readers[key] ? readers[key](value, details, reading, entry) : plainValue(value, reading)
    if (text) facts.push({ label: labelOf(key === 'filters' ? 'filter' : key, reading), value: text })
  }
  return facts
}

/** The one line the log's table shows: whom it was about, what, and the list it came from. */
export function auditSummary(entry: AuditEntry, reading: AuditReading): string {
  const details = entry.details as Details
  const parts: string[] = []
  const affected = affectedCount(entry)
  if (entry.customerIds.length && affected <= 3) parts.push(namedCustomers(entry, reading, 3))
  if (typeof details['what'] === 'string') parts.push(word('audit.details.whats', details['what'], reading))
  if (typeof details['messageList'] === 'string') parts.push(`${word('audit.details.messageLists', details['messageList'], reading)} (${word('audit.details.channels', details['channel'], reading)})`)
  if (typeof details['fileName'] === 'string') parts.push(details['fileName'])
  const category = categoryName(details, reading) || groupName(details, reading)
  if (category) parts.push(`${word('audit.details.operations', details['operation'] ?? 'add', reading)}: ${category}`)
  if (typeof details['segment'] === 'string') parts.push(details['segment'])
  const conditions = listConditions(details, reading)
  if (conditions) parts.push(conditions)
  if (typeof details['search'] === 'string') parts.push(`${reading.t('audit.details.search')}: ${reading.t('audit.details.quoted', { text: details['search'] })}`)
  if (entry.action === 'demo-data' && typeof details['orders'] === 'number') parts.push(reading.t('audit.details.demoSummary', { customers: count(affected, reading), orders: count(details['orders'], reading) }))
  if (entry.action === 'import' && typeof details['created'] === 'number')
    parts.push(reading.t('audit.details.importSummary', { created: count(details['created'], reading), updated: count(Number(details['updated'] ?? 0), reading) }))
  return parts.join(' · ')
}

/** The customers the table's summaries and an entry's details name (a page's worth, read by id). */
export function idsToName(entries: readonly AuditEntry[], perEntry: number): Id[] {
  const ids = new Set<Id>()
  for (const entry of entries) {
    if (affectedCount(entry) <= perEntry) for (const id of entry.customerIds.slice(0, perEntry)) ids.add(id)
    for (const key of ['keptId', 'otherId']) if (typeof entry.details[key] === 'number') ids.add(entry.details[key] as Id)
  }
  return [...ids]
}
