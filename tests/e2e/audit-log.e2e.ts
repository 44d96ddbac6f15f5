import { join } from 'node:path'
import { installPrintExportHarness } from '../host/print-export-harness'
import { customersUpTo, describe, expect, it, screenshot, spaced, withDemoData } from './fixtures'

/**
 * The audit log read by a Polish and a Ukrainian manager: each reads it in their own language
 * (a list's filter and search described from data, not the sentence of whoever printed it),
 * customers named, the demo load's real count, and the log found by a customer's name.
 */

const languages = [
  { locale: 'pl-PL', demo: /klienci: 2 ?000, zamówienia: 20 000/, notSeen: /Nie (było|widziano)/, foreign: /Demo data|Customer list|Пошук|Клієнт/ },
  { locale: 'uk-UA', demo: /клієнти: 2 ?000, замовлення: 20 000/, notSeen: /Не було/, foreign: /Demo data|Customer list|Wyszukiwanie|Klient|Lista|Wydruk/ }
]

describe('the audit log in the reader\'s language', () => {
  for (const language of languages) {
    it(`in ${language.locale}: details read as words, customers named, searchable by name`, async ({ launch }) => {
      const app = await launch({ locale: language.locale, viewport: { width: 1366, height: 768 } })
      const { page } = app
      await withDemoData(page, { customers: 2000, orders: 20000, seed: 5, now: Date.UTC(2026, 11, 6, 12) })
      await installPrintExportHarness(page)
      const customer = (await customersUpTo(page, 30)).find((each) => !each.erased && each.lastName.length > 3)!

      app.answers.savePath = join(app.dataDir, 'list.pdf')
      await page.evaluate(
        () => window.__regularsHarness.printList({ source: { ids: Array.from({ length: 40 }, (_, i) => i + 1) }, columns: ['lastName', 'firstName', 'phone'], audit: { filters: { notSeenDays: 90 }, search: 'ko' } }, 'pdf')
      )
      app.answers.savePath = join(app.dataDir, 'card.pdf')
      await page.evaluate((id) => window.__regularsHarness.printCard(id, 'pdf'), customer.id!)

      await page.goto(page.url().replace(/#.*$/, '#/audit'))
      const table = page.getByTestId('audit-table')
      await expect.poll(() => table.locator('tbody tr').count()).toBe(3)
      const text = spaced(await table.innerText()).replace(/[\u00a0\u202f]/g, ' ')
      await screenshot(page, `audit-${language.locale}.png`)
      expect(text).not.toMatch(/[{}"]/)
      expect(text).not.toMatch(language.foreign)
      // The demo load counts its 2 000 customers, and says what it loaded.
      expect(text).toMatch(language.demo)
      expect(text).toContain(`${customer.firstName} ${customer.lastName}`.trim())
      expect(text).toMatch(language.notSeen)

      // The list printout's details: its filter and search in this language, its customers named.
      await table.locator('tbody tr').nth(1).getByRole('button').first().click()
      const details = page.getByTestId('audit-details')
      await details.waitFor()
      const detailsText = spaced(await details.innerText())
      await screenshot(page, `audit-details-${language.locale}.png`)
      expect(detailsText).not.toMatch(/[{}"]/)
      expect(detailsText).toMatch(language.notSeen)
      expect(detailsText).not.toMatch(language.foreign)
      await page.keyboard.press('Escape')
      await details.waitFor({ state: 'detached' })

      // Searching by the customer's name leaves the entries that name them: their card and the list they were on.
      await page.getByTestId('audit-filter-customer').locator('input').fill(`${customer.firstName} ${customer.lastName}`)
      await expect.poll(() => table.locator('tbody tr').count()).toBe(2)
      expect(await table.locator('tbody tr').first().innerText()).toContain(customer.lastName)
      await screenshot(page, `audit-search-${language.locale}.png`)
    }, 240_000)
  }
})
