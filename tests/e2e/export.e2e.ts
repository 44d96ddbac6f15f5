import { existsSync, mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Customer, Order } from '../../shared/domain/types'
import type { LaunchedApp } from '../host/launch-app'
import { installPrintExportHarness } from '../host/print-export-harness'
import { readXlsx } from '../support/spreadsheet-reader'
import { customersUpTo, describe, expect, indexRows, it, loadDemoData, quickSearch, screenshot, shownCustomerIds, TEST_OWNER } from './fixtures'

/** A customer's orders straight from IndexedDB, oldest first (as the export writes them). */
function ordersOf(app: LaunchedApp, customerId: number): Promise<Order[]> {
  return indexRows<Order>(app.page, { store: 'orders', index: '[customerId+at]', from: [customerId, -Infinity], to: [customerId, Infinity] })
}

describe('export to a USB stick', () => {
  let app: LaunchedApp
  let customers: Customer[]

  it.beforeAll(async ({ launchForFile }) => {
    app = await launchForFile({ locale: 'pl-PL' })
    await loadDemoData(app.page, { customers: 2000, orders: 20000, seed: 5, now: Date.UTC(2026, 10, 22, 12) })
    customers = await customersUpTo(app.page, 2000)
    await installPrintExportHarness(app.page)
  })

  it('exports the filtered list with its orders, and the file matches the database', async () => {
    // The list "spent over 1 000 zł", best customers first, as the list would pass it.
    const filtered = customers.filter((c) => c && c.totalValue > 100_000).sort((a, b) => b.totalValue - a.totalValue)
    const stick = join(app.dataDir, 'PENDRIVE')
    mkdirSync(stick)
    app.answers.savePath = (options) => join(stick, options.defaultName ?? 'x.xlsx')
    const running = app.page.evaluate(
      (ids) => window.__regularsHarness.openExport({ source: { ids }, scope: 'filtered', filterDescription: 'Wydali ponad 1 000 zł', visibleColumns: ['visits', 'tipsTotal'] }),
      filtered.map((c) => c.id!)
    )
    const options = app.page.getByTestId('export-options')
    await options.waitFor()
    expect(await options.innerText()).toContain(`Klienci z bieżącej listy (${filtered.length.toLocaleString('pl')})`)
    await app.page.getByTestId('export-include-orders').click()
    await app.page.waitForTimeout(300)
    await screenshot(app.page, 'options-pl.png', { folder: 'export' })
    await app.page.getByTestId('export-start').click()
    await running
    await expect.poll(() => app.page.locator('.n-message').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/Zapisano klienci-\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}\.xlsx\. Klienci: \d+, zamówienia i wizyty: \d+\s\d{3}\./)]))
    await screenshot(app.page, 'done-pl.png', { folder: 'export' })

    const files = readdirSync(stick)
    expect(files).toHaveLength(1)
    const book = readXlsx(join(stick, files[0]))
    expect(book.sheets.map((s) => s.name)).toEqual(['Klienci', 'Zamówienia'])
    const [sheet, orders] = book.sheets
    const header = sheet.rows[0].map((c) => c?.v)
    expect(header.slice(0, 3)).toEqual(['Utworzono', 'Imię', 'Nazwisko'])
    expect(header.slice(-2)).toEqual(['Wizyty', 'Napiwki'])
    const exported = filtered.filter((c) => !c.erased)
    expect(sheet.rows).toHaveLength(1 + exported.length)
    const col = (name: string) => header.indexOf(name)
    exported.forEach((customer, index) => {
      const row = sheet.rows[index + 1]
      expect(row[col('Nazwisko')]?.v ?? '').toBe(customer.lastName)
      expect(row[col('Wartość łączna')]).toMatchObject({ t: 'n', v: customer.totalValue / 100 })
      expect(row[col('Zamówienia')]).toMatchObject({ t: 'n', v: customer.orderCount })
      expect(row[col('Wizyty')]).toMatchObject({ t: 'n', v: customer.visits })
      expect(row[col('Utworzono')]?.t).toBe('n')
    })
    // The orders sheet has every order of every exported customer, no one else's.
    const sample = exported[3]
    const sampleOrders = await ordersOf(app, sample.id!)
    const orderRows = orders.rows.slice(1).filter((row) => row[0]?.v === sample.id)
    expect(orderRows).toHaveLength(sampleOrders.length)
    expect(orderRows.map((row) => row[7]?.v)).toEqual(sampleOrders.map((o) => o.value / 100))
    const exportedIds = new Set(exported.map((c) => c.id))
    for (const row of orders.rows.slice(1)) expect(exportedIds.has(row[0]?.v as number)).toBe(true)
  }, 180_000)

  it('exports the list screen’s filtered list through its bulk action, in the list’s order', async () => {
    await app.page.goto(`${app.page.url().split('#')[0]}#/customers`)
    await app.page.getByTestId('customer-row').first().waitFor()
    const surname = 'Nowak'
    await quickSearch(app.page, surname)
    // The list settles on the customers found (few enough that every row is drawn).
    await expect
      .poll(async () => (await app.page.getByTestId('customer-row').evaluateAll((rows) => rows.map((row) => row.textContent ?? ''))).every((text) => text.includes(surname)))
      .toBe(true)
    const shown = await shownCustomerIds(app.page)
    expect(shown.length).toBeGreaterThan(2)
    const stick = join(app.dataDir, 'PENDRIVE-LIST')
    mkdirSync(stick)
    app.answers.savePath = join(stick, 'nowakowie.xlsx')
    await app.page.getByTestId('bulk-export').click()
    await app.page.getByTestId('export-options').waitFor()
    await app.page.getByTestId('export-start').click()
    await expect.poll(() => readdirSync(stick)).toEqual(['nowakowie.xlsx'])
    const [sheet] = readXlsx(join(stick, 'nowakowie.xlsx')).sheets
    const header = sheet.rows[0].map((c) => c?.v)
    const byId = new Map(customers.map((c) => [c.id, c]))
    const names = sheet.rows.slice(1).map((row) => `${row[header.indexOf('Imię')]?.v ?? ''} ${row[header.indexOf('Nazwisko')]?.v ?? ''}`)
    // The table draws only the rows in view: those come first in the file, in the same order,
    // and the file has as many customers as the list says it holds.
    expect(names.slice(0, shown.length)).toEqual(shown.map((id) => `${byId.get(id)!.firstName} ${byId.get(id)!.lastName}`))
    // "40 z 2000 klientów": the first number is the list's.
    const listed = Number(/\d[\d\s\u00a0]*/.exec((await app.page.getByTestId('list-summary').textContent()) ?? '')?.[0].replace(/\D/g, ''))
    expect(names).toHaveLength(listed)
    for (const name of names) expect(name).toContain(surname)
    await quickSearch(app.page, '')
  })

  it('shows the export in the audit log with who, how many, which fields, filter and file', async () => {
    await app.page.goto(`${app.page.url().split('#')[0]}#/audit`)
    // The list's conditions are kept as data (this export was of ticked ids, with none); the file names it.
    const row = app.page.locator('[data-testid^="audit-row-"]').filter({ hasText: /klienci-\d{4}-\d{2}-\d{2}_/ }).first()
    await row.waitFor()
    const text = await row.innerText()
    // The signed-in person did it (the test owner), not "this PC".
    expect(text).toContain(TEST_OWNER.name)
    expect(text).toMatch(/klienci-\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}\.xlsx/)
    await row.getByRole('button', { name: 'Szczegóły' }).click()
    const details = await app.page.getByTestId('audit-details').innerText()
    await app.page.waitForTimeout(300)
    expect(details).toContain('Przefiltrowana lista')
    expect(details).toMatch(/Pola\s+Utworzono, Imię, Nazwisko/)
    await screenshot(app.page, 'audit-details-pl.png', { folder: 'export' })
    await app.page.keyboard.press('Escape')
    await installPrintExportHarness(app.page)
  })

  it('cancelled mid-export: no file on the stick, and the user is told', async () => {
    const stick = join(app.dataDir, 'PENDRIVE-2')
    mkdirSync(stick)
    app.answers.savePath = join(stick, 'wszyscy.xlsx')
    const running = app.page.evaluate(() => window.__regularsHarness.runExport({ source: { all: true }, scope: 'all', includeOrders: true, format: 'xlsx' }))
    const cancel = app.page.getByTestId('export-cancel')
    await cancel.waitFor()
    // Let the dialog finish fading in, for a screenshot a person can judge.
    await app.page.waitForTimeout(300)
    await screenshot(app.page, 'progress-pl.png', { folder: 'export' })
    await cancel.click()
    await expect(running).resolves.toBeNull()
    await expect.poll(() => app.page.locator('.n-message').allInnerTexts()).toEqual(expect.arrayContaining(['Eksport przerwany. Nie zapisano żadnego pliku.']))
    expect(readdirSync(stick)).toEqual([])
  })

  it('a stick that is gone: a translated explanation, nothing written', async () => {
    app.answers.savePath = join(app.dataDir, 'NO-SUCH-STICK', 'klienci.xlsx')
    const running = app.page.evaluate(() => window.__regularsHarness.runExport({ source: { ids: [1, 2, 3] }, scope: 'selected' }))
    await expect(running).resolves.toBeNull()
    const dialog = app.page.locator('.n-dialog')
    await expect.poll(() => dialog.innerText()).toContain('Nośnika lub folderu już nie ma')
    await screenshot(app.page, 'error-pl.png', { folder: 'export' })
    expect(existsSync(join(app.dataDir, 'NO-SUCH-STICK'))).toBe(false)
  })
})
