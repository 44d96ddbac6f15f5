import { BackupFileWriter } from '../../electron/main/services/backup/backup-file-writer'

/**
 * A backup file as Regulars with schema version 1 would have made it, in the real file format:
 * `tables` are the version 1 fixture's rows (renderer/src/db/schema-fixtures/v1.ts, gathered
 * in the page by the db probe's `v1FixtureRows`).
 */
export async function writeV1Backup(path: string, password: string, tables: Record<string, unknown[]>): Promise<void> {
  const stores = ((tables['stores'] ?? []) as Array<{ id: number; name: string; currency: string }>).map(({ id, name, currency }) => ({ id, name, currency }))
  const writer = await BackupFileWriter.create(path, password, {
    app: { name: 'Regulars', version: '0.0.9' },
    schemaVersion: 1,
    createdAt: Date.UTC(2025, 2, 1, 9),
    businessName: 'Studio Mokotów',
    tables: Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length])),
    stores,
    kind: 'manual'
  })
  for (const [name, rows] of Object.entries(tables)) if (rows.length > 0) await writer.writeRows(name, JSON.stringify(rows), rows.length)
  await writer.finish()
}
