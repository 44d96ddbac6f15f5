import Dexie from 'dexie'
import { DATABASE_NAME } from '../schema'

/**
 * Which database holds the customers. A restore writes a new database beside the current one
 * and only then points here at it, so a power cut or a crash at any moment of a restore leaves
 * either the old database in use (the new one, unfinished, is removed at the next start) or the
 * new one, complete. The pointer is itself a tiny IndexedDB database written with strict
 * durability: localStorage is flushed lazily and could lose a switch whose old database the
 * next start already removed.
 */
const pointerDatabaseName = 'regulars-active'
/** Databases a restore writes are named with this prefix (and the time), never the pointer's name. */
export const restoredDatabasePrefix = 'regulars-restored-'

let activeName: string | null = null

function openPointer(): Dexie {
  const pointer = new Dexie(pointerDatabaseName, { chromeTransactionDurability: 'strict' })
  pointer.version(1).stores({ pointer: 'key' })
  return pointer
}

/** Reads the pointer once, before anything opens the customer database (main.ts, the db probe). */
export async function loadActiveDatabaseName(): Promise<string> {
  const pointer = openPointer()
  try {
    const row = (await pointer.table('pointer').get('active')) as { key: string; name: string } | undefined
    activeName = row?.name ?? DATABASE_NAME
  } catch {
    activeName = DATABASE_NAME
  } finally {
    pointer.close()
  }
  return activeName
}

/** The name `appDb()` opens: the one the pointer named, the original name until a restore. */
export function activeDatabaseName(): string {
  return activeName ?? DATABASE_NAME
}

/** Points at a restored database (committed durably); the page reloads to open it. */
export async function pointAtDatabase(name: string): Promise<void> {
  const pointer = openPointer()
  try {
    await pointer.table('pointer').put({ key: 'active', name })
  } finally {
    pointer.close()
  }
  activeName = name
}

/**
 * Removes the customer databases the pointer does not name: the one a restore replaced, and a
 * restore's unfinished database after a crash. Called at start, when nothing is being restored.
 */
export async function removeInactiveDatabases(): Promise<string[]> {
  const active = activeDatabaseName()
  const removed: string[] = []
  for (const name of await Dexie.getDatabaseNames()) {
    const ours = name === DATABASE_NAME || name.startsWith(restoredDatabasePrefix)
    if (!ours || name === active) continue
    await Dexie.delete(name)
    removed.push(name)
  }
  return removed
}
