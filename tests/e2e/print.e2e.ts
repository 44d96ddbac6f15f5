import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Customer } from '../../shared/domain/types'
import type { LaunchedApp } from '../host/launch-app'
import { installPrintExportHarness } from '../host/print-export-harness'
import { artifactsFolder, customersUpTo, describe, expect, indexRows, it, loadDemoData, pdfText } from './fixtures'

/** The audit log's print entries, straight from IndexedDB. */
function printEntries(app: LaunchedApp): Promise<Array<{ customerCount: number; details: Record<string, unknown> }>> {
  return indexRows(app.page, { store: 'audit', index: 'action', key: 'print' })
}

/** The PDF's text, page by page. */
function pdfPages(file: string): string[] {
  return pdfText(file).split('\f').filter((page) => page.trim() !== '')
}

/** Renders the PDF's pages to PNG files under tests/artifacts/print/ for a person to look at. */
function renderPages(file: string, name: string): string[] {
  const shots = artifactsFolder('print')
  for (const old of readdirSync(shots).filter((f) => f.startsWith(`${name}-`))) rmSync(join(shots, old))
  execFileSync('pdftoppm', ['-png', '-r', '80', file, join(shots, name)])
  return readdirSync(shots).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))
}

describe('printing', () => {
  let app: LaunchedApp
  let richest: Customer

  it.beforeAll(async ({ launchForFile }) => {
    app = await launchForFile({ locale: 'pl-PL' })
    await loadDemoData(app.page, { customers: 2600, orders: 26000, seed: 11, now: Date.UTC(2026, 10, 22, 12) })
    await installPrintExportHarness(app.page)
    const customers = await customersUpTo(app.page, 300)
    // A regular with history, notes and a phone: the card a manager would print.
    richest = customers.filter((c) => c && !c.erased && c.phones.length && c.notes).sort((a, b) => b.orderCount - a.orderCount)[0]
  })

  it('prints a customer card to an A4 PDF with the store, the date and page numbers', async () => {
    const target = join(app.dataDir, 'karta-klienta.pdf')
    app.answers.savePath = target
    await expect(app.page.evaluate((id) => window.__regularsHarness.printCard(id, 'pdf'), richest.id!)).resolves.toBe(true)
    expect(existsSync(target)).toBe(true)
    expect(app.dialogCalls.at(-1)?.options.defaultName).toMatch(/^karta-klienta-[\p{L}-]+-\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}\.pdf$/u)

    const info = execFileSync('pdfinfo', [target], { encoding: 'utf8' })
    renderPages(target, 'card')
    expect(info, info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/)
    const pages = pdfPages(target)
    const first = pages[0]
    expect(first).toContain(`${richest.firstName} ${richest.lastName}`.trim())
    expect(first).toContain('Kontakt')
    expect(first).toContain('Zamówienia i wizyty')
    // Running header and footer in the page margins, in Polish.
    expect(first).toMatch(/Wydrukowano \d/)
    pages.forEach((page, index) => expect(page).toContain(`Strona ${index + 1} z ${pages.length}`))
    // The app itself (navigation, search box) is not on paper.
    expect(first).not.toContain('Dziennik zdarzeń')
    expect(renderPages(target, 'card').length).toBe(pages.length)
    // The printout is in the audit log.
    expect(await printEntries(app)).toEqual([expect.objectContaining({ customerCount: 1, details: { what: 'customer-card', to: 'pdf', fileName: 'karta-klienta.pdf', pages: pages.length } })])
  })

  it('asks before printing a list over 2 000 rows, stating the page count, and the PDF has that many pages', async () => {
    const target = join(app.dataDir, 'lista.pdf')
    app.answers.savePath = target
    const ids = Array.from({ length: 2400 }, (_, i) => i + 1)
    const printing = app.page.evaluate(
      (ids) =>
        window.__regularsHarness.printList(
          { source: { ids }, columns: ['lastName', 'firstName', 'phone', 'email', 'orderCount', 'totalValue', 'lastOrderAt'], filterDescription: 'Wszyscy z Krakowa', landscape: false },
          'pdf'
        ),
      ids
    )
    const confirm = app.page.getByTestId('print-confirm')
    await confirm.waitFor()
    const question = await app.page.locator('.n-dialog.print-confirm-dialog').innerText()
    const promised = Number(/około (\d[\d\s\u00a0]*) stron/.exec(question)?.[1]?.replace(/\D/g, ''))
    expect(promised).toBeGreaterThan(40)
    await confirm.click()
    await expect(printing).resolves.toBe(true)
    renderPages(target, 'list')
    const pages = pdfPages(target)
    // The question says "about": the count comes from the list laid out on screen, the printer may break a row differently.
    expect(Math.abs(pages.length - promised)).toBeLessThanOrEqual(1)
    expect(pages[0]).toContain('Filtr: Wszyscy z Krakowa')
    expect(pages.at(-1)).toContain(`Strona ${pages.length} z ${pages.length}`)
    // Every page repeats the column headers.
    for (const page of pages) expect(page).toContain('Nazwisko')
    renderPages(target, 'list')
    const logged = (await printEntries(app)).at(-1)!
    expect(logged.details).toMatchObject({ what: 'customer-list', to: 'pdf', pages: pages.length })
    expect(logged.customerCount).toBeGreaterThan(2300)
  }, 480_000)

  it('shows a list\'s progress while it is read, and Cancel leaves no PDF and no audit entry', async () => {
    const target = join(app.dataDir, 'anulowana.pdf')
    app.answers.savePath = target
    const logged = (await printEntries(app)).length
    const printing = app.page.evaluate(() => {
      // The list's rows arrive slowly (a chunk a second), so there is time to cancel.
      async function* slowly() {
        for (let chunk = 0; chunk < 3; chunk++) {
          await new Promise((resolve) => setTimeout(resolve, 1000))
          yield Array.from({ length: 500 }, (_, i) => chunk * 500 + i + 1)
        }
      }
      return window.__regularsHarness.printList({ source: { chunks: slowly, total: 1500 }, columns: ['lastName', 'firstName'] }, 'pdf')
    })
    const progress = app.page.getByTestId('print-progress')
    await expect.poll(() => progress.locator('[role="status"]').innerText()).toMatch(/^Klienci: [\d\s\u00a0]+ z 1[\s\u00a0]500$/)
    await app.page.screenshot({ path: join(artifactsFolder('print'), 'list-progress-pl.png') })
    await app.page.getByTestId('print-cancel').click()
    await expect(printing).resolves.toBe(false)
    await expect.poll(() => app.page.locator('.n-message').allInnerTexts()).toEqual(expect.arrayContaining(['Drukowanie anulowane. Nic nie wydrukowano ani nie zapisano.']))
    expect(existsSync(target)).toBe(false)
    expect(await printEntries(app)).toHaveLength(logged)
    expect(await app.page.locator('.print-root').count()).toBe(0)
  })

  it('sends a short list to the system print dialog without asking', async () => {
    const before = app.printCalls.length
    await expect(
      app.page.evaluate(() => window.__regularsHarness.printList({ source: { ids: [1, 2, 3, 4, 5] }, columns: ['lastName', 'firstName'] }, 'printer'))
    ).resolves.toBe(true)
    expect(app.printCalls.slice(before)).toEqual([{ kind: 'printer', landscape: false }])
    expect(await app.page.locator('.print-root').count()).toBe(0)
  })
})
