import Dexie from 'dexie'
import { AppError } from '@shared/errors'
import { JobCancelled, throwIfCancelled, type JobOptions } from '@shared/jobs/job'
import type { EpochMs } from '@shared/domain/types'
import { checkDatabase, type CheckResult } from '../checker'
import { applyDueFigures, countDueFigures } from '../repositories/due-figures'
import { CURRENT_VERSION, RegularsDatabase, storesOfVersion } from '../schema'
import { restoredDatabasePrefix } from './active-database'

/** Every shipped schema, so a backup made by an older version is written as that version wrote it and then upgraded. */

/** The rows of a backup, chunk by chunk (main reads and decrypts the file). */
export interface RestoreSource {
  next(): Promise<{ table: string; json: string } | null>
}

export interface RestoreOptions extends JobOptions {
  /** The schema version the backup was made with (its manifest). */
  schemaVersion: number
  /** Rows per table the manifest promises: a file that delivers others is refused. */
  tables: Array<{ name: string; rows: number }>
  /** The name of the new database (tests); default: the prefix and the time. */
  name?: string
  /** The time the restored figures are brought up to and checked at (tests); default: the clock. */
  now?: EpochMs
}

export const restoreErrors = {
  newerSchema: 'backup.newer-version',
  damaged: 'backup.damaged',
  checkFailed: 'backup.check-failed'
} as const

/**
 * Writes a backup's rows into a NEW database, leaving the current one untouched: first at the
 * schema version the backup was made with, then opened with the current schema (Dexie runs the
 * upgrades), then its figures brought up to now, then checked (every customer's figures against
 * its orders). Answers the new database, open, once it passed; on any failure or cancel the new
 * database is deleted. Progress: rows written of all rows, then the customers whose bookings
 * have passed since the backup (phase 'figures'), then the check's customers (phase 'check').
 */
export async function restoreIntoNewDatabase(source: RestoreSource, options: RestoreOptions): Promise<RegularsDatabase> {
  const stores = storesOfVersion[options.schemaVersion]
  if (options.schemaVersion > CURRENT_VERSION) throw new AppError(restoreErrors.newerSchema, `Schema ${options.schemaVersion} is newer than ${CURRENT_VERSION}`)
  if (!stores) throw new AppError(restoreErrors.damaged, `Unknown schema version ${options.schemaVersion}`)
  const name = options.name ?? `${restoredDatabasePrefix}${Date.now()}`
  const total = options.tables.reduce((sum, table) => sum + table.rows, 0)
  try {
    await writeRows(name, stores, options.schemaVersion, source, total, options)
    throwIfCancelled(options.signal)
    const restored = new RegularsDatabase(name)
    await restored.open()
    const now = options.now ?? Date.now()
    // A backup's figures stand as they were when it was made: every booking whose time has come
    // since then is a visit now, so the figures are brought up to date before the check (which
    // counts what has happened by now) and before anyone sees them.
    const due = await countDueFigures(restored, now)
    await applyDueFigures(restored, now, {
      signal: options.signal,
      onProgress: ({ done }) => options.onProgress?.({ done, total: due, phase: 'figures' })
    })
    throwIfCancelled(options.signal)
    const check = await checkDatabase(restored, {
      now,
      signal: options.signal,
      onProgress: (progress) => options.onProgress?.({ ...progress, phase: 'check' })
    })
    if (check.differenceCount > 0) {
      restored.close()
      reportRefusedCheck(check)
      throw new AppError(restoreErrors.checkFailed, `${check.differenceCount} differences`)
    }
    return restored
  } catch (error) {
    await Dexie.delete(name).catch(() => undefined)
    throw error
  }
}

/** What the check found, for whoever reads the log (DevTools, a support session): the first few differences. */
function reportRefusedCheck(check: CheckResult): void {
  console.warn(`The restored data did not pass the check: ${check.differenceCount} differences`, check.differences.slice(0, 20))
}

async function writeRows(name: string, stores: Record<string, string>, version: number, source: RestoreSource, total: number, options: RestoreOptions): Promise<void> {
  const target = new Dexie(name, { chromeTransactionDurability: 'relaxed' })
  target.version(version).stores(stores)
  await target.open()
  try {
    const written = new Map<string, number>()
    let done = 0
    options.onProgress?.({ done, total })
    // The next chunk is asked for while this one is written: main reads and decrypts while
    // IndexedDB writes, and never more than one chunk waits in the page.
    let coming = source.next()
    for (;;) {
      throwIfCancelled(options.signal)
      const chunk = await coming
      if (!chunk) break
      coming = source.next()
      coming.catch(() => undefined)
      if (!(chunk.table in stores)) throw new AppError(restoreErrors.damaged, `No table ${chunk.table} in schema ${version}`)
      const rows = JSON.parse(chunk.json) as unknown[]
      // Relaxed per chunk: nothing is in use until the pointer names this database, and the
      // pointer's own write is strict, after every chunk has been committed.
      await target.table(chunk.table).bulkAdd(rows)
      written.set(chunk.table, (written.get(chunk.table) ?? 0) + rows.length)
      done += rows.length
      options.onProgress?.({ done, total })
    }
    for (const table of options.tables) {
      if ((written.get(table.name) ?? 0) !== table.rows) throw new AppError(restoreErrors.damaged, `${table.name}: ${written.get(table.name) ?? 0} rows, ${table.rows} expected`)
    }
  } catch (error) {
    if (error instanceof JobCancelled || error instanceof AppError) throw error
    throw new AppError(restoreErrors.damaged, error instanceof Error ? error.message : String(error))
  } finally {
    target.close()
  }
}
