import 'fake-indexeddb/auto'
import { RegularsDatabase } from './schema'

let counter = 0

/** A fresh, empty database in fake-indexeddb for one unit test (a unique name each time). */
export async function freshDatabase(): Promise<RegularsDatabase> {
  const db = new RegularsDatabase(`regulars-test-${process.pid}-${++counter}`)
  await db.open()
  return db
}

export type { RegularsDatabase }

/**
 * Makes `db` the database `appDb()` answers with, for a unit test of code outside db/ that
 * works on the app's database (an export run, a print's reads); `undefined` forgets it.
 */
export { setAppDb } from './database'
