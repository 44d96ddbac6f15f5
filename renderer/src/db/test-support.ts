import 'fake-indexeddb/auto'
import { RegularsDatabase } from './schema'

let counter = 0

/** A fresh, empty database in fake-indexeddb for one unit test (a unique name each time). */
export async function freshDatabase(): Promise<RegularsDatabase> {
  const db = new RegularsDatabase(`regulars-test-${process.pid}-${++counter}`)
  await db.open()
  return db
}
