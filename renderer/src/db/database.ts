import { activeDatabaseName } from './backup/active-database'
import { RegularsDatabase } from './schema'

let appDatabase: RegularsDatabase | undefined

/**
 * The app's database (one per page): the one the restore pointer names
 * (backup/active-database.ts; main.ts reads the pointer before the first call). Opening it also asks the browser to keep the data
 * when disk space runs low (`navigator.storage.persist()`); Electron grants it, and a refusal
 * is not an error — the data is still there, only evictable under storage pressure.
 */
export function appDb(): RegularsDatabase {
  if (!appDatabase) {
    appDatabase = new RegularsDatabase(activeDatabaseName())
    void requestPersistentStorage()
  }
  return appDatabase
}

/** Test support only (db/test-support.ts): the database `appDb()` answers with from now on. */
export function setAppDb(db: RegularsDatabase | undefined): void {
  appDatabase = db
}

export async function requestPersistentStorage(): Promise<boolean> {
  try {
    if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false
    if (await navigator.storage.persisted()) return true
    return await navigator.storage.persist()
  } catch {
    return false
  }
}
