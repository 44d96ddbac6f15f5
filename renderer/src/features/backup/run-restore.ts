import type { BackupPreview } from '@shared/ipc/contract-backup'
import type { JobOptions } from '@shared/jobs/job'
import { appDb, appendRestoreAudit, pointAtDatabase, restoreIntoNewDatabase } from '@renderer/db'
import { callFileWork } from '@renderer/file-work'
import { runBackup } from './run-backup'

export interface RestoreRunOptions extends JobOptions {
  restoreId: string
  fileName: string
  preview: BackupPreview
  /** The password that opened the file: it also locks the safety backup of the current data. */
  password: string
}

/**
 * Restores an unlocked backup: a safety backup of the current data first (backups/before-restore
 * in the data folder), then the file's rows into a new database, upgraded and checked, an audit
 * entry in it, and the pointer switched to it. The current database is not touched: it is
 * removed at the next start, once the new one is in use. Phases: 'safety', the rows, 'check'.
 * The caller reloads the page to open the restored data.
 */
export async function restoreBackup(options: RestoreRunOptions): Promise<void> {
  const { signal, onProgress } = options
  const current = appDb()
  await runBackup({
    kind: 'safety',
    password: options.password,
    signal,
    onProgress: (progress) => onProgress?.({ ...progress, phase: 'safety', cancellable: true })
  })
  const restored = await restoreIntoNewDatabase(
    { next: async () => {
      const chunk = await callFileWork('restore:read', { restoreId: options.restoreId })
      return chunk.done ? null : { table: chunk.table, json: chunk.json }
    } },
    { schemaVersion: options.preview.schemaVersion, tables: options.preview.tables, signal, onProgress }
  )
  try {
    onProgress?.({ done: 1, total: 1, phase: 'switching', cancellable: false })
    await appendRestoreAudit(current, restored, {
      fileName: options.fileName,
      createdAt: options.preview.createdAt,
      appVersion: options.preview.appVersion,
      schemaVersion: options.preview.schemaVersion
    })
  } finally {
    restored.close()
  }
  await pointAtDatabase(restored.name)
  await callFileWork('restore:close', { restoreId: options.restoreId }).catch(() => undefined)
}
