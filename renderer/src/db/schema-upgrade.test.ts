import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { CURRENT_VERSION, RegularsDatabase, schemaV1, schemaV2, schemaV3, schemaV4, storesOfVersion } from './schema'
import { checkDatabase } from './checker'
import type { SchemaFixture } from './schema-fixtures/fixture'
import { v1Fixture } from './schema-fixtures/v1'
import { v2Fixture } from './schema-fixtures/v2'
import { v2BookingAt, v2BookingsFixture } from './schema-fixtures/v2-bookings'
import { v3Fixture } from './schema-fixtures/v3'
import { v4Fixture } from './schema-fixtures/v4'
import { applyDueFigures } from './repositories/due-figures'
import { writeFixture } from './test-support'

/**
 * Opens a database of every earlier schema version with the current one (ARCHITECTURE.md:
 * "a test upgrades data of every old version").
 *
 * Adding version N+1 to schema.ts: add schema-fixtures/vN+1.ts only if N+1 ships with a new
 * shape worth keeping as a fixture, list it below, and extend the `expectAfterUpgrade` of the
 * older fixtures if the upgrade function moves their data. Every fixture is upgraded all the
 * way to CURRENT_VERSION, and the checker must agree afterwards (so an upgrade that changes a
 * metric or token rule must also rewrite the stored values — or mark them due, as version 3
 * does, for the app's first pass of applyDueFigures, which runs here before the checker).
 */
const fixtures: SchemaFixture[] = [v1Fixture, v2Fixture, v2BookingsFixture, v3Fixture, v4Fixture]

describe('schema upgrades', () => {
  it('has a fixture for every version before the current one (and for the first)', () => {
    const versions = fixtures.map((fixture) => fixture.version)
    expect(versions).toContain(1)
    for (let version = 1; version < CURRENT_VERSION; version++) expect(versions).toContain(version)
    expect(Math.max(...versions)).toBeLessThanOrEqual(CURRENT_VERSION)
  })

  it('lists every version\'s stores for restore, so a backup of any version can be opened', () => {
    expect(Object.keys(storesOfVersion).map(Number)).toEqual(Array.from({ length: CURRENT_VERSION }, (_, index) => index + 1))
  })

  it('keeps versions 1 to 4 exactly as they shipped', () => {
    expect(schemaV1).toEqual(v1Fixture.stores)
    expect(schemaV2).toEqual(v2Fixture.stores)
    expect(schemaV3).toEqual(v3Fixture.stores)
    expect(schemaV4).toEqual(v4Fixture.stores)
  })

  for (const fixture of fixtures) {
    it(`opens a version ${fixture.version} database at version ${CURRENT_VERSION} with every row intact and in step`, async () => {
      const name = await writeFixture(fixture)
      const db = new RegularsDatabase(name)
      await db.open()
      expect(db.verno).toBe(CURRENT_VERSION)
      await fixture.expectAfterUpgrade(db, expect)
      await applyDueFigures(db)
      expect((await checkDatabase(db)).differences).toEqual([])
      db.close()
    })
  }

  it('stops counting a version 2 booking for next month until its time comes', async () => {
    const db = new RegularsDatabase(await writeFixture(v2BookingsFixture))
    await db.open()
    expect(await applyDueFigures(db)).toBe(1)
    expect(await db.customers.get(1)).toMatchObject({ orderCount: 1, totalValue: 12_000, lastOrderAt: Date.UTC(2025, 2, 2, 9) })
    expect(await db.figuresDue.toArray()).toEqual([{ customerId: 1, dueAt: v2BookingAt }])
    expect(await applyDueFigures(db, v2BookingAt)).toBe(1)
    expect(await db.customers.get(1)).toMatchObject({ orderCount: 2, totalValue: 24_000, lastOrderAt: v2BookingAt })
    expect(await db.figuresDue.count()).toBe(0)
    expect((await checkDatabase(db, { now: v2BookingAt })).differences).toEqual([])
    db.close()
  })

  it('refuses nothing and loses nothing when the same database is opened twice', async () => {
    const name = await writeFixture(v1Fixture)
    for (let round = 0; round < 2; round++) {
      const db = new RegularsDatabase(name)
      await db.open()
      expect(await db.customers.count()).toBe(1)
      db.close()
    }
  })
})
