import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addReferralSource, checkDatabase, createCustomer, addOrder, createStore, listReferralSources, recordConsentChange, updateCustomer, searchCustomerIds } from '@renderer/db'
import { referralChoices } from '@renderer/features/customer-fields/field-lookups'
import { otherSourceId } from '@shared/customer-fields/referral'
import { guessColumnTargets } from '@shared/import/match-headers'
import type { RegularsDatabase } from '@renderer/db/test-support'
import { freshDatabase } from '@renderer/db/test-support'
import { emptyProfile, newCustomer } from '@shared/domain/customer'
import type { ImportRow } from '@shared/import/cell'
import type { ColumnTarget } from '@shared/import/fields'
import { arrayRowSource, type RowSource } from '@shared/import/row-source'
import { JobCancelled } from '@shared/jobs/job'
import { writeImport, type WriteOptions } from './import-write'
import { undoImport } from './import-undo'
import { describeResult } from './import-outcome'

const now = new Date(2024, 5, 1, 12).getTime()
const headers = ['Imię', 'Nazwisko', 'Telefon', 'E-mail', 'Urodziny', 'Miasto', 'Uwagi', 'Zgoda SMS', 'Kategoria']
const mapping: ColumnTarget[] = ['firstName', 'lastName', 'phone', 'email', 'birthday', 'city', 'notes', 'consentSms', 'category']

function options(overrides: Partial<WriteOptions> = {}): WriteOptions {
  return {
    mapping,
    headers,
    defaultCountry: 'PL',
    dayOrders: headers.map(() => 'day-first'),
    now,
    mode: 'both',
    overwrite: false,
    fileName: 'klienci.xlsx',
    staffName: 'this PC',
    consentWording: { given: 'Imported from klienci.xlsx', withdrawn: 'Withdrawn, imported from klienci.xlsx' },
    chunkSize: 3,
    ...overrides
  }
}

const row = (line: number, cells: (string | number | null)[]): ImportRow => ({ line, cells: [...cells, ...Array(headers.length - cells.length).fill(null)] })

/** Every table, as plain JSON: "exactly as it was" is compared on this. */
async function snapshot(db: RegularsDatabase): Promise<string> {
  const tables: Record<string, unknown[]> = {}
  for (const table of db.tables) tables[table.name] = await table.toArray()
  return JSON.stringify(tables)
}

describe('writing an import', () => {
  let db: RegularsDatabase
  beforeEach(async () => {
    db = await freshDatabase()
  })
  afterEach(() => db.close())

  it('creates customers as the repositories would: tokens, metrics, consents with source "import", an undoable audit entry', async () => {
    const rows = [
      row(2, ['Łucja', 'Żółkiewska', '601 234 567', 'lucja@example.pl', '15.03.1985', 'Łódź', 'Farba bez PPD', 'tak', 'VIP']),
      row(3, ['Jan', 'Kot', 48512345678, null, null, 'Kraków', null, 'wycofana', 'VIP, Stali']),
      row(4, [null, null, null, null, null, 'Gdańsk', 'Bez nazwiska'])
    ]
    const outcome = await writeImport(db, arrayRowSource(rows), options())
    expect(outcome).toMatchObject({ rows: 3, created: 2, updated: 0, skippedTotal: 1, skipped: { 'no-identity': 1 }, createdCategories: ['VIP', 'Stali'] })
    expect([...outcome.results.codes].map((code) => describeResult(code)?.kind)).toEqual(['created', 'created', 'skipped'])

    const lucja = (await db.customers.get(outcome.results.customerIds[0]))!
    expect(lucja).toMatchObject({
      firstName: 'Łucja', lastName: 'Żółkiewska', phones: ['+48601234567'], emails: ['lucja@example.pl'], birthday: '1985-03-15', birthdayMonth: 3,
      address: { city: 'Łódź' }, notes: 'Farba bez PPD', consentSms: 1, consents: { sms: { granted: true, at: now, source: 'import' } },
      importBatchId: outcome.batchId, createdAt: now, lastActivityAt: now, orderCount: 0
    })
    const categories = await db.categories.toArray()
    expect(categories.map((category) => category.name)).toEqual(['VIP', 'Stali'])
    expect(lucja.categoryIds).toEqual([categories[0].id])

    const events = await db.consentEvents.toArray()
    expect(events).toEqual([
      expect.objectContaining({ customerId: lucja.id, channel: 'sms', granted: true, source: 'import', importFile: 'klienci.xlsx', wording: 'Imported from klienci.xlsx' }),
      expect.objectContaining({ channel: 'sms', granted: false, source: 'import', importFile: 'klienci.xlsx', wording: 'Withdrawn, imported from klienci.xlsx' })
    ])
    const [audit] = await db.audit.toArray()
    expect(audit).toMatchObject({ action: 'import', undoable: 1, customerCount: 2, details: { fileName: 'klienci.xlsx', created: 2, batchId: outcome.batchId } })

    // Found by the data layer's search, and every derived field in step (the checker agrees).
    expect(await searchCustomerIds(db, 'zolkiew')).toEqual([lucja.id])
    expect(await searchCustomerIds(db, '512 345')).toEqual([outcome.results.customerIds[1]])
    expect((await checkDatabase(db)).differenceCount).toBe(0)
  })

  it('matches existing customers by phone or e-mail and only fills what is empty', async () => {
    const profile = { ...emptyProfile(), firstName: 'Anna', lastName: '', phones: ['+48601234567'], notes: 'Stała klientka' }
    const annaId = await createCustomer(db, profile, { now: now - 1000 })
    const outcome = await writeImport(
      db,
      arrayRowSource([row(2, ['Anna', 'Nowak', '601234567', 'anna@example.pl', '01.02.1990', 'Warszawa', 'Inna notatka', 'tak'])]),
      options()
    )
    expect(outcome).toMatchObject({ created: 0, updated: 1 })
    const anna = (await db.customers.get(annaId))!
    expect(anna).toMatchObject({ firstName: 'Anna', lastName: 'Nowak', emails: ['anna@example.pl'], birthday: '1990-02-01', notes: 'Stała klientka', consentSms: 1 })
    expect(anna.address.city).toBe('Warszawa')
    expect((await checkDatabase(db)).differenceCount).toBe(0)
  })

  it('overwrites filled fields only when asked, never with an empty cell', async () => {
    const annaId = await createCustomer(db, { ...emptyProfile(), firstName: 'Ania', lastName: 'Nowak', emails: ['anna@example.pl'], notes: 'Stara notatka' }, { now })
    await writeImport(db, arrayRowSource([row(2, ['Anna', null, null, 'anna@example.pl', null, null, 'Nowa notatka'])]), options({ overwrite: true }))
    expect(await db.customers.get(annaId)).toMatchObject({ firstName: 'Anna', lastName: 'Nowak', notes: 'Nowa notatka' })
  })

  it('create only / update only / both, duplicates inside the file, a row matching two customers', async () => {
    await createCustomer(db, { ...emptyProfile(), firstName: 'Ewa', phones: ['+48601000001'] }, { now })
    await createCustomer(db, { ...emptyProfile(), firstName: 'Iza', emails: ['iza@example.pl'] }, { now })
    await createCustomer(db, { ...emptyProfile(), firstName: 'Ola', phones: ['+48601000009'] }, { now })
    const rows = [
      row(2, ['Ewa', 'Kot', '601000001']), // exists
      row(3, ['Nowa', 'Osoba', '601000002']), // new
      row(4, ['Nowa', 'Znowu', '601 000 002']), // same phone as row 3: duplicate in the file
      row(5, ['Ktoś', null, '601000009', 'iza@example.pl']) // phone of Ola, e-mail of Iza
    ]
    const createOnly = await writeImport(db, arrayRowSource(rows), options({ mode: 'create' }))
    expect(createOnly).toMatchObject({ created: 1, updated: 0, skipped: { exists: 1, 'duplicate-in-file': 1, 'ambiguous-match': 1 } })
    expect(createOnly.results.otherLines.get(2)).toBe(3)

    const fresh = await freshDatabase()
    await createCustomer(fresh, { ...emptyProfile(), firstName: 'Ewa', phones: ['+48601000001'] }, { now })
    const updateOnly = await writeImport(fresh, arrayRowSource(rows.slice(0, 2)), options({ mode: 'update' }))
    expect(updateOnly).toMatchObject({ created: 0, updated: 1, skipped: { 'not-found': 1 } })
    fresh.close()
  })

  it('a failure half-way leaves the database exactly as it was', async () => {
    await createCustomer(db, { ...emptyProfile(), firstName: 'Ewa', phones: ['+48601000001'], notes: '' }, { now })
    const before = await snapshot(db)
    const rows = Array.from({ length: 20 }, (_, index) => row(index + 2, [`Imię${index}`, 'Nazwisko', String(602_000_000 + index), null, null, null, null, 'tak', 'Nowa']))
    rows[1] = row(3, ['Ewa', 'Uzupełniona', '601000001', 'ewa@example.pl'])
    const broken: RowSource = {
      rowCount: rows.length,
      async pull(from, count) {
        if (from >= 9) throw new Error('The USB stick was pulled out')
        return rows.slice(from, from + count)
      }
    }
    await expect(writeImport(db, broken, options())).rejects.toThrow('USB stick')
    expect(await snapshot(db)).toBe(before)
  })

  it('Cancel leaves the database exactly as it was', async () => {
    const before = await snapshot(db)
    const controller = new AbortController()
    const rows = Array.from({ length: 30 }, (_, index) => row(index + 2, [`Imię${index}`, 'Nazwisko', String(602_000_000 + index), null, null, null, null, 'tak']))
    const progress: number[] = []
    await expect(
      writeImport(db, arrayRowSource(rows), options({ signal: controller.signal, onProgress: ({ done }) => (progress.push(done), done >= 9 && controller.abort()) }))
    ).rejects.toBeInstanceOf(JobCancelled)
    expect(progress).toEqual([0, 3, 6, 9])
    expect(await snapshot(db)).toBe(before)
  })
})

describe('undoing an import', () => {
  let db: RegularsDatabase
  beforeEach(async () => {
    db = await freshDatabase()
  })
  afterEach(() => db.close())

  it('removes the created customers and restores the updated fields; what the desk did since stays', async () => {
    const storeId = await createStore(db, { name: 'Salon', currency: 'PLN' })
    const annaId = await createCustomer(db, { ...emptyProfile(), firstName: 'Anna', phones: ['+48601234567'], categoryIds: [] }, { now })
    const beforeAnna = (await db.customers.get(annaId))!
    const rows = [
      row(2, ['Anna', 'Nowak', '601234567', 'anna@example.pl', '01.02.1990', 'Warszawa', null, 'tak', 'VIP']),
      row(3, ['Jan', 'Kot', '602000001', null, null, null, null, 'tak']),
      row(4, ['Ola', 'Lis', '602000002']),
      row(5, ['Piotr', 'Wilk', '602000003'])
    ]
    const outcome = await writeImport(db, arrayRowSource(rows), options())
    expect(outcome).toMatchObject({ created: 3, updated: 1 })
    const [, janId, olaId, piotrId] = [...outcome.results.customerIds]

    // After the import: Ola had a visit, the desk changed Anna's city and Piotr's e-mail consent.
    await addOrder(db, olaId, { storeId, kind: 'visit', channel: 'walk-in', status: 'completed', statusHistory: [{ status: 'completed', at: now + 5000 }], at: now + 5000, createdAt: now + 5000, value: 10000, tip: 0, items: [], staffName: 'Kasia', notes: '' })
    await updateCustomer(db, annaId, { address: { street: '', postalCode: '', city: 'Gdynia', country: '' } })
    await recordConsentChange(db, { customerId: piotrId, channel: 'email', granted: true, at: now + 6000, source: 'desk', staffName: 'Kasia', wording: 'Newsletter' })

    const [entry] = await db.audit.where('action').equals('import').toArray()
    const result = await undoImport(db, entry, { now: now + 10_000 })
    expect(result).toEqual({ removed: 2, keptWithVisits: 1, restored: 1, leftAlone: 0 })

    expect(await db.customers.get(janId)).toBeUndefined()
    expect(await db.customers.get(piotrId)).toBeUndefined()
    expect(await db.consentEvents.where('[customerId+at]').between([janId, 0], [janId, Infinity]).count()).toBe(0)
    const ola = (await db.customers.get(olaId))!
    expect(ola.orderCount).toBe(1)
    expect(ola.importBatchId).toBeUndefined()

    const anna = (await db.customers.get(annaId))!
    expect(anna).toMatchObject({ firstName: 'Anna', lastName: '', phones: ['+48601234567'], emails: [], birthday: '', categoryIds: [], consents: beforeAnna.consents, consentSms: 0 })
    expect(anna.address.city).toBe('Gdynia') // changed by the desk after the import: kept
    expect(await db.consentEvents.where('[customerId+at]').between([annaId, 0], [annaId, Infinity]).count()).toBe(0)
    expect(await db.categories.count()).toBe(0) // "VIP" came with the import and nobody uses it now
    expect(await db.settings.filter((setting) => setting.key.startsWith('import-undo:')).count()).toBe(0)

    const after = await db.audit.toArray()
    expect(after.find((item) => item.action === 'import')!.undoneAt).toBe(now + 10_000)
    expect(after.find((item) => item.action === 'import-undo')).toMatchObject({ details: { removed: 2, keptWithVisits: 1, restored: 1, fileName: 'klienci.xlsx' } })
    expect((await checkDatabase(db)).differenceCount).toBe(0)
  })
})

describe('a large import stays one transaction', () => {
  let db: RegularsDatabase
  beforeEach(async () => {
    db = await freshDatabase()
  })
  afterEach(() => db.close())

  it('thousands of rows in big chunks, rows arriving later like IPC, a failure after the last chunk: nothing is left', async () => {
    const rows = Array.from({ length: 3_000 }, (_, index) =>
      row(index + 2, [`Imię${index}`, 'Nazwisko', String(602_000_000 + index), `k${index}@example.pl`, '01.02.1990', 'Kraków', 'Notatka', index % 2 ? 'tak' : 'nie', index % 3 ? 'VIP' : 'Stali'])
    )
    const before = await snapshot(db)
    const slow: RowSource = {
      rowCount: rows.length,
      async pull(from, count) {
        await new Promise((resolve) => setTimeout(resolve, 5))
        return rows.slice(from, from + count)
      }
    }
    // The audit entry is the last write of the transaction: make it fail.
    const original = db.audit.add.bind(db.audit)
    db.audit.add = (() => Promise.reject(new Error('disk full at the very end'))) as unknown as typeof db.audit.add
    try {
      await expect(writeImport(db, slow, options({ chunkSize: 1_000 }))).rejects.toThrow('disk full')
    } finally {
      db.audit.add = original
    }
    expect(await snapshot(db)).toBe(before)
  })
})

describe('a large undo stays one transaction', () => {
  let db: RegularsDatabase
  beforeEach(async () => {
    db = await freshDatabase()
  })
  afterEach(() => db.close())

  it('an undo of thousands of customers that fails at its very end, or is cancelled half-way, changes nothing', async () => {
    for (let index = 0; index < 1_500; index++) {
      await db.customers.add(newCustomer({ ...emptyProfile(), firstName: `Stała${index}`, phones: [`+4860300${String(index).padStart(4, '0')}`] }, now))
    }
    const rows = Array.from({ length: 3_000 }, (_, index) =>
      row(index + 2, [`Imię${index}`, 'Nazwisko', index < 1_500 ? `60300${String(index).padStart(4, '0')}` : String(602_000_000 + index), `k${index}@example.pl`, '01.02.1990', 'Kraków', null, 'tak', 'VIP'])
    )
    const outcome = await writeImport(db, arrayRowSource(rows), options({ chunkSize: 1_000 }))
    expect(outcome).toMatchObject({ created: 1_500, updated: 1_500 })
    const afterImport = await snapshot(db)
    const [entry] = await db.audit.where('action').equals('import').toArray()
    const original = db.audit.update.bind(db.audit)
    db.audit.update = (() => Promise.reject(new Error('disk full at the very end'))) as unknown as typeof db.audit.update
    try {
      await expect(undoImport(db, entry, { now: now + 1 })).rejects.toThrow('disk full')
    } finally {
      db.audit.update = original
    }
    expect(await snapshot(db)).toBe(afterImport)
    // Cancelled after its first chunk: the transaction aborts, nothing changed either.
    const controller = new AbortController()
    const progress: number[] = []
    const cancelled = undoImport(db, entry, { now: now + 1, signal: controller.signal, onProgress: ({ done }) => (progress.push(done), done > 0 && controller.abort()) })
    await expect(cancelled).rejects.toBeInstanceOf(JobCancelled)
    expect(progress).toEqual([0, 1_000])
    expect(await snapshot(db)).toBe(afterImport)
    // And done properly, it removes the 1 500 and restores the 1 500.
    expect(await undoImport(db, entry, { now: now + 2 })).toEqual({ removed: 1_500, keptWithVisits: 0, restored: 1_500, leftAlone: 0 })
    expect(await db.customers.count()).toBe(1_500)
    expect((await db.customers.get(1))!).toMatchObject({ firstName: 'Stała0', lastName: '', emails: [], consentSms: 0 })
    // Its entries name 3 000 customers each, every one an entry of the audit log's customerIds
    // index: fake-indexeddb keeps a multi-entry index far slower than Chromium (≈ 25 s → 45 s here under load).
  }, 90_000)
})

describe('a "How they found us" column', () => {
  let db: RegularsDatabase
  beforeEach(async () => {
    db = await freshDatabase()
  })
  afterEach(() => db.close())

  async function importFile(fileHeaders: string[], cells: (string | null)[][]) {
    const sources = await listReferralSources(db)
    const fileMapping = guessColumnTargets(fileHeaders).map((guess) => guess.target)
    const rows = cells.map((line, index): ImportRow => ({ line: index + 2, cells: line }))
    return writeImport(db, arrayRowSource(rows), options({
      headers: fileHeaders,
      mapping: fileMapping,
      dayOrders: fileHeaders.map(() => 'day-first'),
      referralSources: { choices: referralChoices(sources), otherId: otherSourceId(sources) }
    }))
  }

  it('"Skąd nas znasz": a source named in any language, with details after a dash; anything else is "other" with the text; an existing customer gets it where empty; undo takes it off', async () => {
    const tiktok = await addReferralSource(db, 'TikTok')
    const gosia = await createCustomer(db, { ...emptyProfile(), firstName: 'Gosia', phones: ['+48601000007'] }, { now })
    const outcome = await importFile(['Imię', 'Telefon', 'Skąd nas znasz'], [
      ['Ala', '601000001', 'Polecenie'],
      ['Basia', '601000002', 'instagram'],
      ['Cela', '601000003', 'Doporučení — Jana z pracy'],
      ['Dora', '601000004', 'Plakat w windzie'],
      ['Ela', '601000005', 'TIKTOK'],
      ['Fela', '601000006', null],
      ['Gosia', '601000007', 'Google']
    ])
    expect(outcome).toMatchObject({ created: 6, updated: 1 })
    const referralOf = async (index: number) => (await db.customers.get(outcome.results.customerIds[index]))!.referral
    expect(await referralOf(0)).toEqual({ sourceId: 2, note: '' })
    expect(await referralOf(1)).toEqual({ sourceId: 3, note: '' })
    expect(await referralOf(2)).toEqual({ sourceId: 2, note: 'Jana z pracy' })
    expect(await referralOf(3)).toEqual({ sourceId: 7, note: 'Plakat w windzie' })
    expect(await referralOf(4)).toEqual({ sourceId: tiktok, note: '' })
    expect(await referralOf(5)).toBeUndefined()
    expect(await referralOf(6)).toEqual({ sourceId: 5, note: '' })
    // In the sparse index: the list can filter and sort by it.
    expect(await db.customers.where('referral.sourceId').equals(2).count()).toBe(2)
    expect(await db.customers.orderBy('referral.sourceId').count()).toBe(6)

    const [entry] = await db.audit.where('action').equals('import').toArray()
    await undoImport(db, entry!, { now: now + 1 })
    expect((await db.customers.get(gosia))!.referral).toBeUndefined()
    expect(await db.customers.orderBy('referral.sourceId').count()).toBe(0)
    expect((await checkDatabase(db)).differenceCount).toBe(0)
  })

  it('"Referral source" (a Fresha-style export): English names, case aside', async () => {
    const outcome = await importFile(['Name', 'Phone', 'Referral source'], [
      ['Hanna Kowal', '601000008', 'Walk-in'],
      ['Ivan Petrenko', '601000009', 'Booking portal: Booksy']
    ])
    expect(outcome.created).toBe(2)
    expect((await db.customers.get(outcome.results.customerIds[0]))!.referral).toEqual({ sourceId: 1, note: '' })
    expect((await db.customers.get(outcome.results.customerIds[1]))!.referral).toEqual({ sourceId: 6, note: 'Booksy' })
  })
})
