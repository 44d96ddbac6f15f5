import type { AuditAction, AuditEntry, Id } from '@shared/domain/types'
import type { RegularsDatabase } from '../schema'

/** The audit log's filters: any of the actions (none = all), a time range, one staff member. */
export interface AuditFilters {
  actions: readonly AuditAction[]
  /** Inclusive bounds, epoch ms; undefined = open. */
  from?: number
  to?: number
  staffName?: string
}

/** Where a page ends: the next page starts strictly after it (newest first; ties by id). */
export interface AuditCursor {
  at: number
  id: Id
}

export interface AuditPage {
  entries: Array<AuditEntry & { id: Id }>
  /** The cursor of the next (older) page, or null when this is the last one. */
  next: AuditCursor | null
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
  const found = (await db.audit
    .where('at')
    .between(lower, upper, true, true)
    .reverse()
    .filter(
      (entry) =>
        (!after || entry.at < after.at || entry.id! < after.id) &&
        (actions.size === 0 || actions.has(entry.action)) &&
        (filters.staffName === undefined || entry.staffName === filters.staffName)
    )
    .limit(options.limit + 1)
    .toArray()) as Array<AuditEntry & { id: Id }>
  const entries = found.slice(0, options.limit)
  const last = entries[entries.length - 1]
  return { entries, next: found.length > options.limit && last ? { at: last.at, id: last.id } : null }
}
