import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { RegularsDatabase } from './schema'
import type { SchemaFixture } from './schema-fixtures/fixture'

let counter = 0

/** A fresh, empty database in fake-indexeddb for one unit test (a unique name each time). */
export async function freshDatabase(): Promise<RegularsDatabase> {
  const db = new RegularsDatabase(`regulars-test-${process.pid}-${++counter}`)
  await db.open()
  return db
}

/** A database as an earlier schema version wrote it (a fixture), then opened — so upgraded — by the app's schema. */
export async function upgradedDatabase(fixture: SchemaFixture): Promise<RegularsDatabase> {
  const name = `regulars-test-${process.pid}-${++counter}`
  const old = new Dexie(name)
  old.version(fixture.version).stores(fixture.stores)
  await old.open()
  await fixture.fill(old)
  old.close()
  const db = new RegularsDatabase(name)
  await db.open()
  return db
}

export type { RegularsDatabase }

/**
 * Makes `db` the database `appDb()` answers with, for a unit test of code outside db/ that
 * works on the app's database (an export run, a print's reads); `undefined` forgets it.
 */
export { setAppDb } from './database'
