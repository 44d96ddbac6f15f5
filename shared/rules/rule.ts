import type { EpochMs, Id } from '../domain/types'
import type { ListFilters, NumberRange } from '../list/list-query'
import { normaliseFilters } from '../list/list-query'

/**
 * Automatic categories, groups and discounts (PRODUCT.md F27). A rule's conditions are the
 * customer list's filters, so "spent over 2 000" means here exactly what the list shows for it
 * (shared/rules/match.ts), plus no-shows, which the list has no filter for. A booking yet to
 * come is not on the customer row, so "upcoming booking" is not a rule condition.
 */
export type RuleConditions = Omit<ListFilters, 'upcomingBooking'> & {
  /** No-shows counted on the customer row. */
  noShows?: NumberRange
}

export interface RuleActions {
  addCategoryId?: Id
  /** Takes away a category that a rule gave; one set by hand stays. */
  removeCategoryId?: Id
  /** Permanent discount, 1–100 %. The first rule in the order that gives one wins. */
  discountPercent?: number
  addGroupId?: Id
}

export interface Rule {
  id: Id
  name: string
  enabled: boolean
  conditions: RuleConditions
  actions: RuleActions
  createdAt: EpochMs
  updatedAt: EpochMs
}

/** A rule as the editor holds it before it is saved. */
export type RuleDraft = Pick<Rule, 'name' | 'enabled' | 'conditions' | 'actions'>

/** Conditions without empty parts, so that "no condition" has one shape. */
export function normaliseRuleConditions(conditions: RuleConditions): RuleConditions {
  const { noShows, ...filters } = conditions
  const out: RuleConditions = normaliseFilters(filters)
  delete (out as ListFilters).upcomingBooking
  const min = Number.isFinite(noShows?.min) ? noShows!.min : undefined
  const max = Number.isFinite(noShows?.max) ? noShows!.max : undefined
  if (min !== undefined || max !== undefined) out.noShows = { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) }
  return out
}

export function normaliseRuleActions(actions: RuleActions): RuleActions {
  const out: RuleActions = {}
  const id = (value: unknown) => (Number.isInteger(value) && (value as number) > 0 ? (value as Id) : undefined)
  if (id(actions.addCategoryId)) out.addCategoryId = actions.addCategoryId
  if (id(actions.removeCategoryId) && actions.removeCategoryId !== actions.addCategoryId) out.removeCategoryId = actions.removeCategoryId
  if (Number.isFinite(actions.discountPercent) && actions.discountPercent! > 0) out.discountPercent = Math.min(100, Math.round(actions.discountPercent!))
  if (id(actions.addGroupId)) out.addGroupId = actions.addGroupId
  return out
}

/** Why a draft cannot be saved yet, or null. A rule without conditions would apply to everyone. */
export function ruleDraftProblem(draft: RuleDraft): 'name' | 'conditions' | 'actions' | null {
  if (draft.name.trim() === '') return 'name'
  if (Object.keys(normaliseRuleConditions(draft.conditions)).length === 0) return 'conditions'
  if (Object.keys(normaliseRuleActions(draft.actions)).length === 0) return 'actions'
  return null
}

/**
 * What rules did to one customer, kept on the customer row (unindexed, written only when a
 * rule changes that customer), so the card can say "VIP — by rule 'Spent over 2 000' since
 * 3 May" apart from categories set by hand, and a category taken off by hand stays off.
 */
export interface RuleEffects {
  categories?: RuleGrant[]
  groups?: RuleGrant[]
  discount?: RuleGrant & { percent: number }
  /** Given by a rule, then taken off by a person: no rule puts it back until the exception is undone. */
  exceptions?: RuleException[]
}

export interface RuleGrant {
  /** The category or group (unused for the discount). */
  id: Id
  ruleId: Id
  since: EpochMs
}

export interface RuleException {
  kind: 'category' | 'group'
  id: Id
  /** The rule that had given it. */
  ruleId: Id
  at: EpochMs
  staffName?: string
}
