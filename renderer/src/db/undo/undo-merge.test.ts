import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { defaultMergeChoices } from '@shared/domain/merge'
import { checkDatabase, createCustomer, createStore, addOrder } from '@renderer/db'
import { freshDatabaseForEachTest } from '@renderer/db/test-support'
import { mergeCustomers } from '@renderer/db/repositories/merge'
import { profile, t0, visit } from '@renderer/db/repositories/card-fixtures.test-support'
import { canUndo, undoAuditEntry } from '@renderer/db/undo'

const db = freshDatabaseForEachTest()

describe('undo of a merge from the audit log', () => {
  it('is offered for a merge entry and brings both records back once', async () => {
    const store = await createStore(db, { name: 'Mokotów', currency: 'PLN' })
    const kept = await createCustomer(db, profile({ firstName: 'Anna', phones: ['+48601234567'] }))
    const other = await createCustomer(db, profile({ firstName: 'Ania', emails: ['ania@example.pl'] }))
    await addOrder(db, other, visit(store, t0, 5_000))
    const { auditId } = await mergeCustomers(db, {
      keptId: kept,
      otherId: other,
      choices: defaultMergeChoices((await db.customers.get(kept))!, (await db.customers.get(other))!),
      staffName: 'Marta'
    })
    const entry = (await db.audit.get(auditId))!
    expect(canUndo(entry)).toBe(true)

    await undoAuditEntry(entry, { db })
    expect(await db.customers.get(other)).toMatchObject({ firstName: 'Ania', orderCount: 1, totalValue: 5_000 })
    expect(await db.customers.get(kept)).toMatchObject({ emails: [], orderCount: 0 })
    expect((await db.audit.get(auditId))!.undoneAt).toBeGreaterThan(0)
    await expect(undoAuditEntry(entry, { db })).rejects.toMatchObject({ code: 'audit.already-undone' })
    expect((await checkDatabase(db)).differences).toEqual([])
  })
})
