import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import type { AuditAction } from '@shared/domain/types'
import { emptyProfile } from '@shared/domain/customer'
import { appendAudit, createCustomer, eraseCustomer } from '@renderer/db'
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

describe('searching the audit log by a customer\'s name', () => {
  it('finds the entries naming a customer whose name matches, newest first, with the other filters and pages', async () => {
    const db = await freshDatabase()
    const person = (firstName: string, lastName: string) => createCustomer(db, { ...emptyProfile(), firstName, lastName })
    const olena = await person('Олена', 'Шевченко')
    const anna = await person('Anna', 'Wróblewska')
    const other = await person('Piotr', 'Nowak')
    await appendAudit(db, { action: 'export', staffName: 'Ola', customerIds: [olena], at: 1_000 })
    await appendAudit(db, { action: 'bulk-category', staffName: 'this PC', customerIds: [other, anna, olena], at: 2_000 })
    await appendAudit(db, { action: 'block', staffName: 'this PC', customerIds: [anna], at: 3_000 })
    await appendAudit(db, { action: 'print', staffName: 'this PC', customerIds: [other], at: 4_000 })
    await appendAudit(db, { action: 'export', staffName: 'this PC', customerIds: [olena], at: 5_000 })

    const at = (page: { entries: Array<{ at: number }> }) => page.entries.map((entry) => entry.at)
    // Cyrillic names are found by their Latin reading too, as in the quick search.
    expect(at(await auditEntriesPage(db, { actions: [], customer: 'shevchenko' }, { limit: 50 }))).toEqual([5_000, 2_000, 1_000])
    expect(at(await auditEntriesPage(db, { actions: [], customer: 'Wróbl' }, { limit: 50 }))).toEqual([3_000, 2_000])
    expect(at(await auditEntriesPage(db, { actions: ['export'], customer: 'Олена' }, { limit: 50 }))).toEqual([5_000, 1_000])
    expect(at(await auditEntriesPage(db, { actions: [], customer: 'олена', staffName: 'Ola' }, { limit: 50 }))).toEqual([1_000])

    const first = await auditEntriesPage(db, { actions: [], customer: 'шевченко' }, { limit: 2 })
    expect(at(first)).toEqual([5_000, 2_000])
    expect(first.customersFound).toBe(1)
    expect(at(await auditEntriesPage(db, { actions: [], customer: 'шевченко' }, { limit: 2, after: first.next! }))).toEqual([1_000])

    const nobody = await auditEntriesPage(db, { actions: [], customer: 'Zzyzx' }, { limit: 50 })
    expect(nobody).toEqual({ entries: [], next: null, customersFound: 0 })
  })

  it('finds nothing of an erased customer by their old name', async () => {
    const db = await freshDatabase()
    const id = await createCustomer(db, { ...emptyProfile(), firstName: 'Bożena', lastName: 'Wróblewska' })
    await appendAudit(db, { action: 'export', staffName: 'this PC', customerIds: [id], at: 1_000 })
    await eraseCustomer(db, id, { staffName: 'this PC' })
    expect((await auditEntriesPage(db, { actions: [], customer: 'Wróblewska' }, { limit: 50 })).entries).toEqual([])
  })
})
