import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import type { AuditAction } from '@shared/domain/types'
import { appendAudit } from '@renderer/db'
import { freshDatabase } from '@renderer/db/test-support'
import { auditEntriesPage, type AuditCursor, type AuditFilters } from './audit-entries'

const actions: AuditAction[] = ['export', 'import', 'erase', 'merge', 'block']

async function filledLog() {
  const db = await freshDatabase()
  // 120 entries, several in the same millisecond, two staff members.
  for (let i = 0; i < 120; i++) {
    await appendAudit(db, { action: actions[i % actions.length], staffName: i % 3 === 0 ? 'Ola' : 'this PC', customerIds: [i + 1], at: 1_000_000 + Math.floor(i / 4) * 1000 })
  }
  return db
}

async function everyPage(db: Awaited<ReturnType<typeof filledLog>>, filters: AuditFilters, limit: number) {
  const seen: number[] = []
  let after: AuditCursor | undefined
  for (let guard = 0; guard < 1000; guard++) {
    const page = await auditEntriesPage(db, filters, { after, limit })
    seen.push(...page.entries.map((entry) => entry.id))
    if (!page.next) break
    after = page.next
  }
  return seen
}

describe('audit log pages', () => {
  it('pages newest first through entries of the same millisecond without skipping or repeating one', async () => {
    const db = await filledLog()
    const all = await db.audit.toArray()
    const expected = all.sort((a, b) => b.at - a.at || b.id! - a.id!).map((entry) => entry.id)
    expect(await everyPage(db, { actions: [] }, 7)).toEqual(expected)
  })

  it('combines the action, date-range and staff filters', async () => {
    const db = await filledLog()
    const filters: AuditFilters = { actions: ['export', 'erase'], from: 1_005_000, to: 1_020_000, staffName: 'Ola' }
    const expected = (await db.audit.toArray())
      .filter((e) => filters.actions.includes(e.action) && e.at >= filters.from! && e.at <= filters.to! && e.staffName === 'Ola')
      .sort((a, b) => b.at - a.at || b.id! - a.id!)
      .map((entry) => entry.id)
    expect(expected.length).toBeGreaterThan(2)
    expect(await everyPage(db, filters, 2)).toEqual(expected)
  })

  it('says when there is no next page', async () => {
    const db = await filledLog()
    const page = await auditEntriesPage(db, { actions: ['merge'] }, { limit: 50 })
    expect(page.entries).toHaveLength(24)
    expect(page.next).toBeNull()
  })
})
