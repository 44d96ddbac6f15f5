import type { Customer, EpochMs, Id } from '../domain/types'
import { customerMeetsConditions } from './match'
import type { Rule, RuleEffects, RuleGrant } from './rule'

/** The fields rules write on a customer row. `ruleEffects: undefined` removes the field. */
export interface RuleChange {
  categoryIds: Id[]
  groupIds: Id[]
  discountPercent: number
  ruleEffects: RuleEffects | undefined
}

/** The row's fields rules decide, as a rule-aware view of it. */
type RuleFields = Pick<Customer, 'categoryIds' | 'groupIds' | 'discountPercent' | 'ruleEffects'>

/**
 * What the rules (in their order) make of one customer at `now`, or null when nothing changes.
 *
 * - A category or group a rule gives is the rule's while the customer meets its conditions;
 *   when they stop meeting them, it goes — but one set by hand is never touched (a rule that
 *   gives what a person already gave leaves it theirs).
 * - "Remove a category" takes away what rules gave; one set by hand stays.
 * - A category or group a person took off (an exception) is not given back.
 * - Discount: the first enabled rule in the order that gives one, unless a person set a
 *   discount by hand: a hand-set discount wins over every rule.
 *
 * Conditions may name categories that rules give ("in VIP → 10 %"), so the rules are applied
 * again on their own result until it settles (at most a few rounds: there are no cycles worth
 * more, and a cycle cannot make this loop forever).
 */
export function applyRules(customer: Customer, rules: readonly Rule[], now: EpochMs): RuleChange | null {
  const before = customer.ruleEffects ?? {}
  const known = new Set(rules.map((rule) => rule.id))
  // An exception of a rule that no longer exists means nothing any more.
  const exceptions = (before.exceptions ?? []).filter((exception) => known.has(exception.ruleId))
  const autoCategories = new Map((before.categories ?? []).map((grant) => [grant.id, grant]))
  const autoGroups = new Map((before.groups ?? []).map((grant) => [grant.id, grant]))
  const handCategories = customer.categoryIds.filter((id) => !autoCategories.has(id))
  const handGroups = customer.groupIds.filter((id) => !autoGroups.has(id))
  // A discount that differs from what the rule gave was set by a person since.
  const ruleDiscount = before.discount && customer.discountPercent === before.discount.percent ? before.discount : undefined
  const handDiscount = ruleDiscount ? 0 : customer.discountPercent

  let view: Customer = customer
  let result: RuleChange = { categoryIds: customer.categoryIds, groupIds: customer.groupIds, discountPercent: customer.discountPercent, ruleEffects: customer.ruleEffects }
  for (let round = 0; round < 4; round++) {
    const matching = rules.filter((rule) => rule.enabled && customerMeetsConditions(view, rule.conditions, now))
    const wantedCategories = new Map<Id, Id>()
    const wantedGroups = new Map<Id, Id>()
    const removed = new Set<Id>()
    for (const rule of matching) {
      const { addCategoryId, removeCategoryId, addGroupId } = rule.actions
      if (addCategoryId && !wantedCategories.has(addCategoryId)) wantedCategories.set(addCategoryId, rule.id)
      if (addGroupId && !wantedGroups.has(addGroupId)) wantedGroups.set(addGroupId, rule.id)
      if (removeCategoryId) removed.add(removeCategoryId)
    }
    for (const id of removed) wantedCategories.delete(id)
    for (const exception of exceptions) (exception.kind === 'category' ? wantedCategories : wantedGroups).delete(exception.id)
    for (const id of handCategories) wantedCategories.delete(id)
    for (const id of handGroups) wantedGroups.delete(id)

    const categories = grants(wantedCategories, autoCategories, now)
    const groups = grants(wantedGroups, autoGroups, now)
    const discountRule = handDiscount > 0 ? undefined : matching.find((rule) => rule.actions.discountPercent)
    const percent = discountRule?.actions.discountPercent
    const discount =
      discountRule && percent
        ? ruleDiscount && ruleDiscount.ruleId === discountRule.id && ruleDiscount.percent === percent
          ? ruleDiscount
          : { id: 0, ruleId: discountRule.id, percent, since: now }
        : undefined

    const effects: RuleEffects = {
      ...(categories.length ? { categories } : {}),
      ...(groups.length ? { groups } : {}),
      ...(discount ? { discount } : {}),
      ...(exceptions.length ? { exceptions } : {})
    }
    result = {
      categoryIds: merged(customer.categoryIds, handCategories, categories),
      groupIds: merged(customer.groupIds, handGroups, groups),
      discountPercent: handDiscount > 0 ? handDiscount : (discount?.percent ?? 0),
      ruleEffects: Object.keys(effects).length ? effects : undefined
    }
    if (sameIds(result.categoryIds, view.categoryIds) && sameIds(result.groupIds, view.groupIds)) break
    view = { ...customer, categoryIds: result.categoryIds, groupIds: result.groupIds }
  }
  return sameRuleFields(customer, result) ? null : result
}

/** Each wanted id's grant: the earlier one when the same rule still gives it (its "since" stays). */
function grants(wanted: ReadonlyMap<Id, Id>, before: ReadonlyMap<Id, RuleGrant>, now: EpochMs): RuleGrant[] {
  return [...wanted].map(([id, ruleId]) => {
    const earlier = before.get(id)
    return earlier && earlier.ruleId === ruleId ? earlier : { id, ruleId, since: now }
  })
}

/** The row's order kept: hand-set and still-given ids where they were, new ones at the end. */
function merged(current: readonly Id[], hand: readonly Id[], given: readonly RuleGrant[]): Id[] {
  const keep = new Set([...hand, ...given.map((grant) => grant.id)])
  const out = current.filter((id) => keep.has(id))
  for (const grant of given) if (!out.includes(grant.id)) out.push(grant.id)
  return out
}

function sameIds(a: readonly Id[], b: readonly Id[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index])
}

function sameRuleFields(customer: RuleFields, next: RuleChange): boolean {
  return (
    sameIds(customer.categoryIds, next.categoryIds) &&
    sameIds(customer.groupIds, next.groupIds) &&
    customer.discountPercent === next.discountPercent &&
    JSON.stringify(customer.ruleEffects ?? null) === JSON.stringify(next.ruleEffects ?? null)
  )
}
