import { describe, expect, it } from 'vitest'
import { emptyProfile, newCustomer } from '../domain/customer'
import type { Customer } from '../domain/types'
import { applyRules } from './apply'
import type { Rule } from './rule'

const now = Date.UTC(2026, 4, 3, 10)

function customer(patch: Partial<Customer> = {}): Customer {
  return { ...newCustomer({ ...emptyProfile(), firstName: 'Ola', lastName: 'Nowak' }, now - 1000), id: 1, ...patch }
}

function rule(id: number, patch: Partial<Rule>): Rule {
  return { id, name: `Rule ${id}`, enabled: true, conditions: {}, actions: {}, createdAt: 0, updatedAt: 0, ...patch }
}

describe('applyRules', () => {
  it('takes away a category a rule gave when another rule says so, never one set by hand', () => {
    const rules = [rule(1, { conditions: { spend: { min: 100 } }, actions: { addCategoryId: 7 } }), rule(2, { conditions: { blocked: true }, actions: { removeCategoryId: 7 } })]
    const given = applyRules(customer({ totalValue: 500 }), rules, now)!
    expect(given.categoryIds).toEqual([7])
    const blocked = applyRules(customer({ totalValue: 500, blocked: 1, categoryIds: given.categoryIds, ruleEffects: given.ruleEffects }), rules, now)!
    expect(blocked.categoryIds).toEqual([])
    expect(applyRules(customer({ totalValue: 500, blocked: 1, categoryIds: [7] }), rules, now)).toBeNull()
  })

  it('lets a rule see a category another rule gives in the same evaluation', () => {
    const rules = [rule(1, { conditions: { categoryIds: [7] }, actions: { discountPercent: 10 } }), rule(2, { conditions: { orderCount: { min: 5 } }, actions: { addCategoryId: 7, addGroupId: 3 } })]
    const change = applyRules(customer({ orderCount: 6 }), rules, now)!
    expect(change).toMatchObject({ categoryIds: [7], groupIds: [3], discountPercent: 10 })
    expect(change.ruleEffects?.discount).toEqual({ id: 0, ruleId: 1, percent: 10, since: now })
  })

  it('keeps the "since" of what the same rule still gives, and changes nothing then', () => {
    const rules = [rule(1, { conditions: { orderCount: { min: 1 } }, actions: { addCategoryId: 7 } })]
    const first = applyRules(customer({ orderCount: 1 }), rules, now)!
    expect(applyRules(customer({ orderCount: 2, categoryIds: first.categoryIds, ruleEffects: first.ruleEffects }), rules, now + 86_400_000)).toBeNull()
  })

  it('ignores disabled rules and forgets exceptions of deleted ones', () => {
    const rules = [rule(1, { enabled: false, conditions: { orderCount: { min: 1 } }, actions: { addCategoryId: 7 } })]
    expect(applyRules(customer({ orderCount: 3 }), rules, now)).toBeNull()
    const withException = customer({ ruleEffects: { exceptions: [{ kind: 'category', id: 7, ruleId: 9, at: 1 }] } })
    expect(applyRules(withException, rules, now)).toEqual({ categoryIds: [], groupIds: [], discountPercent: 0, ruleEffects: undefined })
  })
})
