import type { Customer, EpochMs, Id } from '../domain/types'
import type { RuleEffects, RuleException } from './rule'

/**
 * A person's change of a customer's categories, groups or discount, seen against what rules
 * gave: a category or group a rule gave and the person took off becomes an exception (no rule
 * gives it back until someone undoes it); one the person gives back by hand is theirs from
 * then on; a discount changed by hand is the person's (it wins over rules). Returns the row's
 * rule effects after the change (undefined: none left).
 */
export function effectsAfterHandEdit(
  current: Pick<Customer, 'categoryIds' | 'groupIds' | 'discountPercent' | 'ruleEffects'>,
  next: Pick<Customer, 'categoryIds' | 'groupIds' | 'discountPercent'>,
  at: EpochMs,
  staffName?: string
): RuleEffects | undefined {
  const effects = current.ruleEffects
  if (!effects) return undefined
  const exceptions: RuleException[] = [...(effects.exceptions ?? [])]
  const split = (kind: 'category' | 'group', given: RuleEffects['categories'], nextIds: readonly Id[]) => {
    const kept = []
    for (const grant of given ?? []) {
      if (nextIds.includes(grant.id)) kept.push(grant)
      else exceptions.push({ kind, id: grant.id, ruleId: grant.ruleId, at, ...(staffName ? { staffName } : {}) })
    }
    return kept
  }
  const categories = split('category', effects.categories, next.categoryIds)
  const groups = split('group', effects.groups, next.groupIds)
  // Given back by hand: the person's now, no longer an exception.
  const open = exceptions.filter((exception) => !(exception.kind === 'category' ? next.categoryIds : next.groupIds).includes(exception.id))
  const discount = effects.discount && next.discountPercent === effects.discount.percent ? effects.discount : undefined
  const out: RuleEffects = {
    ...(categories.length ? { categories } : {}),
    ...(groups.length ? { groups } : {}),
    ...(discount ? { discount } : {}),
    ...(open.length ? { exceptions: open } : {})
  }
  return Object.keys(out).length ? out : undefined
}

/** The row's effects with one exception undone: rules are in charge of that category or group again. */
export function effectsWithoutException(effects: RuleEffects | undefined, kind: 'category' | 'group', id: Id): RuleEffects | undefined {
  if (!effects) return undefined
  const exceptions = (effects.exceptions ?? []).filter((exception) => !(exception.kind === kind && exception.id === id))
  const { exceptions: _dropped, ...rest } = effects
  const out: RuleEffects = { ...rest, ...(exceptions.length ? { exceptions } : {}) }
  return Object.keys(out).length ? out : undefined
}
