import Dexie from 'dexie'
import type { Customer, Id } from '@shared/domain/types'
import { buildCustomerRow, type BuildContext, type BuiltRow } from '@shared/import/build-customer'
import type { ImportRow } from '@shared/import/cell'
import type { ColumnTarget } from '@shared/import/fields'
import type { DayOrder } from '@shared/import/parse-date'
import type { NameOrder } from '@shared/import/split-name'
import { isEmptyRow, summaryRowEvidence, type SummaryEvidence } from '@shared/import/summary-row'
import { customersByContact } from '../repositories/customers'
import { type RegularsDatabase } from '../schema'

/**
 * What happens to each row of the file: a new customer, an update of the one already in the
 * database with the same phone (E.164) or e-mail, or skipped with a reason. The same rules
 * decide in the preview (read only) and in the write (inside its transaction), so the
 * preview's counts are the import's.
 */

export type ImportMode = 'create' | 'update' | 'both'

export interface ImportSettings {
  mapping: ColumnTarget[]
  headers: string[]
  defaultCountry: string
  dayOrders: DayOrder[]
  /** Per column: which name a full-name column writes first. */
  nameOrders?: NameOrder[]
  /** The chain's stores, for a home-store column. */
  stores?: BuildContext['stores']
  now: number
  mode: ImportMode
  /** Replace the customer's non-empty values with the file's (else only fill empty ones). */
  overwrite: boolean
  /** How a referral-source column's values name the manager's sources (build-customer.ts). */
  referralSources?: BuildContext['referralSources']
}

/** Why a row is skipped; 'empty-row' and 'summary-row' (a total line under the list) are not customers at all. */
export type SkipReason = 'no-identity' | 'duplicate-in-file' | 'exists' | 'not-found' | 'ambiguous-match' | 'invalid' | 'empty-row' | 'summary-row'

export type Decision =
  | { kind: 'create'; built: BuiltRow }
  | { kind: 'update'; built: BuiltRow; existing: Customer }
  | {
      kind: 'skip'
      built: BuiltRow
      reason: SkipReason
      /** The earlier row of a duplicate inside the file. */
      otherLine?: number
      existingIds?: Id[]
      /** What made a summary row one. */
      summary?: SummaryEvidence
    }

function contactKeys(built: BuiltRow): string[] {
  return [...built.customer.phones.map((phone) => `p:${phone}`), ...built.customer.emails.map((email) => `e:${email}`)]
}

export class ImportDecider {
  /** Phone/e-mail → the file row that first had it. */
  private readonly seen = new Map<string, number>()
  /** Existing customers already updated by an earlier row → that row. */
  private readonly updated = new Map<Id, number>()

  constructor(
    private readonly db: RegularsDatabase,
    private readonly settings: ImportSettings,
    /** When the base had no customer as the import began, nothing can match: no lookups. */
    private readonly options: { databaseEmpty?: boolean } = {}
  ) {}

  build(row: ImportRow): BuiltRow {
    return buildCustomerRow(row, this.settings)
  }

  /**
   * Decides a chunk of rows in file order. Reads the database (exact index lookups), never
   * writes. Returns a Dexie promise (no async function): inside the import's transaction,
   * awaiting native promises would make Dexie lose track of the transaction.
   */
  decide(rows: readonly ImportRow[]): PromiseLike<Decision[]> {
    const built = rows.map((row) => this.build(row))
    const firstStep: (Decision | BuiltRow)[] = built.map((candidate, index) => {
      if (isEmptyRow(rows[index])) return { kind: 'skip', built: candidate, reason: 'empty-row' }
      const summary = summaryRowEvidence(rows[index], candidate)
      // A total line's figures are not a customer's values: nothing in it is a problem to report.
      if (summary) return { kind: 'skip', built: { ...candidate, problems: [] }, reason: 'summary-row', summary }
      if (!candidate.identified) return { kind: 'skip', built: candidate, reason: 'no-identity' }
      const earlier = contactKeys(candidate)
        .map((key) => this.seen.get(key))
        .find((line) => line !== undefined)
      if (earlier !== undefined) return { kind: 'skip', built: candidate, reason: 'duplicate-in-file', otherLine: earlier }
      for (const key of contactKeys(candidate)) this.seen.set(key, candidate.line)
      return candidate
    })

    const pending = firstStep.filter((item): item is BuiltRow => !('kind' in item))
    return this.existingByContact(pending).then((matches) => firstStep.map((item) => ('kind' in item ? item : this.decideOne(item, matches))))
  }

  private decideOne(candidate: BuiltRow, matches: Map<string, Customer[]>): Decision {
    const found = new Map<Id, Customer>()
    for (const key of contactKeys(candidate)) for (const customer of matches.get(key) ?? []) found.set(customer.id!, customer)
    const { mode } = this.settings
    if (found.size === 0) return mode === 'update' ? { kind: 'skip', built: candidate, reason: 'not-found' } : { kind: 'create', built: candidate }
    if (found.size > 1) return { kind: 'skip', built: candidate, reason: 'ambiguous-match', existingIds: [...found.keys()] }
    const [existing] = found.values()
    if (mode === 'create') return { kind: 'skip', built: candidate, reason: 'exists', existingIds: [existing.id!] }
    const earlier = this.updated.get(existing.id!)
    if (earlier !== undefined) return { kind: 'skip', built: candidate, reason: 'duplicate-in-file', otherLine: earlier, existingIds: [existing.id!] }
    this.updated.set(existing.id!, candidate.line)
    return { kind: 'update', built: candidate, existing }
  }

  /** Customers (not erased) with any phone or e-mail of these rows, by "p:+48…"/"e:…" key. */
  private existingByContact(rows: readonly BuiltRow[]): PromiseLike<Map<string, Customer[]>> {
    if (this.options.databaseEmpty) return Dexie.Promise.resolve(new Map<string, Customer[]>())
    const phones = rows.flatMap((row) => row.customer.phones)
    const emails = rows.flatMap((row) => row.customer.emails)
    return customersByContact(this.db, { phones, emails }).then((customers) => this.byContact(customers))
  }

  private byContact(customers: readonly Customer[]): Map<string, Customer[]> {
    const map = new Map<string, Customer[]>()
    const add = (key: string, customer: Customer) => {
      const list = map.get(key) ?? []
      if (!list.some((other) => other.id === customer.id)) list.push(customer)
      map.set(key, list)
    }
    for (const customer of customers) {
      if (customer.erased) continue
      for (const phone of customer.phones) add(`p:${phone}`, customer)
      for (const email of customer.emails) add(`e:${email}`, customer)
    }
    return map
  }
}
