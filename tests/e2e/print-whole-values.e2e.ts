import { execFileSync } from 'node:child_process'
import { readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { LaunchedApp } from '../host/launch-app'
import { installPrintExportHarness } from '../host/print-export-harness'
import { artifactsFolder, customersUpTo, describe, expect, indexRows, it, loadDemoData, pdfText } from './fixtures'

/**
 * A printed call list is read by a person dialling: every phone number and every date must be
 * on the paper whole. The PDF is read back as laid out (`pdftotext -layout`) and each phone and
 * date the printout was given is looked for in it, as many times as it was printed.
 */

/** The list a manager prints when calling lapsed regulars: wide enough to need landscape. */
const columns = ['lastName', 'firstName', 'phone', 'otherPhones', 'email', 'orderCount', 'totalValue', 'lastActivityAt', 'lastOrderAt', 'createdAt', 'categories']
/** Columns whose values must be whole: the phones and the dates. */
const wholeColumns = new Set(['phone', 'otherPhones', 'lastActivityAt', 'lastOrderAt', 'createdAt'])

/** Intl's no-break and narrow no-break spaces read as plain spaces in the extracted text. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

function occurrences(text: string, value: string): number {
  let count = 0
  for (let at = text.indexOf(value); at !== -1; at = text.indexOf(value, at + value.length)) count++
  return count
}

function renderPages(file: string, name: string): void {
  const shots = artifactsFolder('print')
  for (const old of readdirSync(shots).filter((f) => f.startsWith(`${name}-`))) rmSync(join(shots, old))
  execFileSync('pdftoppm', ['-png', '-r', '80', file, join(shots, name)])
}

const languages = [
  { locale: 'en-US', sorted: 'Sorted by: Last activity ↓', column: 'Last activity', leftOut: /Columns? left out for lack of room: /, savedAs: /^customers-\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}\.pdf$/ },
  { locale: 'pl-PL', sorted: 'Sortowanie: Ostatnia aktywność ↓', column: 'Ostatnia aktywność', leftOut: /Pominięt[ae] kolumn[ay] \(brak miejsca\): /, savedAs: /^klienci-\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}\.pdf$/ }
]

describe('a printed list keeps every phone and date whole', () => {
  for (const language of languages) {
    it(`in ${language.locale}: each phone and date of the printed customers is on the paper whole, and the header reads "${language.sorted}"`, async ({ launch }) => {
      const app: LaunchedApp = await launch({ locale: language.locale })
      await loadDemoData(app.page, { customers: 2000, orders: 20000, seed: 20, now: Date.UTC(2026, 11, 6, 12) })
      await installPrintExportHarness(app.page)
      // The customers with the most phone numbers first (the widest cells), then the rest of the first 200.
      const customers = (await customersUpTo(app.page, 200)).filter((customer) => !customer.erased)
      customers.sort((a, b) => b.phones.length - a.phones.length)
      const ids = customers.slice(0, 120).map((customer) => customer.id!)

      const target = join(app.dataDir, `list-${language.locale}.pdf`)
      app.answers.savePath = target
      const printed = await app.page.evaluate(
        ({ ids, columns, column }) => window.__regularsHarness.printList({ source: { ids }, columns, sort: { column, descending: true } }, 'pdf'),
        { ids, columns, column: language.column }
      )
      expect(printed).toBe(true)
      expect(app.dialogCalls.at(-1)?.options.defaultName).toMatch(language.savedAs)
      renderPages(target, `whole-values-${language.locale}`)

      const text = plain(pdfText(target))
      expect(text).toContain(language.sorted)
      expect(text).not.toMatch(/Sort(ed by|owanie): Sort/)
      // Columns the landscape page cannot hold are left out whole, and the paper says which; never
      // a phone. Eleven columns of the demo base in English or Polish leave out at most two.
      const [logged] = await indexRows<{ details: { fields: string[]; leftOut?: string[] } }>(app.page, { store: 'audit', index: 'action', key: 'print' })
      const leftOut = logged!.details.leftOut ?? []
      expect(leftOut).not.toContain('phone')
      expect(leftOut).not.toContain('otherPhones')
      expect(leftOut.length).toBeLessThanOrEqual(2)
      if (leftOut.length) expect(text).toMatch(language.leftOut)
      const cells = await app.page.evaluate(({ ids, columns }) => window.__regularsHarness.printedCells(ids, columns), { ids, columns })
      expect(cells).toHaveLength(ids.length)
      const wanted = new Map<string, number>()
      let phones = 0
      for (const row of cells)
        columns.forEach((key, index) => {
          if (!wholeColumns.has(key) || leftOut.includes(key)) return
          for (const line of plain(row[index] ?? '').split('\n').filter(Boolean)) {
            wanted.set(line, (wanted.get(line) ?? 0) + 1)
            if (key === 'phone' || key === 'otherPhones') phones++
          }
        })
      // Enough phones and dates that a cut one would show.
      expect(phones).toBeGreaterThan(120)
      expect(wanted.size).toBeGreaterThan(150)
      const cut = [...wanted].filter(([value, times]) => occurrences(text, value) < times).map(([value]) => value)
      expect(cut).toEqual([])

      // The card of the busiest of them: its orders' columns never run together ("11:00 AMStudio", "20.00Koloryzacja").
      const busiest = customers.sort((a, b) => b.orderCount - a.orderCount)[0]!
      const card = join(app.dataDir, `card-${language.locale}.pdf`)
      app.answers.savePath = card
      expect(await app.page.evaluate((id) => window.__regularsHarness.printCard(id, 'pdf'), busiest.id!)).toBe(true)
      renderPages(card, `whole-values-card-${language.locale}`)
      const cardText = plain(pdfText(card))
      expect(cardText.match(/\d(?:AM|PM)?\p{Lu}\p{Ll}|(?:AM|PM)\p{L}/gu) ?? []).toEqual([])
    }, 240_000)
  }
})
