import type { Id } from '../domain/types'
import { normaliseFilters, type ListFilters } from '../list/list-query'

/**
 * The customer list an action was taken on (an export, a printout, a bulk change), as the
 * audit log keeps it: data, not a sentence, so the log reads in the language of whoever opens
 * it — the conditions are described again from these values, the segment and stores named.
 * Kept flat in the entry's details (`filters`, `search`, `segmentId`, `segment`).
 */
export interface AuditedList {
  /** The list's conditions; absent when it had none. */
  filters?: ListFilters
  /** What was typed in the list's quick search. */
  search?: string
  segmentId?: Id
  /** The segment's name at the time (it may be renamed or deleted since). */
  segment?: string
}

/** The details an entry keeps of a list: only what was set. */
export function auditedListDetails(list: AuditedList | undefined): AuditedList {
  if (!list) return {}
  const filters = normaliseFilters(list.filters)
  const search = list.search?.trim()
  return {
    ...(Object.keys(filters).length ? { filters } : {}),
    ...(search ? { search } : {}),
    ...(list.segmentId !== undefined ? { segmentId: list.segmentId } : {}),
    ...(list.segment ? { segment: list.segment } : {})
  }
}

/** Whether the list was narrowed by anything (a filter, a search or a segment's conditions). */
export function isNarrowedList(list: AuditedList | undefined): boolean {
  const details = auditedListDetails(list)
  return details.filters !== undefined || details.search !== undefined
}
