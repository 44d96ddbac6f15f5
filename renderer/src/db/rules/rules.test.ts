import { freshDatabaseForEachTest } from '@renderer/db/test-support'
import { describe, expect, it } from 'vitest'
import {
  addOrder,
  createCategory,
  createCustomer,
  createStore,
  deleteOrder,
  getCustomer,
  moveRule,
  runDueRulesPass,
  runRulesPass,
  saveRule,
  setRuleEnabled,
  undoRuleException,
  updateCustomer,
  checkDatabase
} from '@renderer/db'
import { DAY_MS } from '@shared/domain/metrics'
import type { RuleDraft } from '@shared/rules/rule'
import { profile, t0, visit } from '../repositories/card-fixtures.test-support'

const db = freshDatabaseForEachTest()

async function base() {
  const storeId = await createStore(db, { name: 'Centrum', currency: 'PLN' })
  const vip = await createCategory(db, { name: 'VIP', color: '#d4a017' })
  const lapsed = await createCategory(db, { name: 'Lapsed', color: '#888888' })
  const customerId = await createCustomer(db, profile({ firstName: 'Anna', lastName: 'Nowak' }), { now: t0 })
  return { storeId, vip, lapsed, customerId }
}

function spentOver(amount: number, categoryId: number, extra: Partial<RuleDraft> = {}): RuleDraft {
  return { name: `Spent over ${amount / 100}`, enabled: true, conditions: { spend: { min: amount } }, actions: { addCategoryId: categoryId }, ...extra }
}

describe('rules applied with every order change', () => {
  it('gives the category in the transaction that saves the visit, says which rule and since when, and takes it back with the visit', async () => {
    const { storeId, vip, customerId } = await base()
    const rule = await saveRule(db, spentOver(200_000, vip), undefined, { now: t0 })
    const orderId = await addOrder(db, customerId, visit(storeId, t0 + DAY_MS, 250_000))
    const after = (await getCustomer(db, customerId))!
    expect(after.categoryIds).toEqual([vip])
    expect(after.ruleEffects?.categories).toEqual([{ id: vip, ruleId: rule.id, since: expect.any(Number) }])
    await deleteOrder(db, orderId)
    const gone = (await getCustomer(db, customerId))!
    expect(gone.categoryIds).toEqual([])
    expect(gone.ruleEffects).toBeUndefined()
    expect((await checkDatabase(db)).differenceCount).toBe(0)
  })

  it('leaves a category set by hand when the customer stops meeting the rule', async () => {
    const { storeId, vip, customerId } = await base()
    await saveRule(db, spentOver(200_000, vip))
    await updateCustomer(db, customerId, { categoryIds: [vip] })
    const orderId = await addOrder(db, customerId, visit(storeId, t0 + DAY_MS, 250_000))
    expect((await getCustomer(db, customerId))!.ruleEffects).toBeUndefined()
    await deleteOrder(db, orderId)
    expect((await getCustomer(db, customerId))!.categoryIds).toEqual([vip])
  })
})

describe('a category a person took off', () => {
  it('stays off through orders and passes, is shown as an exception, and Undo gives the rule back its say', async () => {
    const { storeId, vip, customerId } = await base()
    const rule = await saveRule(db, spentOver(200_000, vip))
    await addOrder(db, customerId, visit(storeId, t0 + DAY_MS, 250_000))
    await updateCustomer(db, customerId, { categoryIds: [] }, { now: t0 + 2 * DAY_MS })
    const removed = (await getCustomer(db, customerId))!
    expect(removed.categoryIds).toEqual([])
    expect(removed.ruleEffects?.exceptions).toEqual([{ kind: 'category', id: vip, ruleId: rule.id, at: t0 + 2 * DAY_MS }])

    await addOrder(db, customerId, visit(storeId, t0 + 3 * DAY_MS, 10_000))
    const pass = await runRulesPass(db, { reason: 'rule-change' })
    expect(pass).toMatchObject({ customers: 1, changed: 0 })
    expect((await getCustomer(db, customerId))!.categoryIds).toEqual([])

    await undoRuleException(db, customerId, 'category', vip)
    const back = (await getCustomer(db, customerId))!
    expect(back.categoryIds).toEqual([vip])
    expect(back.ruleEffects).toEqual({ categories: [{ id: vip, ruleId: rule.id, since: expect.any(Number) }] })
  })

  it('given back by hand is the person’s: the rule no longer takes it away', async () => {
    const { storeId, vip, customerId } = await base()
    await saveRule(db, spentOver(200_000, vip))
    const orderId = await addOrder(db, customerId, visit(storeId, t0 + DAY_MS, 250_000))
    await updateCustomer(db, customerId, { categoryIds: [] })
    await updateCustomer(db, customerId, { categoryIds: [vip] })
    expect((await getCustomer(db, customerId))!.ruleEffects).toBeUndefined()
    await deleteOrder(db, orderId)
    expect((await getCustomer(db, customerId))!.categoryIds).toEqual([vip])
  })
})

describe('discounts', () => {
  it('come from the first rule in the order; moving a rule up changes which wins; a hand-set discount wins over rules', async () => {
    const { storeId, vip, customerId } = await base()
    const five = await saveRule(db, { name: 'Regular', enabled: true, conditions: { orderCount: { min: 1 } }, actions: { discountPercent: 5 } })
    const ten = await saveRule(db, { name: 'Big spender', enabled: true, conditions: { spend: { min: 100_000 } }, actions: { discountPercent: 10, addCategoryId: vip } })
    await addOrder(db, customerId, visit(storeId, t0 + DAY_MS, 150_000))
    expect((await getCustomer(db, customerId))!).toMatchObject({ discountPercent: 5, ruleEffects: { discount: { ruleId: five.id, percent: 5 } } })

    await moveRule(db, ten.id, 'up')
    await runRulesPass(db, { reason: 'rule-change' })
    expect((await getCustomer(db, customerId))!).toMatchObject({ discountPercent: 10, ruleEffects: { discount: { ruleId: ten.id, percent: 10 } } })

    await setRuleEnabled(db, ten.id, false)
    await runRulesPass(db, { reason: 'rule-change' })
    expect((await getCustomer(db, customerId))!.discountPercent).toBe(5)

    await updateCustomer(db, customerId, { discountPercent: 15 })
    await setRuleEnabled(db, ten.id, true)
    await runRulesPass(db, { reason: 'rule-change' })
    const customer = (await getCustomer(db, customerId))!
    expect(customer.discountPercent).toBe(15)
    expect(customer.ruleEffects?.discount).toBeUndefined()
  })
})

describe('the daily pass', () => {
  it('runs once a day when a rule depends on time, with one audit entry that counts', async () => {
    const { storeId, lapsed, customerId } = await base()
    await addOrder(db, customerId, visit(storeId, t0, 10_000))
    await saveRule(db, { name: 'Not seen for 60 days', enabled: true, conditions: { notSeenDays: 60 }, actions: { addCategoryId: lapsed } }, undefined, { now: t0 + DAY_MS })
    const auditBefore = await db.audit.count()

    expect(await runDueRulesPass(db, { now: t0 + 30 * DAY_MS })).toMatchObject({ customers: 1, changed: 0 })
    expect(await runDueRulesPass(db, { now: t0 + 30 * DAY_MS + 3_600_000 })).toBeNull()
    expect((await getCustomer(db, customerId))!.categoryIds).toEqual([])

    expect(await runDueRulesPass(db, { now: t0 + 61 * DAY_MS })).toMatchObject({ customers: 1, changed: 1 })
    expect((await getCustomer(db, customerId))!.ruleEffects?.categories).toEqual([{ id: lapsed, ruleId: expect.any(Number), since: t0 + 61 * DAY_MS }])
    const entries = await db.audit.where('action').equals('rules-pass').toArray()
    expect(entries).toHaveLength(2)
    expect(entries[1]).toMatchObject({ customerIds: [customerId], customerCount: 1, details: { reason: 'daily', customers: 1, changed: 1 } })
    expect(await db.audit.count()).toBe(auditBefore + 2)
  })

  it('runs a pass a rule change still owes (cut short by a crash) at the next start, once', async () => {
    const { storeId, vip, customerId } = await base()
    await addOrder(db, customerId, visit(storeId, t0, 300_000))
    await saveRule(db, spentOver(200_000, vip))
    // A pass that starts and is killed before its end: the marker it set at the start stays.
    const stopped = new AbortController()
    stopped.abort()
    await runRulesPass(db, { reason: 'rule-change', signal: stopped.signal })
    expect(await db.settings.get('rulesPassOwed')).toBeUndefined()
    await db.settings.put({ key: 'rulesPassOwed', value: { at: t0 } })
    expect((await getCustomer(db, customerId))!.categoryIds).toEqual([])

    expect(await runDueRulesPass(db, { now: t0 + DAY_MS })).toMatchObject({ customers: 1, changed: 1, cancelled: false })
    expect((await getCustomer(db, customerId))!.categoryIds).toEqual([vip])
    expect((await db.audit.orderBy('at').last())!).toMatchObject({ action: 'rules-pass', details: { reason: 'rule-change' } })
    // Not owed any more, and no rule depends on time: nothing is due.
    expect(await runDueRulesPass(db, { now: t0 + DAY_MS })).toBeNull()
  })

  it('does nothing when no rule depends on time', async () => {
    const { vip } = await base()
    await saveRule(db, spentOver(200_000, vip))
    expect(await runDueRulesPass(db, { now: t0 })).toBeNull()
  })
})

describe('rule changes', () => {
  it('write one audit entry each, however many customers they touch', async () => {
    const { storeId, vip } = await base()
    for (let i = 0; i < 5; i++) {
      const id = await createCustomer(db, profile({ firstName: `K${i}`, lastName: 'Nowak' }))
      await addOrder(db, id, visit(storeId, t0, 300_000))
    }
    const before = await db.audit.count()
    await saveRule(db, spentOver(200_000, vip))
    const pass = await runRulesPass(db, { reason: 'rule-change', chunkSize: 2 })
    expect(pass).toMatchObject({ customers: 6, changed: 5, cancelled: false })
    expect(await db.audit.count()).toBe(before + 2)
    expect((await db.audit.orderBy('at').last())!).toMatchObject({ action: 'rules-pass', customerCount: 5 })
  })
})
