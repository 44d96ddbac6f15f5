import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCategory, createCustomer, loadDemoData, runRulesPass, saveRule } from '@renderer/db'
import { freshDatabase, type RegularsDatabase } from '@renderer/db/test-support'
import { emptyProfile } from '@shared/domain/customer'
import type { Id } from '@shared/domain/types'
import type { ListQuery } from '@shared/list/list-query'
import { onTablesChanged, type TablesChange } from '../list-query/data-changes'
import { ListEngine, type ListRun } from '../list-query/list-engine'
import { onRulesPassWrite } from './rules-pass'

const now = Date.UTC(2026, 10, 22, 12)
let db: RegularsDatabase

beforeEach(async () => {
  db = await freshDatabase()
  await loadDemoData(db, { customers: 300, orders: 2_000, seed: 7, now })
}, 60_000)
afterEach(() => db.close())

async function first(engine: ListEngine, query: ListQuery): Promise<ListRun> {
  const run = await engine.run(query, { pageSize: 40, now })
  if (typeof run === 'string') throw new Error(run)
  return run
}

const byName: ListQuery = { sort: { column: 'name', direction: 'asc' }, search: '', filters: {} }

describe("a rules pass's writes and the list", () => {
  it('are told apart from a person’s writes, which still make the list forget what it holds', async () => {
    const heard: Array<{ tables: string[]; change: TablesChange }> = []
    const stop = onTablesChanged(db, (tables, change) => heard.push({ tables: [...tables].sort(), change }))
    const vip = await createCategory(db, { name: 'VIP', color: '#d4a017' })
    await saveRule(db, { name: 'Spent over 500', enabled: true, conditions: { spend: { min: 50_000 } }, actions: { addCategoryId: vip } })
    await expect.poll(() => heard.length).toBe(2)
    const result = await runRulesPass(db, { reason: 'rule-change', now })
    expect(result.changed).toBeGreaterThan(0)
    // Its writes, then its one audit entry (and the owed-pass marker taken away).
    await expect.poll(() => heard.at(-1)?.tables).toEqual(['audit', 'settings'])
    const afterPass = heard.length
    await createCustomer(db, { ...emptyProfile(), firstName: 'Jan' })
    await expect.poll(() => heard.length).toBe(afterPass + 1)
    stop()
    const duringPass = heard.slice(2, afterPass)
    const customerWrites = duringPass.filter((heard) => heard.tables.includes('customers'))
    expect(customerWrites.length).toBeGreaterThan(0)
    expect(customerWrites.every((heard) => heard.change === 'rules-pass' && heard.tables.join() === 'customers,settings')).toBe(true)
    expect(heard.at(-1)).toEqual({ tables: ['customers'], change: 'write' })
  })

  it('updates the rows and answers the engine holds: the new category filter, the rows on a page and the discount order', async () => {
    const engine = new ListEngine(db)
    const stop = onRulesPassWrite((rows) => engine.rulesApplied(rows))
    const vip = await createCategory(db, { name: 'VIP', color: '#d4a017' })
    // Read before the pass: the page by name, the (empty) category filter and the discount order.
    const pageBefore = await first(engine, byName)
    const vipQuery: ListQuery = { ...byName, filters: { categoryIds: [vip] } }
    expect(await (await first(engine, vipQuery)).total).toBe(0)
    const byDiscount: ListQuery = { sort: { column: 'discountPercent', direction: 'desc' }, search: '', filters: {} }
    await (await first(engine, byDiscount)).ordered

    await saveRule(db, { name: 'Spent over 500', enabled: true, conditions: { spend: { min: 50_000 } }, actions: { addCategoryId: vip, discountPercent: 37 } })
    const result = await runRulesPass(db, { reason: 'rule-change', now })
    stop()
    const gained = new Set(((await db.customers.where('categoryIds').equals(vip).primaryKeys()) as Id[]))
    expect(result.changed).toBe(gained.size)
    expect(gained.size).toBeGreaterThan(0)

    // Nothing told the engine of a write but the pass itself.
    const vipAfter = await first(engine, vipQuery)
    expect(await vipAfter.total).toBe(gained.size)
    expect(new Set(await vipAfter.ordered)).toEqual(gained)
    const pageAfter = await first(engine, byName)
    expect(pageAfter.firstRows.map((row) => row.id)).toEqual(pageBefore.firstRows.map((row) => row.id))
    for (const row of pageAfter.firstRows) expect(row.customer.categoryIds.includes(vip)).toBe(gained.has(row.id))
    const discountFirst = await first(engine, byDiscount)
    expect(discountFirst.firstRows.slice(0, Math.min(gained.size, 40)).every((row) => row.customer.discountPercent >= 37)).toBe(true)
  })
})
