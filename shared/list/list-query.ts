import type { CustomerType, Id } from '@shared/domain/types'
import { sortColumns, type SortColumn } from '@shared/customer-fields/derived'

/**
 * What the customer list shows: one sort, the quick-search text and a set of filters
 * (PRODUCT.md F4–F9). Plain JSON, so a filter set can be saved as a segment and read back.
 */

/** Columns with an index of their own (schema.ts), so the list can page by them: the catalogue's sortable fields. */
export { sortColumns, type SortColumn }

export type SortDirection = 'asc' | 'desc'

export interface ListSort {
  column: SortColumn
  direction: SortDirection
}

/** F4: the desk sees whoever was last active first. */
export const defaultSort: ListSort = { column: 'lastActivityAt', direction: 'desc' }

/** Inclusive bounds; a missing side is open. Money in minor units of the list's currency. */
export interface NumberRange {
  min?: number
  max?: number
}

/** Inclusive calendar days in the PC's time zone, "YYYY-MM-DD"; a missing side is open. */
export interface DayRange {
  from?: string
  to?: string
}

/**
 * Conditions, ANDed. Relative ones ("not seen for N days", "birthday this month", "upcoming
 * booking") are evaluated against the clock each time, so a saved segment stays current.
 */
export interface ListFilters {
  /** Total value of counted orders. */
  spend?: NumberRange
  orderCount?: NumberRange
  /** Last visit (last counted order) within these days; customers who never came are not in it. */
  lastVisit?: DayRange
  /** Came before, but not in the last N days. */
  notSeenDays?: number
  firstVisit?: DayRange
  /** In any of these categories. */
  categoryIds?: Id[]
  /** In any of these groups. */
  groupIds?: Id[]
  /** Found us through any of these referral sources (customers with none recorded are not in it). */
  referralSourceIds?: Id[]
  consentEmail?: boolean
  consentSms?: boolean
  type?: CustomerType
  blocked?: boolean
  /**
   * The store selector (F9): only customers with orders in these stores, and every figure
   * from those stores' orders only. Empty or missing: all stores, figures in the main currency.
   */
  storeIds?: Id[]
  birthdayThisMonth?: boolean
  upcomingBooking?: boolean
}

export type FilterKey = keyof ListFilters

export interface ListQuery {
  sort: ListSort
  search: string
  filters: ListFilters
  /**
   * Only these customers (the ones an import created or updated), on top of the filters. A
   * fixed set of one moment, so it is never part of a segment's filters.
   */
  onlyIds?: readonly Id[]
}

/** Drops empty conditions so that "no filter" has exactly one shape (segments compare equal). */
export function normaliseFilters(filters: ListFilters | null | undefined): ListFilters {
  const out: ListFilters = {}
  if (!filters || typeof filters !== 'object') return out
  const range = (value: NumberRange | undefined): NumberRange | undefined => {
    if (!value) return undefined
    const next: NumberRange = {}
    if (isFiniteNumber(value.min)) next.min = value.min
    if (isFiniteNumber(value.max)) next.max = value.max
    return next.min === undefined && next.max === undefined ? undefined : next
  }
  const days = (value: DayRange | undefined): DayRange | undefined => {
    if (!value) return undefined
    const next: DayRange = {}
    if (isDay(value.from)) next.from = value.from
    if (isDay(value.to)) next.to = value.to
    return next.from === undefined && next.to === undefined ? undefined : next
  }
  const ids = (value: Id[] | undefined): Id[] | undefined => {
    const valid = Array.isArray(value) ? [...new Set(value.filter((id) => Number.isInteger(id) && id > 0))] : []
    return valid.length > 0 ? valid.sort((a, b) => a - b) : undefined
  }

  assign(out, 'spend', range(filters.spend))
  assign(out, 'orderCount', range(filters.orderCount))
  assign(out, 'lastVisit', days(filters.lastVisit))
  assign(out, 'notSeenDays', isFiniteNumber(filters.notSeenDays) && filters.notSeenDays > 0 ? Math.floor(filters.notSeenDays) : undefined)
  assign(out, 'firstVisit', days(filters.firstVisit))
  assign(out, 'categoryIds', ids(filters.categoryIds))
  assign(out, 'groupIds', ids(filters.groupIds))
  assign(out, 'referralSourceIds', ids(filters.referralSourceIds))
  assign(out, 'consentEmail', typeof filters.consentEmail === 'boolean' ? filters.consentEmail : undefined)
  assign(out, 'consentSms', typeof filters.consentSms === 'boolean' ? filters.consentSms : undefined)
  assign(out, 'type', filters.type === 'registered' || filters.type === 'contact' ? filters.type : undefined)
  assign(out, 'blocked', typeof filters.blocked === 'boolean' ? filters.blocked : undefined)
  assign(out, 'storeIds', ids(filters.storeIds))
  assign(out, 'birthdayThisMonth', filters.birthdayThisMonth === true ? true : undefined)
  assign(out, 'upcomingBooking', filters.upcomingBooking === true ? true : undefined)
  return out
}

function assign<K extends FilterKey>(target: ListFilters, key: K, value: ListFilters[K] | undefined): void {
  if (value !== undefined) target[key] = value
}

function isDay(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

/** Filter keys in the order their chips are shown. */
export const filterKeys: readonly FilterKey[] = [
  'storeIds',
  'spend',
  'orderCount',
  'lastVisit',
  'notSeenDays',
  'firstVisit',
  'categoryIds',
  'groupIds',
  'referralSourceIds',
  'consentEmail',
  'consentSms',
  'type',
  'blocked',
  'birthdayThisMonth',
  'upcomingBooking'
]

export function hasFilters(filters: ListFilters): boolean {
  return Object.keys(normaliseFilters(filters)).length > 0
}

/** Same conditions, whatever order they were set in. */
export function sameFilters(a: ListFilters, b: ListFilters): boolean {
  return JSON.stringify(canonical(normaliseFilters(a))) === JSON.stringify(canonical(normaliseFilters(b)))
}

function canonical(filters: ListFilters): unknown {
  return filterKeys.filter((key) => key in filters).map((key) => [key, filters[key]])
}
