import 'fake-indexeddb/auto'
import { afterEach, beforeEach } from 'vitest'
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

/** Writes a fixture's rows raw into a new database at its version and closes it; returns its name. */
export async function writeFixture(fixture: SchemaFixture): Promise<string> {
  const name = `regulars-test-${process.pid}-${++counter}`
  const old = new Dexie(name)
  old.version(fixture.version).stores(fixture.stores)
  await old.open()
  await fixture.fill(old)
  old.close()
  return name
}

/** A database as an earlier schema version wrote it (a fixture), then opened — so upgraded — by the app's schema. */
export async function upgradedDatabase(fixture: SchemaFixture): Promise<RegularsDatabase> {
  const db = new RegularsDatabase(await writeFixture(fixture))
  await db.open()
  return db
}

export type { RegularsDatabase }

/**
 * Makes `db` the database `appDb()` answers with, for a unit test of code outside db/ that
 * works on the app's database (an export run, a print's reads); `undefined` forgets it.
 */
export { setAppDb } from './database'

/**
 * This test's database: a fresh one before each test of the calling file, closed after it.
 * What it returns forwards to whichever database the running test has, so a test file keeps
 * one plain `db` constant instead of repeating the open/close hooks.
 */
export function freshDatabaseForEachTest(): RegularsDatabase {
  let current: RegularsDatabase | undefined
  beforeEach(async () => {
    current = await freshDatabase()
  })
  afterEach(() => current?.close())
  const running = (): RegularsDatabase => {
    if (current === undefined) throw new Error('The test database exists only while a test runs')
    return current
  }
  return new Proxy(Object.create(RegularsDatabase.prototype) as RegularsDatabase, {
    get(_, key) {
      const db = running()
      const value: unknown = Reflect.get(db, key, db)
      return typeof value === 'function' ? value.bind(db) : value
    },
    has: (_, key) => Reflect.has(running(), key)
  })
}
