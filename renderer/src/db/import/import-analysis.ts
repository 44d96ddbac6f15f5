import { displayName } from '@shared/domain/customer'
import type { Id } from '@shared/domain/types'
import type { ImportedCustomer, RowProblem, RowProblemCode } from '@shared/import/build-customer'
import { planUpdate } from '@shared/import/update-plan'
import type { SummaryEvidence } from '@shared/import/summary-row'
import { listCategories, listGroups } from '../repositories/categories'
import { type RegularsDatabase } from '../schema'
import { ImportDecider, type ImportSettings, type SkipReason } from './import-decide'
import { NameResolver } from './name-resolver'
import type { RowSource } from '@shared/import/row-source'
import { throwIfCancelled, type JobOptions } from '@shared/jobs/job'

/**
 * The preview: every row of the file read and checked before anything is written — what it
 * becomes, what is wrong with it, whether it matches a customer already in the database. It
 * only reads. The counts are given for every choice the user can still make (create only,
 * update only, both; fill empty fields or overwrite), so changing the choice needs no new pass.
 */

export interface PreviewRow {
  /** Index among the file's data rows. */
  index: number
  line: number
  customer: ImportedCustomer
  problems: RowProblem[]
  outcome: 'new' | 'match' | 'skip'
  reason?: SkipReason
  otherLine?: number
  /** What made a skipped summary row one. */
  summary?: SummaryEvidence
  /** The matching customer's name (for "updates Anna Nowak"). */
  existingName?: string
  /** For a match: whether it brings anything (fill-empty / overwrite). */
  changesWhenFilling?: boolean
  changesWhenOverwriting?: boolean
}

export interface ImportAnalysis {
  rows: number
  /** Rows that would become new customers (in "create only" and "both"). */
  newCustomers: number
  /** Rows matching one existing customer. */
  matches: number
  /** Of the matches, those that bring something new when only empty fields are filled / when overwriting. */
  matchesChangingWhenFilling: number
  matchesChangingWhenOverwriting: number
  /** Skipped whatever the choice: no name/phone/e-mail, duplicate inside the file, matching two customers. */
  skipped: Partial<Record<SkipReason, number>>
  rowsWithProblems: number
  problemCounts: Partial<Record<RowProblemCode, number>>
  /** The first rows of the file, as they will be saved. */
  firstRows: PreviewRow[]
  /** Rows with a problem or skipped, in file order (the first `maxListed`). */
  listed: PreviewRow[]
  /** Rows with a problem or skipped beyond those listed. */
  unlisted: number
  newCategories: string[]
  newGroups: string[]
}

export interface AnalysisOptions extends Omit<ImportSettings, 'mode' | 'overwrite'>, JobOptions {
  chunkSize?: number
  firstRows?: number
  maxListed?: number
}

export async function analyseImport(db: RegularsDatabase, source: RowSource, options: AnalysisOptions): Promise<ImportAnalysis> {
  const chunkSize = options.chunkSize ?? 2_000
  const firstRows = options.firstRows ?? 20
  const maxListed = options.maxListed ?? 1_000
  const decider = new ImportDecider(db, { ...options, mode: 'both', overwrite: false }, { databaseEmpty: (await db.customers.count()) === 0 })
  let standIn = 0
  const standIns = (names: string[]) => Promise.resolve(names.map(() => --standIn))
  const categories = new NameResolver(await listCategories(db), standIns)
  const groups = new NameResolver(await listGroups(db), standIns)
  const analysis: ImportAnalysis = {
    rows: source.rowCount,
    newCustomers: 0,
    matches: 0,
    matchesChangingWhenFilling: 0,
    matchesChangingWhenOverwriting: 0,
    skipped: {},
    rowsWithProblems: 0,
    problemCounts: {},
    firstRows: [],
    listed: [],
    unlisted: 0,
    newCategories: [],
    newGroups: []
  }

  options.onProgress?.({ done: 0, total: source.rowCount })
  for (let from = 0; from < source.rowCount; from += chunkSize) {
    throwIfCancelled(options.signal, 'The preview was cancelled')
    const rows = await source.pull(from, Math.min(chunkSize, source.rowCount - from))
    const decisions = await decider.decide(rows)
    await categories.prepare(decisions.map((decision) => decision.built.customer.categoryNames))
    await groups.prepare(decisions.map((decision) => decision.built.customer.groupNames))
    for (const [offset, decision] of decisions.entries()) {
      const { built } = decision
      const preview: PreviewRow = { index: from + offset, line: built.line, customer: built.customer, problems: built.problems, outcome: 'new' }
      const categoryIds: Id[] = categories.ids(built.customer.categoryNames)
      const groupIds: Id[] = groups.ids(built.customer.groupNames)
      if (decision.kind === 'skip') {
        preview.outcome = 'skip'
        preview.reason = decision.reason
        preview.otherLine = decision.otherLine
        preview.summary = decision.summary
        analysis.skipped[decision.reason] = (analysis.skipped[decision.reason] ?? 0) + 1
      } else if (decision.kind === 'create') {
        analysis.newCustomers++
      } else {
        preview.outcome = 'match'
        preview.existingName = displayName(decision.existing)
        const resolved = { categoryIds, groupIds }
        preview.changesWhenFilling = planUpdate(decision.existing, built.customer, resolved, { overwrite: false, now: options.now }).changed
        preview.changesWhenOverwriting = planUpdate(decision.existing, built.customer, resolved, { overwrite: true, now: options.now }).changed
        analysis.matches++
        if (preview.changesWhenFilling) analysis.matchesChangingWhenFilling++
        if (preview.changesWhenOverwriting) analysis.matchesChangingWhenOverwriting++
      }
      if (built.problems.length > 0) {
        analysis.rowsWithProblems++
        for (const problem of built.problems) analysis.problemCounts[problem.code] = (analysis.problemCounts[problem.code] ?? 0) + 1
      }
      if (preview.index < firstRows) analysis.firstRows.push(preview)
      if (built.problems.length > 0 || preview.outcome === 'skip') {
        if (analysis.listed.length < maxListed) analysis.listed.push(preview)
        else analysis.unlisted++
      }
    }
    options.onProgress?.({ done: Math.min(from + chunkSize, source.rowCount), total: source.rowCount })
  }
  analysis.newCategories = categories.created.map((item) => item.name)
  analysis.newGroups = groups.created.map((item) => item.name)
  return analysis
}

/** What the import will do with the user's choice, from the preview's counts. */
export function plannedCounts(analysis: ImportAnalysis, mode: 'create' | 'update' | 'both', overwrite: boolean) {
  const changing = overwrite ? analysis.matchesChangingWhenOverwriting : analysis.matchesChangingWhenFilling
  const alwaysSkipped = Object.values(analysis.skipped).reduce((sum, count) => sum + (count ?? 0), 0)
  return {
    create: mode === 'update' ? 0 : analysis.newCustomers,
    update: mode === 'create' ? 0 : changing,
    unchanged: mode === 'create' ? 0 : analysis.matches - changing,
    skipped: alwaysSkipped + (mode === 'create' ? analysis.matches : 0) + (mode === 'update' ? analysis.newCustomers : 0)
  }
}
