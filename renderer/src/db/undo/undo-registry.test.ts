import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type { RegularsDatabase } from '@renderer/db/test-support'
import { appendAudit } from '@renderer/db'
import { freshDatabase } from '@renderer/db/test-support'
import { canUndo, registerUndo, undoAuditEntry } from './undo-registry'

const cleanups: Array<() => void> = []
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()))

async function entry(db: RegularsDatabase, undoable: boolean) {
  const id = await appendAudit(db, { action: 'import', staffName: 'this PC', customerIds: [1, 2, 3], details: { batchId: 'b1' }, undoable })
  return (await db.audit.get(id))!
}

describe('the undo registry', () => {
  it('offers Undo only for undoable, not yet undone entries of a registered action', async () => {
    const db = await freshDatabase()
    const undoable = await entry(db, true)
    expect(canUndo(undoable)).toBe(false)
    cleanups.push(registerUndo('import', async () => undefined))
    expect(canUndo(undoable)).toBe(true)
    expect(canUndo(await entry(db, false))).toBe(false)
    expect(canUndo({ ...undoable, undoneAt: Date.now() })).toBe(false)
  })

  it('runs the handler once, marks the entry undone, and refuses a second undo', async () => {
    const db = await freshDatabase()
    const seen: string[] = []
    cleanups.push(registerUndo('import', async (e) => void seen.push(String(e.details['batchId']))))
    const target = await entry(db, true)
    await undoAuditEntry(target, { db })
    expect(seen).toEqual(['b1'])
    expect((await db.audit.get(target.id!))!.undoneAt).toBeGreaterThan(0)
    await expect(undoAuditEntry(target, { db })).rejects.toMatchObject({ code: 'audit.already-undone' })
    expect(seen).toEqual(['b1'])
  })

  it('leaves the entry as it was when the handler refuses', async () => {
    const db = await freshDatabase()
    cleanups.push(
      registerUndo('import', async () => {
        throw Object.assign(new Error('customers changed since'), { code: 'import.undo-conflict' })
      })
    )
    const target = await entry(db, true)
    await expect(undoAuditEntry(target, { db })).rejects.toMatchObject({ code: 'import.undo-conflict' })
    expect((await db.audit.get(target.id!))!.undoneAt).toBe(0)
  })

  it('refuses a double click while the first undo still runs', async () => {
    const db = await freshDatabase()
    let release!: () => void
    cleanups.push(registerUndo('import', () => new Promise<void>((resolve) => (release = resolve))))
    const target = await entry(db, true)
    const first = undoAuditEntry(target, { db })
    await expect(undoAuditEntry(target, { db })).rejects.toMatchObject({ code: 'audit.undo-running' })
    await new Promise((resolve) => setTimeout(resolve, 20))
    release()
    await first
  })
})
