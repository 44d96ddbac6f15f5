import type { BackupFinished, BackupKind } from '@shared/ipc/contract-backup'
import type { JobOptions } from '@shared/jobs/job'
import { appDb, backupContents, listStores, streamAutomaticBackupRows, streamBackupRows } from '@renderer/db'
import { callFileWork } from '@renderer/file-work'

export interface BackupRunOptions extends JobOptions {
  kind: BackupKind
  /** Typed for this backup; omitted for automatic backups (main uses the remembered one). */
  password?: string
  /** The database to back up (the app's, unless told). */
  db?: ReturnType<typeof appDb>
  /** Called once main has the file's place (after the save dialog): a dialog may show from then on. */
  onStarted?: (fileName: string) => void
}

/** A finished backup, and how many customers it holds (the audit log's count for a manual one). */
export type BackupDone = BackupFinished & { customers: number }

/**
 * One backup: main opens the file (asking where for a manual one), the rows of every table
 * follow in chunks, and main puts the file in place. Null when the save dialog was cancelled.
 * Any failure or cancel tells main to drop the file (nothing half-written stays).
 */
export async function runBackup(options: BackupRunOptions): Promise<BackupDone | null> {
  const db = options.db ?? appDb()
  const contents = await backupContents(db)
  const stores = await listStores(db)
  const started = await callFileWork('backup:begin', {
    kind: options.kind,
    ...(options.password !== undefined ? { password: options.password } : {}),
    businessName: stores[0]?.name ?? 'Regulars',
    schemaVersion: contents.schemaVersion,
    tables: contents.tables,
    stores: contents.stores
  })
  if (!started) return null
  options.onStarted?.(started.fileName)
  const { backupId } = started
  try {
    const stream = options.kind === 'automatic' ? streamAutomaticBackupRows : streamBackupRows
    const written = await stream(
      db,
      {
        rows: async (table, json, count) => void (await callFileWork('backup:rows', { backupId, table, json, count })),
        restart: async () => void (await callFileWork('backup:rewind', { backupId }))
      },
      options
    )
    options.onProgress?.({ done: 1, total: 1, phase: 'finishing', cancellable: false })
    const finished = await callFileWork('backup:finish', { backupId })
    return { ...finished, customers: written.tables.find((table) => table.name === 'customers')?.rows ?? 0 }
  } catch (error) {
    await callFileWork('backup:cancel', { backupId }).catch(() => undefined)
    throw error
  }
}
