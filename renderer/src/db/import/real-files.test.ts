import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCategory, createCustomer, createStore, searchCustomerIds } from '@renderer/db'
import { freshDatabase, type RegularsDatabase } from '@renderer/db/test-support'
import { emptyProfile } from '@shared/domain/customer'
import type { Id } from '@shared/domain/types'
import { guessColumnTargets } from '@shared/import/match-headers'
import { headerNameOrder } from '@shared/import/name-order'
import { detectDayOrder } from '@shared/import/parse-date'
import { arrayRowSource } from '@shared/import/row-source'
import { ownExportHeaderTargets } from '@renderer/views/import/own-export-headers'
import type { ImportRow } from '@shared/import/cell'
import { analyseImport, type PreviewRow } from './import-analysis'
import { writeImport } from './import-write'

/**
 * Files other programs wrote — saved by LibreOffice, or written as Google Contacts, Outlook and
 * Mailchimp write them — read by main's reader and checked by the import as the screen does
 * it: the columns guessed from the headers, the name order from the header.
 */

const now = new Date(2024, 5, 1, 12).getTime()

// Main's reader belongs to the Node TS project (tsconfig.node): loaded at run time, untyped,
// and its answer copied as JSON, as IPC would.
const mainImportSupport = '../../../../electron/main/services/import/import-files.test-support'
async function readWithMain(name: string): Promise<{ summary: { headers: string[] }; rows: ImportRow[] }> {
  const support = await import(/* @vite-ignore */ mainImportSupport)
  const { summary, rows } = await support.readFile(support.fixture(name))
  return JSON.parse(JSON.stringify({ summary, rows }))
}

async function openFile(db: RegularsDatabase, name: string, extra: { stores?: { id: Id; name: string; country?: string }[]; defaultCountry?: string } = {}) {
  const { summary, rows } = await readWithMain(name)
  const samples = rows.slice(0, 50).map((row) => row.cells)
  const guesses = guessColumnTargets(summary.headers, samples, ownExportHeaderTargets())
  const settings = {
    mapping: guesses.map((guess) => guess.target),
    headers: summary.headers,
    defaultCountry: extra.defaultCountry ?? 'PL',
    dayOrders: summary.headers.map((_, index) => detectDayOrder(samples.map((cells) => cells[index]), 'day-first')),
    nameOrders: summary.headers.map(headerNameOrder),
    stores: extra.stores ?? [],
    now
  }
  const analysis = await analyseImport(db, arrayRowSource(rows), settings)
  const write = () =>
    writeImport(db, arrayRowSource(rows), { ...settings, mode: 'both', overwrite: false, fileName: name, staffName: 'this PC', consentWording: { given: 'given', withdrawn: 'withdrawn' } })
  return { summary, rows, guesses, analysis, write, byLine: (line: number) => analysis.firstRows.find((row) => row.line === line) as PreviewRow }
}

describe('importing files other programs wrote', () => {
  let db: RegularsDatabase
  beforeEach(async () => {
    db = await freshDatabase()
  })
  afterEach(() => db.close())

  it("a salon's hand-made workbook: surname first, two phones in a cell, a new number range, quoted tags, a zero date, empty rows and a total line", async () => {
    const file = await openFile(db, 'salon-handmade-totals.xlsx')
    expect(file.guesses[0].target).toBe('fullName')
    expect(file.rows.map((row) => row.line)).toEqual([2, 3, 4, 5, 6, 7])
    expect(file.analysis).toMatchObject({ newCustomers: 3, skipped: { 'empty-row': 2, 'summary-row': 1 } })

    const anna = file.byLine(2)
    // "Kowalska Anna" under "Nazwisko i imię": the surname comes first.
    expect(anna.customer).toMatchObject({ firstName: 'Anna', lastName: 'Kowalska', categoryNames: ['VIP', 'Stała klientka'], consentSms: { state: 'given' } })
    // The landline was written first; the mobile is the main number.
    expect(anna.customer.phones).toEqual(['+48601234567', '+48221234567'])

    const piotr = file.byLine(3)
    expect(piotr.customer).toMatchObject({ firstName: 'Piotr', lastName: 'Nowak', phones: ['+48101234567'], categoryNames: ['Nowy'], consentSms: { state: 'not-given' } })
    expect(piotr.problems.map((problem) => problem.code)).toEqual(['phone-unverified'])

    const jan = file.byLine(5)
    expect(jan.customer).toMatchObject({ firstName: 'Jan', lastName: 'van der Berg', phones: ['+48601234568', '+48227654321'], emails: ['jan@example.nl', 'jvdb@example.com'] })
    expect(jan.customer.consentSms).toMatchObject({ state: 'withdrawn' })
    // "00.00.0000" is how the sheet says "no birthday": empty, without a warning.
    expect(jan.customer.birthday).toBe('')
    expect(jan.problems).toEqual([])

    expect([file.byLine(4), file.byLine(6)].map((row) => [row.outcome, row.reason])).toEqual([['skip', 'empty-row'], ['skip', 'empty-row']])
    expect(file.byLine(7)).toMatchObject({ outcome: 'skip', reason: 'summary-row', summary: { kind: 'formula', quote: '=COUNTA(A2:A5)' }, problems: [] })
    // Only Piotr's number is a problem: the total line's "3" and "25%" are not a phone and a consent.
    expect(file.analysis.rowsWithProblems).toBe(1)

    const outcome = await file.write()
    expect(outcome).toMatchObject({ created: 3, skipped: { 'empty-row': 2, 'summary-row': 1 } })
    // The number in a range the phone data does not know is a phone: the desk finds Piotr by it.
    const [piotrId] = await searchCustomerIds(db, '10 123 45 67')
    expect((await db.customers.get(piotrId))?.lastName).toBe('Nowak')
    // "nie" records nothing (never asked); "wycofana" is a withdrawal.
    expect((await db.customers.get(piotrId))?.consents.sms.at).toBe(0)
    const events = await db.consentEvents.toArray()
    expect(events.map((event) => [event.granted, event.wording])).toEqual([[true, 'given'], [false, 'withdrawn']])
  })

  it('a Czech e-shop export: "Registrovaný zákazník" is the type, "ne" is no newsletter (not a withdrawal), the store gives the phone country, totals typed under the list are skipped', async () => {
    const storeId = await createStore(db, { name: 'Praha Vinohrady', currency: 'CZK', country: 'CZ' })
    const file = await openFile(db, 'eshop-cs-registered.csv', { stores: [{ id: storeId, name: 'Praha Vinohrady', country: 'CZ' }] })
    expect(file.guesses.map((guess) => guess.target)).toEqual(['fullName', 'email', 'phone', 'type', 'consentEmail', 'homeStore'])
    expect(file.byLine(2).customer).toMatchObject({ firstName: 'Jan', lastName: 'Dvořák', type: 'registered', consentEmail: { state: 'not-given' }, homeStoreId: storeId })
    // Written without +420, read in the country of the customer's store, not as a Polish number.
    expect(file.byLine(3).customer).toMatchObject({ firstName: 'Eva', lastName: 'Nováková', type: 'contact', phones: ['+420602987654'], consentEmail: { state: 'given' } })
    expect(file.analysis.skipped).toEqual({ 'empty-row': 1, 'summary-row': 2 })
    expect(file.byLine(5).summary).toMatchObject({ kind: 'total-word' })
    expect(file.byLine(6).summary).toMatchObject({ kind: 'figures' })
  })

  it('Google Contacts: values joined by " ::: " are several phones and e-mails, its own labels ("* myContacts") are no categories', async () => {
    const file = await openFile(db, 'google-contacts.csv')
    const anna = file.byLine(2).customer
    expect(anna).toMatchObject({ firstName: 'Anna', lastName: 'Kowalska', emails: ['anna@example.pl', 'anna.kowalska@firma.pl'], categoryNames: ['VIP', 'Stała klientka'] })
    expect(anna.phones).toEqual(['+48601234567', '+48221234567'])
    const piotr = file.byLine(3)
    expect(piotr.customer).toMatchObject({ phones: ['+48101234567'], categoryNames: [] })
    expect(piotr.problems.map((problem) => problem.code)).toEqual(['phone-unverified'])
  })

  it('Outlook: "0/0/00" is no date, read silently; categories joined by ";"', async () => {
    const file = await openFile(db, 'outlook-contacts.csv')
    expect(file.analysis.problemCounts).toEqual({})
    expect(file.byLine(2).customer).toMatchObject({ firstName: 'Anna', birthday: '', categoryNames: ['VIP', 'Stała klientka'] })
    expect(file.byLine(3).customer).toMatchObject({ firstName: 'Piotr', birthday: '1979-12-31' })
  })

  it('Mailchimp: tags written as quoted names lose their quote marks', async () => {
    const file = await openFile(db, 'mailchimp-audience.csv')
    expect(file.byLine(2).customer.categoryNames).toEqual(['VIP', 'Fidèle'])
    expect(file.byLine(3).customer.categoryNames).toEqual(['Newsletter'])
  })

  it("Regulars' own export, imported back into the base it came from: every column recognised, every row up to date, a consent's \"Nie\" withdraws nothing", async () => {
    const storeId = await createStore(db, { name: 'Salon Centrum', currency: 'PLN', country: 'PL' })
    const vip = await createCategory(db, { name: 'VIP', color: '#d4a72c' })
    await createCustomer(
      db,
      {
        ...emptyProfile(),
        firstName: 'Anna', lastName: 'Kowalska', phones: ['+48601234567', '+48221234567'], emails: ['anna@example.pl'],
        address: { street: 'Długa 1', postalCode: '00-001', city: 'Warszawa', country: 'PL' }, birthday: '1985-03-15', cardNumber: '00123',
        type: 'registered', discountPercent: 10, categoryIds: [vip], homeStoreId: storeId, notes: 'Farba bez PPD'
      },
      { now: new Date(2024, 0, 10, 9, 30).getTime() }
    )
    await createCustomer(db, { ...emptyProfile(), firstName: 'Piotr', lastName: 'Nowak', phones: ['+48602345678'], emails: ['piotr@example.pl'] }, { now })
    const annaId = (await searchCustomerIds(db, 'anna@example.pl'))[0]
    await db.customers.update(annaId, { consents: { email: { granted: true, at: new Date(2024, 0, 10, 9, 30).getTime(), source: 'desk' }, sms: { granted: false, at: 0, source: 'desk' } } })

    const file = await openFile(db, 'regulars-export-pl.xlsx', { stores: [{ id: storeId, name: 'Salon Centrum', country: 'PL' }] })
    // Every header is known exactly; the customer number and the figures are not imported.
    expect(file.guesses.every((guess) => guess.confidence === 'exact')).toBe(true)
    const ignored = file.summary.headers.filter((_, index) => file.guesses[index].target === 'ignore')
    expect(ignored).toEqual(['Nr klienta', 'Zamówienia', 'Wartość łączna'])
    expect(file.summary.headers[file.guesses.findIndex((guess) => guess.target === 'homeStore')]).toBe('Placówka macierzysta')

    expect(file.analysis).toMatchObject({ matches: 2, newCustomers: 0, matchesChangingWhenFilling: 0, matchesChangingWhenOverwriting: 0, problemCounts: {} })
    expect(file.byLine(2).customer).toMatchObject({ consentSms: { state: 'not-given' }, homeStoreId: storeId, type: 'registered', discountPercent: 10 })
    const outcome = await file.write()
    expect(outcome).toMatchObject({ created: 0, updated: 0, unchanged: 2 })
    expect(await db.consentEvents.count()).toBe(0)
  })
})
