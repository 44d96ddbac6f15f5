import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import { createCategory, createCustomer } from '@renderer/db'
import { freshDatabaseForEachTest } from '@renderer/db/test-support'
import { emptyProfile } from '@shared/domain/customer'
import type { Id } from '@shared/domain/types'
import { changeMembership, confirmationMatches, deleteInBulk } from './bulk-actions'

const db = freshDatabaseForEachTest()
let ids: Id[]

beforeEach(async () => {
  ids = []
  for (const lastName of ['Nowak', 'Kowalska', 'Wiśniewska', 'Dąbrowski']) ids.push(await createCustomer(db, { ...emptyProfile(), firstName: 'Ola', lastName }))
})

describe('bulk actions write the audit log', () => {
  it('records who added how many customers to which category, from which list', async () => {
    const vip = await createCategory(db, { name: 'VIP', color: '#d4a017' })
    const ctx = { db, staffName: 'this PC', scope: 'all' as const, list: { filters: { notSeenDays: 90 }, search: 'ola', segmentId: 3, segment: 'Lapsed' } }
    await changeMembership(ctx, ids, { kind: 'category-add', categoryId: vip, categoryName: 'VIP' })
    const [entry] = await db.audit.toArray()
    expect(entry).toMatchObject({
      action: 'bulk-category',
      staffName: 'this PC',
      customerCount: 4,
      customerIds: ids,
      details: { operation: 'add', categoryId: vip, category: 'VIP', scope: 'all', filters: { notSeenDays: 90 }, search: 'ola', segmentId: 3, segment: 'Lapsed', changed: 4 }
    })
  })

  it('records a deletion with the number deleted, and a stopped one with how far it got', async () => {
    const controller = new AbortController()
    const stopped = await deleteInBulk({ db, staffName: 'this PC', scope: 'selected' }, ids, { chunkSize: 2, signal: controller.signal, onProgress: (p) => p.done > 0 && controller.abort() })
    expect(stopped).toMatchObject({ done: 2, cancelled: true })
    expect(await db.customers.count()).toBe(2)
    const [entry] = await db.audit.toArray()
    expect(entry).toMatchObject({ action: 'bulk-delete', customerCount: 2, details: { scope: 'selected', deleted: 2, stoppedAfter: 2, asked: 4 } })
  })

  it('never deletes a whole unfiltered base: with nothing ticked, only a filtered or searched list', async () => {
    await expect(deleteInBulk({ db, staffName: 'this PC', scope: 'all' }, ids)).rejects.toMatchObject({ code: 'data.delete-all-refused' })
    await expect(deleteInBulk({ db, staffName: 'this PC', scope: 'all', list: { segmentId: 2, segment: 'Empty' } }, ids)).rejects.toMatchObject({ code: 'data.delete-all-refused' })
    expect(await db.customers.count()).toBe(4)
    await deleteInBulk({ db, staffName: 'this PC', scope: 'all', list: { search: 'nowak' } }, ids.slice(0, 1))
    expect(await db.customers.count()).toBe(3)
  })

  it('takes only the exact confirmation word', () => {
    expect(confirmationMatches(' USUŃ ', 'USUŃ')).toBe(true)
    expect(confirmationMatches('usuń', 'USUŃ')).toBe(false)
    expect(confirmationMatches('Видалити', 'ВИДАЛИТИ')).toBe(false)
    expect(confirmationMatches('DELETE', 'USUŃ')).toBe(false)
    expect(confirmationMatches('', 'DELETE')).toBe(false)
  })
})
