import type { Customer, EpochMs, Id } from '@shared/domain/types'
import { AppError } from '@shared/errors'
import { applyRules } from '@shared/rules/apply'
import { effectsWithoutException } from '@shared/rules/hand-edits'
import type { Rule } from '@shared/rules/rule'
import { dataErrors } from '../errors'
import type { RegularsDatabase } from '../schema'
import { rulesInForce } from './rules-store'

/** The row with what the rules make of it (the same object when they change nothing). */
export function withRulesApplied(customer: Customer, rules: readonly Rule[], now: EpochMs): Customer {
  if (rules.length === 0 && !customer.ruleEffects) return customer
  const change = applyRules(customer, rules, now)
  if (!change) return customer
  const next: Customer = { ...customer, ...change }
  if (change.ruleEffects === undefined) delete next.ruleEffects
  return next
}

/**
 * Undoes a person's exception: the rule is in charge of that category or group again (given
 * back at once when the customer still meets its conditions).
 */
export async function undoRuleException(db: RegularsDatabase, customerId: Id, kind: 'category' | 'group', id: Id, now: EpochMs = Date.now()): Promise<Customer> {
  const rules = await rulesInForce(db)
  return db.transaction('rw', db.customers, async () => {
    const current = await db.customers.get(customerId)
    if (!current) throw new AppError(dataErrors.customerNotFound, `Customer ${customerId} not found`)
    const released: Customer = { ...current, ruleEffects: effectsWithoutException(current.ruleEffects, kind, id) }
    if (released.ruleEffects === undefined) delete released.ruleEffects
    const next = { ...withRulesApplied(released, rules, now), updatedAt: now }
    await db.customers.put(next)
    return next
  })
}
