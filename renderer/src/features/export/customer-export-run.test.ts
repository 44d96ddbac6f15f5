import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { displayName } from '@shared/domain/customer'
import type { Id } from '@shared/domain/types'
import { addReferralSource, createRole, createStaffMember, loadDemoData, renameReferralSource, setUpOwner, signIn, updateCustomer } from '@renderer/db'
import { rights } from '@shared/staff/rights'
import type { RegularsDatabase } from '@renderer/db/test-support'
import { freshDatabase, setAppDb } from '@renderer/db/test-support'
import { createAppI18n } from '@renderer/i18n'
import { JobCancelled, type JobProgress } from '@shared/jobs/job'
import { runCustomerExport, type CustomerExportPlan } from './customer-export-run'
import { buildExportTexts } from './export-texts'
import { readXlsx, realMain } from './real-main.test-support'
import type { ScopedFigures } from './scoped-figures'

let folder: string
let db: RegularsDatabase
beforeEach(async () => {
  folder = mkdtempSync(join(tmpdir(), 'regulars-renderer-export-'))
  db = await freshDatabase()
  setAppDb(db)
  await loadDemoData(db, { customers: 60, orders: 400, seed: 7, now: Date.UTC(2026, 10, 22, 12) })
})
afterEach(() => {
  setAppDb(undefined)
  db.close()
  rmSync(folder, { recursive: true, force: true })
})

async function polishTexts() {
  const i18n = createAppI18n('pl')
  return buildExportTexts((key, named) => i18n.global.t(key, named ?? {}), 'pl', new Date(2026, 10, 22))
}

const plan = (ids: Id[], overrides: Partial<CustomerExportPlan> = {}): CustomerExportPlan => ({
  source: { ids },
  fields: ['id', 'firstName', 'lastName', 'phone', 'email', 'orderCount', 'totalValue', 'lastOrderAt', 'blocked'],
  includeOrders: true,
  format: 'xlsx',
  fileKind: 'customers',
  scope: 'filtered',
  list: { filters: { spend: { min: 10_000 } }, search: 'kow', segmentId: 4, segment: 'Stali' },
  ...overrides
})

describe('a customer export from the database', () => {
  it('leaves the contact columns out for a person who may export but not see contact details', async () => {
    const ids = ((await db.customers.orderBy(':id').primaryKeys()) as Id[]).slice(0, 3)
    await setUpOwner(db, { name: 'Ewa', pin: '1111' })
    const role = await createRole(db, { name: 'Lists only', rights: rights.filter((right) => right !== 'see-contacts') })
    const person = await createStaffMember(db, { name: 'Ola', roleId: role, allStores: true, storeIds: [], active: true }, '4444')
    expect(await signIn(db, person, '4444')).toEqual({ ok: true })
    const target = join(folder, 'bez-kontaktow.xlsx')
    const result = await runCustomerExport(plan(ids, { includeOrders: false }), await polishTexts(), await realMain(folder, target))
    if (result === null) throw new Error('export did not run')
    const [customers] = (await readXlsx(target)).sheets
    expect(customers!.rows[0]!.map((cell) => cell?.v)).toEqual(['Nr klienta', 'Imię', 'Nazwisko', 'Zamówienia', 'Wartość łączna', 'Ostatnie zamówienie', 'Zablokowany'])
    expect(customers!.rows).toHaveLength(4)
  })

  it('writes "How they found us" as the source’s name in the UI language (or the manager’s), with the details', async () => {
    const ids = (await db.customers.orderBy(':id').primaryKeys()) as Id[]
    const tiktok = await addReferralSource(db, 'TikTok')
    await renameReferralSource(db, 3, 'Insta')
    await updateCustomer(db, ids[0]!, { referral: { sourceId: 2, note: 'Anna K.' } })
    await updateCustomer(db, ids[1]!, { referral: { sourceId: tiktok, note: '' } })
    await updateCustomer(db, ids[2]!, { referral: { sourceId: 3, note: '' } })
    await updateCustomer(db, ids[3]!, { referral: undefined })
    const target = join(folder, 'skad.xlsx')
    const result = await runCustomerExport(plan(ids.slice(0, 4), { fields: ['id', 'referral'], includeOrders: false }), await polishTexts(), await realMain(folder, target))
    if (result === null) throw new Error('export did not run')
    const [customers] = (await readXlsx(target)).sheets
    expect(customers!.rows.map((row) => row.map((cell) => cell?.v ?? null))).toEqual([
      ['Nr klienta', 'Skąd nas zna'],
      [ids[0], 'Polecenie — Anna K.'],
      [ids[1], 'TikTok'],
      [ids[2], 'Insta'],
      [ids[3], null]
    ])
  })

  it('writes the chosen customers (never erased ones) and their orders, then logs who exported what', async () => {
    const ids = (await db.customers.orderBy('lastActivityAt').reverse().primaryKeys()) as Id[]
    const chosen = ids.slice(0, 40)
    await updateCustomer(db, chosen[3], { erased: 1 })
    const target = join(folder, 'klienci.xlsx')
    const progress: string[] = []
    const result = await runCustomerExport(plan(chosen), await polishTexts(), await realMain(folder, target), {
      onProgress: (p) => progress.push(`${p.phase}:${p.done}`)
    })
    if (result === null) throw new Error('export did not run')

    const expected = (await db.customers.bulkGet(chosen)).filter((c) => c && c.erased !== 1)
    let expectedOrders = 0
    for (const customer of expected) expectedOrders += await db.orders.where('[customerId+at]').between([customer!.id!, -Infinity], [customer!.id!, Infinity]).count()
    expect(expectedOrders).toBeGreaterThan(0)
    expect(result).toMatchObject({ fileName: 'klienci.xlsx', customers: 39, orders: expectedOrders })
    expect(progress[0]).toBe('customers:0')
    expect(progress.at(-1)).toBe('finishing:40')

    const book = await readXlsx(target)
    expect(book.sheets.map((s) => s.name)).toEqual(['Klienci', 'Zamówienia'])
    const [customers, orders] = book.sheets
    expect(customers.rows[0].map((c) => c?.v)).toEqual(['Nr klienta', 'Imię', 'Nazwisko', 'Telefon', 'E-mail', 'Zamówienia', 'Wartość łączna', 'Ostatnie zamówienie', 'Zablokowany'])
    // In the list's order, without the erased customer; values as in the database.
    expect(customers.rows.slice(1).map((row) => row[0]?.v)).toEqual(expected.map((c) => c!.id))
    customers.rows.slice(1).forEach((row, index) => {
      const customer = expected[index]!
      expect(row[1]?.v ?? '').toBe(customer.firstName)
      expect(row[5]).toMatchObject({ t: 'n', v: customer.orderCount })
      expect(row[6]).toMatchObject({ t: 'n', v: customer.totalValue / 100 })
      expect(row[8]?.v).toBe(customer.blocked ? 'Tak' : 'Nie')
    })
    expect(orders.rows).toHaveLength(1 + expectedOrders)
    const firstOrderRow = orders.rows[1]
    const owner = expected.find((c) => c!.id === firstOrderRow[0]?.v)!
    expect(firstOrderRow[1]?.v).toBe(displayName(owner))

    const audit = await db.audit.get(result.auditId)
    expect(audit).toMatchObject({
      action: 'export',
      staffName: 'this PC',
      customerCount: 39,
      details: {
        fileName: 'klienci.xlsx',
        format: 'xlsx',
        includeOrders: true,
        orders: expectedOrders,
        scope: 'filtered',
        filters: { spend: { min: 10_000 } },
        search: 'kow',
        segmentId: 4,
        segment: 'Stali'
      }
    })
    expect(audit!.customerIds).not.toContain(chosen[3])
    expect((audit!.details as { fields: string[] }).fields).toEqual(plan([]).fields)
  })

  it('with a store selected, writes that store\'s figures in its currency (what the list shows), not the customer row\'s', async () => {
    const czk = (await db.stores.toArray()).find((store) => store.currency === 'CZK')!
    const stats = await db.customerStoreStats.where('[storeId+totalValue]').between([czk.id!, -Infinity], [czk.id!, Infinity]).toArray()
    expect(stats.length).toBeGreaterThan(2)
    const ids = stats.map((row) => row.customerId)
    const target = join(folder, 'praha.xlsx')
    const figures: ScopedFigures = {
      currency: 'CZK',
      of: async (wanted) => new Map(stats.filter((row) => wanted.includes(row.customerId)).map((row) => [row.customerId, row]))
    }
    const result = await runCustomerExport(plan(ids, { includeOrders: false, figures }), await polishTexts(), await realMain(folder, target))
    if (result === null) throw new Error('export did not run')
    const [customers] = (await readXlsx(target)).sheets
    const byId = new Map(stats.map((row) => [row.customerId, row]))
    let differsFromRow = 0
    for (const row of customers.rows.slice(1)) {
      const own = byId.get(row[0]?.v as Id)!
      expect(row[5]).toMatchObject({ t: 'n', v: own.orderCount })
      expect(row[6]).toMatchObject({ t: 'n', v: own.totalValue / 100 })
      expect(row[6]?.z ?? '').toContain('CZK')
      const customer = await db.customers.get(own.customerId)
      if (customer!.totalValue !== own.totalValue) differsFromRow++
    }
    // The customer rows hold the PLN stores' figures: the file must not have taken those.
    expect(differsFromRow).toBeGreaterThan(0)
  })

  it('cancelled between chunks: no file, no audit entry, and the job ends cancelled', async () => {
    const controller = new AbortController()
    const target = join(folder, 'klienci.xlsx')
    const ids = Array.from({ length: 2500 }, (_, i) => (i % 60) + 1)
    const running = runCustomerExport(plan(ids, { includeOrders: false }), await polishTexts(), await realMain(folder, target), {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done >= 1000) controller.abort()
      }
    })
    await expect(running).rejects.toBeInstanceOf(JobCancelled)
    expect(existsSync(target)).toBe(false)
    expect(readdirSync(folder)).toEqual([])
    expect(await db.audit.where('action').equals('export').count()).toBe(0)
  })

  it('says how far it got: customers fill the first half of the bar when orders follow, and the end cannot be cancelled', async () => {
    const seen: JobProgress[] = []
    const ids = (await db.customers.orderBy('lastActivityAt').reverse().primaryKeys()) as Id[]
    await runCustomerExport(plan(ids.slice(0, 30)), await polishTexts(), await realMain(folder, join(folder, 'k.xlsx')), { onProgress: (p) => seen.push(p) })
    const fractions = seen.map((p) => p.fraction!)
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b))
    expect(seen.find((p) => p.phase === 'customers' && p.done === 30)?.fraction).toBe(0.5)
    expect(seen.filter((p) => p.phase === 'orders').at(-1)).toMatchObject({ done: 30, counts: { orders: expect.any(Number) } })
    expect(seen.at(-1)).toMatchObject({ phase: 'finishing', fraction: 1, cancellable: false })
    expect(seen.slice(0, -1).every((p) => p.cancellable !== false)).toBe(true)
  })

  it('exports every customer when asked for all, in id order, paging the table', async () => {
    const target = join(folder, 'wszyscy.csv')
    const result = await runCustomerExport(plan([], { source: { all: true }, format: 'csv', includeOrders: true, scope: 'all' }), await polishTexts(), await realMain(folder, target))
    if (result === null) throw new Error('export did not run')
    // CSV holds one table: the orders are left out.
    expect(result).toMatchObject({ customers: 60, orders: 0 })
  })

  it('does nothing when the save dialog is cancelled', async () => {
    await expect(runCustomerExport(plan([1, 2]), await polishTexts(), await realMain(folder, null))).resolves.toBeNull()
    expect(await db.audit.where('action').equals('export').count()).toBe(0)
  })
})
