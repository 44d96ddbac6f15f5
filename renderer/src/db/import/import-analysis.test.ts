import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCustomer } from '@renderer/db'
import type { RegularsDatabase } from '@renderer/db/test-support'
import { freshDatabase } from '@renderer/db/test-support'
import { emptyProfile } from '@shared/domain/customer'
import type { ImportRow } from '@shared/import/cell'
import type { ColumnTarget } from '@shared/import/fields'
import { analyseImport, plannedCounts } from './import-analysis'
import { writeImport } from './import-write'
import { arrayRowSource } from '@shared/import/row-source'
import { recallMapping, rememberMapping } from '@renderer/views/import/mapping-memory'

const now = new Date(2024, 5, 1, 12).getTime()
const headers = ['Name', 'Phone', 'E-mail', 'Notes', 'Tags']
const mapping: ColumnTarget[] = ['fullName', 'phone', 'email', 'notes', 'category']
const row = (line: number, cells: (string | number | null)[]): ImportRow => ({ line, cells })
const settings = { mapping, headers, defaultCountry: 'PL', dayOrders: headers.map(() => 'day-first' as const), now }

describe('the preview', () => {
  let db: RegularsDatabase
  beforeEach(async () => {
    db = await freshDatabase()
  })
  afterEach(() => db.close())

  it('counts what every choice would do, exactly as the import then does it, and writes nothing', async () => {
    await createCustomer(db, { ...emptyProfile(), firstName: 'Ewa', phones: ['+48601000001'], notes: '' }, { now })
    await createCustomer(db, { ...emptyProfile(), firstName: 'Iza', lastName: 'Kot', emails: ['iza@example.pl'] }, { now })
    const rows = [
      row(2, ['Ewa Nowak', '601000001', null, 'Notatka', 'VIP']), // match, brings a last name
      row(3, ['Iza Kot', null, 'IZA@example.pl', null, null]), // match, nothing new
      row(4, ['Ola Lis', '602000002', 'ola@example', null, 'VIP']), // new, invalid e-mail
      row(5, ['Ola Lis', '602 000 002', null, null, null]), // duplicate of row 4
      row(6, [null, null, null, 'only a note', null]) // nobody
    ]
    const before = await db.customers.count()
    const analysis = await analyseImport(db, arrayRowSource(rows), { ...settings, chunkSize: 2, firstRows: 3 })
    expect(await db.customers.count()).toBe(before)
    expect(await db.categories.count()).toBe(0)
    expect(analysis).toMatchObject({
      rows: 5,
      newCustomers: 1,
      matches: 2,
      matchesChangingWhenFilling: 1,
      skipped: { 'duplicate-in-file': 1, 'no-identity': 1 },
      rowsWithProblems: 1,
      problemCounts: { 'email-invalid': 1 },
      newCategories: ['VIP']
    })
    expect(analysis.firstRows.map((preview) => [preview.line, preview.outcome, preview.existingName ?? null])).toEqual([
      [2, 'match', 'Ewa'],
      [3, 'match', 'Iza Kot'],
      [4, 'new', null]
    ])
    expect(analysis.listed.map((preview) => preview.line)).toEqual([4, 5, 6])

    for (const mode of ['both', 'create', 'update'] as const) {
      const planned = plannedCounts(analysis, mode, false)
      const copy = await freshDatabase()
      await createCustomer(copy, { ...emptyProfile(), firstName: 'Ewa', phones: ['+48601000001'], notes: '' }, { now })
      await createCustomer(copy, { ...emptyProfile(), firstName: 'Iza', lastName: 'Kot', emails: ['iza@example.pl'] }, { now })
      const outcome = await writeImport(copy, arrayRowSource(rows), { ...settings, mode, overwrite: false, fileName: 'f.csv', staffName: 'this PC', consentWording: { given: '', withdrawn: '' } })
      expect({ create: outcome.created, update: outcome.updated, unchanged: outcome.unchanged, skipped: outcome.skippedTotal }, mode).toEqual(planned)
      copy.close()
    }
  })
})

describe('remembering a mapping', () => {
  it('offers the confirmed mapping for the next file with the same headers, whatever their case', () => {
    const store = new Map<string, string>()
    const storage = { getItem: (key: string) => store.get(key) ?? null, setItem: (key: string, value: string) => void store.set(key, value) } as Storage
    expect(recallMapping(headers, storage)).toBeNull()
    rememberMapping(headers, { targets: ['fullName', 'phone', 'ignore', 'notes', 'category'] }, storage)
    expect(recallMapping(['NAME', 'phone', 'E-Mail', 'notes', 'tags'], storage)).toEqual({ targets: ['fullName', 'phone', 'ignore', 'notes', 'category'] })
    expect(recallMapping(['Name', 'Phone'], storage)).toBeNull()
  })
})
