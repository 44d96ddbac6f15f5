import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { freshDatabase } from '../test-support'
import { loadDemoData } from '../demo-loader'
import { checkDatabase } from '../checker'
import { RegularsDatabase } from '../schema'
import { v1Fixture } from '../schema-fixtures/v1'
import { streamBackupRows, type BackupSink } from './backup-read'
import { restoreIntoNewDatabase, type RestoreSource } from './restore-database'
import { appendRestoreAudit } from './restore-audit'
import { approveOnce, setUpOwner, signIn } from '../access/sign-in'
import { requireRight } from '../access/guard'
import { createStaffMember } from '../repositories/staff'
import { appendAudit } from '../repositories/audit'

/** A sink that keeps the chunks (main's file, without the file). */
function memorySink() {
  const chunks: Array<{ table: string; json: string }> = []
  const sink: BackupSink = {
    rows: async (table, json) => void chunks.push({ table, json }),
    restart: async () => void chunks.splice(0)
  }
  return { chunks, sink }
}

function sourceOf(chunks: Array<{ table: string; json: string }>): RestoreSource {
  let index = 0
  return { next: async () => chunks[index++] ?? null }
}

let counter = 0
const restoredName = () => `regulars-restored-test-${process.pid}-${++counter}`

describe('a backup read in chunks and restored into a new database', () => {
  it('gives back every row of every table, in step, in a database of its own', async () => {
    const db = await freshDatabase()
    await loadDemoData(db, { customers: 300, orders: 2_000, seed: 7, now: Date.UTC(2025, 5, 1) })
    const { chunks, sink } = memorySink()
    const contents = await streamBackupRows(db, sink, { chunkSize: 128 })
    expect(chunks.filter((chunk) => chunk.table === 'customers')).toHaveLength(3)

    const restored = await restoreIntoNewDatabase(sourceOf(chunks), { ...contents, name: restoredName() })
    for (const table of db.tables) expect(await restored.table(table.name).count(), table.name).toBe(await table.count())
    expect(await restored.customers.get(150)).toEqual(await db.customers.get(150))
    expect((await checkDatabase(restored)).differenceCount).toBe(0)
    restored.close()
  })

  it('counts the bookings whose time came after the backup, so an older backup restores and its figures are current', async () => {
    // The demo counts its figures at the clock, so its upcoming bookings lie ahead of the clock.
    const madeAt = Date.now()
    const db = await freshDatabase()
    await loadDemoData(db, { customers: 200, orders: 1_200, seed: 11, now: madeAt })
    const { chunks, sink } = memorySink()
    const contents = await streamBackupRows(db, sink, { chunkSize: 64 })
    const weekLater = madeAt + 7 * 24 * 3_600_000
    const passed = await db.figuresDue.where('dueAt').belowOrEqual(weekLater).primaryKeys()
    expect(passed.length).toBeGreaterThan(0)

    const phases = new Set<string | undefined>()
    const restored = await restoreIntoNewDatabase(sourceOf(chunks), { ...contents, name: restoredName(), now: weekLater, onProgress: (progress) => phases.add(progress.phase) })
    expect(phases).toContain('figures')
    expect((await checkDatabase(restored, { now: weekLater })).differenceCount).toBe(0)
    const ids = passed as number[]
    const countsBefore = (await db.customers.bulkGet(ids)).map((customer) => customer!.orderCount)
    const countsAfter = (await restored.customers.bulkGet(ids)).map((customer) => customer!.orderCount)
    expect(countsAfter.reduce((a, b) => a + b, 0)).toBeGreaterThan(countsBefore.reduce((a, b) => a + b, 0))
    expect(await restored.figuresDue.where('dueAt').belowOrEqual(weekLater).count()).toBe(0)
    restored.close()
  })

  it('names in its audit entry the person who restored at this desk, and who approved it', async () => {
    const db = await freshDatabase()
    await loadDemoData(db, { customers: 20, orders: 100, seed: 2, now: Date.UTC(2025, 5, 1) })
    const owner = (await setUpOwner(db, { name: 'Ewa', pin: '2468' })).staffId
    const manager = await createStaffMember(db, { name: 'Marta', roleId: 'manager', allStores: true, storeIds: [], active: true }, '1357')
    const { chunks, sink } = memorySink()
    const contents = await streamBackupRows(db, sink, { chunkSize: 50 })
    const details = { fileName: 'Studio.regularsbackup', createdAt: Date.now() }

    const byOwner = await restoreIntoNewDatabase(sourceOf(chunks), { ...contents, name: restoredName() })
    await appendRestoreAudit(db, byOwner, details)
    expect(await byOwner.audit.where('action').equals('restore').toArray()).toMatchObject([{ staffName: 'Ewa', details }])
    byOwner.close()

    // A manager may not restore; the owner's PIN approves this one restore.
    await signIn(db, manager, '1357')
    await approveOnce(db, owner, '2468', 'backup-restore')
    await requireRight(db, 'backup-restore')
    const approved = await restoreIntoNewDatabase(sourceOf(chunks), { ...contents, name: restoredName() })
    await appendRestoreAudit(db, approved, details)
    const [entry] = await approved.audit.where('action').equals('restore').toArray()
    expect(entry).toMatchObject({ staffName: 'Marta', approvedBy: 'Ewa' })
    approved.close()
  })

  it('keeps in the restored log what this desk did after the backup was made, no longer undoable, before the restore entry', async () => {
    const db = await freshDatabase()
    await loadDemoData(db, { customers: 20, orders: 100, seed: 3, now: Date.UTC(2025, 5, 1) })
    await appendAudit(db, { action: 'print', staffName: 'Ewa', customerIds: [1], at: Date.UTC(2025, 5, 1, 8), details: { what: 'customer-card' } })
    const { chunks, sink } = memorySink()
    const contents = await streamBackupRows(db, sink, { chunkSize: 50 })
    const createdAt = Date.now()
    // After the backup: a list carried out on a stick, and a merge that could be undone here.
    await appendAudit(db, { action: 'export', staffName: 'Ewa', customerIds: [2, 3], at: createdAt + 1, details: { fileName: 'klienci.xlsx' } })
    await appendAudit(db, { action: 'merge', staffName: 'Ewa', customerIds: [4, 5], at: createdAt + 2, undoable: true, details: { keptId: 4, otherId: 5 } })

    const restored = await restoreIntoNewDatabase(sourceOf(chunks), { ...contents, name: restoredName() })
    await appendRestoreAudit(db, restored, { fileName: 'Studio.regularsbackup', createdAt })
    const log = await restored.audit.toArray()
    // The backup's own entries once each, then the two made after it, then the restore.
    expect(log.map((entry) => entry.action)).toEqual(['demo-data', 'print', 'export', 'merge', 'restore'])
    expect(log.find((entry) => entry.action === 'export')).toMatchObject({ staffName: 'Ewa', customerIds: [2, 3], details: { fileName: 'klienci.xlsx' } })
    expect(log.find((entry) => entry.action === 'merge')?.undoable).toBe(0)
    expect(log.at(-1)).toMatchObject({ action: 'restore', customerCount: 20, details: { carriedEntries: 2 } })
    restored.close()
  })

  it('starts over when the data changes while it is read, so the file holds one state', async () => {
    const db = await freshDatabase()
    await loadDemoData(db, { customers: 50, orders: 300, seed: 3, now: Date.UTC(2025, 5, 1) })
    const { chunks, sink } = memorySink()
    let restarts = 0
    let written = false
    await streamBackupRows(db, {
      rows: async (table, json, count) => {
        if (!written) {
          written = true
          await db.categories.add({ name: 'Added meanwhile', color: '#000000' })
        }
        await sink.rows(table, json, count)
      },
      restart: async () => {
        restarts++
        await sink.restart()
      }
    }, { chunkSize: 20 })
    expect(restarts).toBe(1)
    const categories = chunks.filter((chunk) => chunk.table === 'categories').flatMap((chunk) => JSON.parse(chunk.json) as Array<{ name: string }>)
    expect(categories.map((category) => category.name)).toContain('Added meanwhile')
  })

  it('refuses a file whose rows are fewer than its manifest says, and leaves no database behind', async () => {
    const db = await freshDatabase()
    await loadDemoData(db, { customers: 40, orders: 200, seed: 5, now: Date.UTC(2025, 5, 1) })
    const { chunks, sink } = memorySink()
    const contents = await streamBackupRows(db, sink, { chunkSize: 10 })
    const name = restoredName()
    await expect(restoreIntoNewDatabase(sourceOf(chunks.slice(0, -1)), { ...contents, name })).rejects.toMatchObject({ code: 'backup.damaged' })
    expect(await Dexie.getDatabaseNames()).not.toContain(name)
  })

  it('restores a backup made by schema version 1 and upgrades it', async () => {
    const old = new Dexie(`regulars-v1-source-${process.pid}`)
    old.version(1).stores(v1Fixture.stores)
    await old.open()
    await v1Fixture.fill(old)
    const chunks = []
    const tables = []
    for (const table of old.tables) {
      const rows = await table.toArray()
      tables.push({ name: table.name, rows: rows.length })
      if (rows.length) chunks.push({ table: table.name, json: JSON.stringify(rows) })
    }
    old.close()
    const restored = await restoreIntoNewDatabase(sourceOf(chunks), { schemaVersion: 1, tables, name: restoredName() })
    expect(restored.verno).toBe(new RegularsDatabase('unopened').verno)
    await v1Fixture.expectAfterUpgrade(restored, expect)
    restored.close()
  })

  it('refuses a backup of a newer schema than this app knows', async () => {
    await expect(restoreIntoNewDatabase(sourceOf([]), { schemaVersion: 99, tables: [], name: restoredName() })).rejects.toMatchObject({ code: 'backup.newer-version' })
  })
})
