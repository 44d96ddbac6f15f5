import { freshDatabase, type RegularsDatabase } from '@renderer/db/test-support'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDemoData, previewRule } from '@renderer/db'
import type { ListFilters } from '@shared/list/list-query'
import { ListEngine } from '../list-query/list-engine'

const now = Date.UTC(2026, 10, 22, 12)
let db: RegularsDatabase

beforeAll(async () => {
  db = await freshDatabase()
  await loadDemoData(db, { customers: 400, orders: 3_000, seed: 23, now })
}, 60_000)

afterAll(() => db?.close())

describe('a rule’s preview', () => {
  const cases: ListFilters[] = [
    { spend: { min: 200_000 } },
    { notSeenDays: 60, type: 'registered' },
    { categoryIds: [1, 2], consentSms: true },
    { birthdayThisMonth: true },
    { lastVisit: { from: '2026-09-01', to: '2026-10-31' }, orderCount: { min: 3 } },
    { groupIds: [1], blocked: false, referralSourceIds: [2, 3] }
  ]
  for (const filters of cases) {
    it(`counts as many customers as the list with the same filters: ${JSON.stringify(filters)}`, async () => {
      const run = await new ListEngine(db).run({ sort: { column: 'lastActivityAt', direction: 'desc' }, search: '', filters }, { pageSize: 25, now })
      if (typeof run === 'string') throw new Error(run)
      const preview = await previewRule(db, { name: 'x', enabled: true, conditions: filters, actions: { addCategoryId: 3 } }, { now })
      expect(preview.meeting.length).toBe(await run.total)
      expect(preview.customers).toBe(400)
    })
  }

  it('names who would gain the category (and nobody loses it when no rule gave it)', async () => {
    const preview = await previewRule(db, { name: 'VIP', enabled: true, conditions: { spend: { min: 200_000 } }, actions: { addCategoryId: 3 } }, { now })
    const category = preview.changes.find((change) => change.kind === 'category' && change.id === 3)
    const customers = await db.customers.bulkGet(category?.gained ?? [])
    expect(customers.every((customer) => customer!.totalValue >= 200_000 && !customer!.categoryIds.includes(3))).toBe(true)
    expect(category?.lost ?? []).toEqual([])
    expect(await db.settings.get('rules')).toBeUndefined()
  })
})
