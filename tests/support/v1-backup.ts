import type Dexie from 'dexie'
import { BackupFileWriter } from '../../electron/main/services/backup/backup-file-writer'
import { v1Fixture } from '../../renderer/src/db/schema-fixtures/v1'

/**
 * A backup file as Regulars with schema version 1 would have made it: the version 1 fixture's
 * rows (schema-fixtures/v1.ts), gathered as its `fill` writes them, in the real file format.
 */
export async function writeV1Backup(path: string, password: string): Promise<void> {
  const tables = new Map<string, unknown[]>(Object.keys(v1Fixture.stores).map((name) => [name, []]))
  const collect = (name: string) => {
    const rows = tables.get(name)!
    return {
      add: async (row: unknown) => void rows.push(row),
      bulkAdd: async (more: unknown[]) => void rows.push(...more),
      bulkPut: async (more: unknown[]) => void rows.push(...more),
      put: async (row: unknown) => void rows.push(row)
    }
  }
  await v1Fixture.fill({ table: collect } as unknown as Dexie)
  const stores = (tables.get('stores') as Array<{ id: number; name: string; currency: string }>).map(({ id, name, currency }) => ({ id, name, currency }))
  const writer = await BackupFileWriter.create(path, password, {
    app: { name: 'Regulars', version: '0.0.9' },
    schemaVersion: 1,
    createdAt: Date.UTC(2025, 2, 1, 9),
    businessName: 'Studio Mokotów',
    tables: Object.fromEntries([...tables].map(([name, rows]) => [name, rows.length])),
    stores,
    kind: 'manual'
  })
  for (const [name, rows] of tables) if (rows.length > 0) await writer.writeRows(name, JSON.stringify(rows), rows.length)
  await writer.finish()
}
