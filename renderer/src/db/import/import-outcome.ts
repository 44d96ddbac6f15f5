import type { Id } from '@shared/domain/types'
import type { SkipReason } from './import-decide'

/**
 * What an import did, row by row (compactly: 100 000 rows are a few hundred kilobytes), for
 * the report screen and the downloadable report.
 */
export const skipReasons: readonly SkipReason[] = ['no-identity', 'duplicate-in-file', 'exists', 'not-found', 'ambiguous-match', 'invalid', 'empty-row', 'summary-row']

export const rowResult = {
  none: 0,
  created: 1,
  updated: 2,
  unchanged: 3,
  skipped: Object.fromEntries(skipReasons.map((reason, index) => [reason, 10 + index])) as Record<SkipReason, number>
} as const

export type RowResultKind = 'created' | 'updated' | 'unchanged' | 'skipped'

export function describeResult(code: number): { kind: RowResultKind; reason?: SkipReason } | null {
  if (code === rowResult.created) return { kind: 'created' }
  if (code === rowResult.updated) return { kind: 'updated' }
  if (code === rowResult.unchanged) return { kind: 'unchanged' }
  const reason = skipReasons[code - 10]
  return reason ? { kind: 'skipped', reason } : null
}

export interface RowResults {
  /** Per data row (index in the file's data rows): a rowResult code. */
  codes: Uint8Array
  /** Per data row: the customer created or updated (0 for none). */
  customerIds: Float64Array
  /** Per data row skipped as a duplicate: the file row it repeats. */
  otherLines: Map<number, number>
}

export interface ImportOutcome {
  batchId: string
  auditId: Id
  fileName: string
  rows: number
  created: number
  updated: number
  /** Matched an existing customer but brought nothing new. */
  unchanged: number
  skipped: Partial<Record<SkipReason, number>>
  skippedTotal: number
  rowsWithProblems: number
  createdCategories: string[]
  createdGroups: string[]
  results: RowResults
  milliseconds: number
}

/** The customers the import created or updated (each once): what the list shows after it. */
export function importedCustomerIds(results: RowResults): Id[] {
  const ids = new Set<Id>()
  results.codes.forEach((code, row) => {
    if (code === rowResult.created || code === rowResult.updated) ids.add(results.customerIds[row]!)
  })
  return [...ids]
}
