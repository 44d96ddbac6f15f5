import type Dexie from 'dexie'
import type { RegularsDatabase } from '../schema'

/**
 * A database as an earlier schema version wrote it. Each shipped version gets one fixture:
 * its stores exactly as that version declared them (frozen here, so editing a shipped
 * version in schema.ts fails the test) and rows in that version's shape, written raw.
 */
export interface SchemaFixture {
  version: number
  stores: Record<string, string>
  /** Writes the rows, raw, into a database opened at `version` with `stores`. */
  fill(db: Dexie): Promise<void>
  /** What must hold once the app's current schema has opened (and upgraded) it. */
  expectAfterUpgrade(db: RegularsDatabase, expect: (value: unknown) => { toEqual(expected: unknown): void; toMatchObject(expected: object): void }): Promise<void>
}

/** The settings every shipped version wrote at first start: main currency, phone country, who works at the desk. */
export async function fillFirstStartSettings(db: Dexie, currency: string, phoneCountry: string): Promise<void> {
  await db.table('settings').bulkPut([
    { key: 'mainCurrency', value: currency },
    { key: 'defaultPhoneCountry', value: phoneCountry },
    { key: 'staffName', value: 'this PC' }
  ])
}
