import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import type { Customer } from '../../shared/domain/types'
import { readXlsx } from '../support/spreadsheet-reader'
import { customersUpTo, describe, expect, it, pdfText, quickSearch, screenshot, withDemoData, TEST_OWNER } from './fixtures'

// The customer card as the front desk uses it, in real Chromium with real IndexedDB: found
// through the quick search, a visit added, the history filtered, a consent recorded, orders
// put on hold, a duplicate created and merged, and the personal data erased.

async function customerRow(page: Page, id: number): Promise<Customer> {
  const [row] = await page.evaluate((ids) => window.__regularsDbProbe.customers(ids), [id])
  if (!row) throw new Error(`customer ${id} is gone`)
  return row
}

/** A customer the desk would look up: a name, a phone, a few past visits, not blocked. */
async function pickCustomer(page: Page, predicate: (customer: Customer) => boolean): Promise<Customer> {
  const found = (await customersUpTo(page, 200)).find(predicate)
  if (!found) throw new Error('no demo customer fits')
  return found
}

function money(minor: number, currency = 'PLN', locale = 'en'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(minor / 100)
}

async function openCard(page: Page, id: number): Promise<void> {
  await page.evaluate((target) => (location.hash = `#/customers/${target}`), id)
  // The card component stays when one card opens another: wait for this customer's data.
  await page.locator(`[data-testid="customer-card"][data-customer-id="${id}"]`).waitFor()
  await page.getByTestId('card-name').waitFor()
}

/** Hovers "Why?" on the refusal notice until the desk-only reason shows (the tooltip has a delay). */
async function showRefusalReason(page: Page): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    await page.mouse.move(0, 0)
    await page.getByTestId('order-refusal-reason').hover()
    try {
      await page.getByTestId('order-refusal-tooltip').waitFor({ state: 'visible', timeout: 3_000 })
      return
    } catch (error) {
      if (attempt >= 3) throw error
    }
  }
}

async function text(page: Page, testId: string): Promise<string> {
  return (await page.getByTestId(testId).innerText()).trim()
}

describe('the customer card', () => {
  it('serves the desk: search, add a visit, filter, consent, hold orders, duplicate, merge, erase', { timeout: 300_000 }, async ({ dataDir, launch }) => {
    const app = await launch({ locale: 'en-US' })
    const { page } = app
    await withDemoData(page, { customers: 200, orders: 2_000, seed: 5 })

    const chosen = await pickCustomer(page, (row) => !row.blocked && !row.erased && row.phones.length > 0 && row.orderCount >= 3 && !!row.firstName && !!row.lastName)
    const name = `${chosen.firstName} ${chosen.lastName}`

    // Open from the quick search: the name typed, Enter on the single match opens the card.
    await quickSearch(page, name)
    await expect.poll(() => page.evaluate((q) => window.__regularsDbProbe.search(q).then((hits) => hits.result.length), name)).toBe(1)
    // The list shows the single match (its row), then Enter opens it.
    await expect.poll(() => page.getByTestId('customer-row').count()).toBe(1)
    await page.getByTestId('quick-search').locator('input').press('Enter')
    await page.getByTestId('customer-card').waitFor()
    await expect.poll(() => page.url()).toMatch(new RegExp(`#/customers/${chosen.id}$`))
    await expect(text(page, 'card-name')).resolves.toBe(name)

    await screenshot(page, 'card-en.png', { fullPage: true })

    // Add a visit of 120.00 PLN in a PLN store: the overview counts it at once.
    const before = await customerRow(page, chosen.id!)
    await expect(text(page, 'figure-orders')).resolves.toContain(String(before.orderCount))
    await page.getByTestId('add-visit').click()
    await page.getByTestId('order-store').click()
    await page.locator('.n-base-select-option', { hasText: 'Studio Mokotów (PLN)' }).click()
    await page.getByTestId('order-value').locator('input').fill('120')
    await page.getByTestId('order-save').click()
    await page.getByTestId('add-order').waitFor({ state: 'detached' })
    const after = await customerRow(page, chosen.id!)
    expect(after.orderCount).toBe(before.orderCount + 1)
    expect(after.totalValue).toBe(before.totalValue + 12_000)
    await expect.poll(() => text(page, 'figure-orders')).toContain(String(after.orderCount))
    await expect.poll(() => text(page, 'figure-total')).toContain(money(after.totalValue))
    await expect.poll(() => text(page, 'figure-visits')).toContain(String(after.visits))

    // Filter the history by status: only completed visits, as many as the overview's visits.
    await page.getByTestId('status-filter-completed').click()
    await expect.poll(async () => [...new Set(await page.getByTestId('history-status').allInnerTexts())]).toEqual(['Completed'])
    await expect.poll(() => text(page, 'history-count')).toMatch(new RegExp(`of ${after.visits}$`))
    await page.getByTestId('status-filter-completed').click()

    // Record an SMS consent at the desk: the state and the history show it.
    await page.getByTestId('record-consent').click()
    await page.getByTestId('consent-channel-sms').click()
    await page.getByTestId('consent-give').click()
    await page.getByTestId('consent-save').click()
    await expect.poll(() => text(page, 'consent-sms')).toContain('Given')
    await expect.poll(() => text(page, 'consent-history')).toMatch(/SMS: given[\s\S]*At the desk/)
    expect((await customerRow(page, chosen.id!)).consentSms).toBe(1)

    // Access request: the customer's data as one .xlsx (profile, every order, consent history).
    const accessFile = join(dataDir, 'usb', 'access-request.xlsx')
    mkdirSync(join(dataDir, 'usb'), { recursive: true })
    app.answers.savePath = accessFile
    await page.getByTestId('card-more').click()
    await page.getByText('Export customer data (access request)').click()
    await expect.poll(() => existsSync(accessFile)).toBe(true)
    const book = readXlsx(accessFile)
    expect(book.sheets.map((sheet) => sheet.name)).toEqual(['Profile', 'Orders', 'Consent history'])
    expect(JSON.stringify(book.sheets[0]!.rows[1])).toContain(chosen.lastName)
    expect(book.sheets[1]!.rows.length - 1).toBeGreaterThanOrEqual(after.orderCount)
    const consentRows = book.sheets[2]!.rows.slice(1).map((row) => row.map((cell) => cell?.v))
    // The consent names who recorded it: the signed-in person.
    expect(consentRows).toContainEqual(expect.arrayContaining(['SMS', 'At the desk', TEST_OWNER.name]))
    expect(app.dialogCalls.at(-1)?.options.defaultName).toMatch(/\.xlsx$/)

    // A second record typed in with the same phone (as the desk would type it, without +48):
    // the form warns while typing, with a link to the existing customer.
    const national = chosen.phones[0]!.replace(/^\+48/, '')
    const typed = `${national.slice(0, 3)} ${national.slice(3, 6)} ${national.slice(6)}`
    await page.evaluate(() => (location.hash = '#/customers/new'))
    await page.getByTestId('customer-form').waitFor()
    await page.getByTestId('field-firstName').locator('input').fill(chosen.firstName)
    await page.getByTestId('field-phones-0').locator('input').fill(typed)
    await expect.poll(() => page.getByTestId('duplicate-phones-0').count()).toBe(1)
    await expect(text(page, 'duplicate-phones-0')).resolves.toContain(`${name} already has this phone number.`)
    await screenshot(page, 'customer-form-duplicate-en.png')
    await expect(page.getByTestId('duplicate-phones-0').locator('a').getAttribute('href')).resolves.toBe(`#/customers/${chosen.id}`)
    await page.getByTestId('save-customer').click()
    await page.getByTestId('customer-card').waitFor()
    const duplicateId = Number(/#\/customers\/(\d+)$/.exec(page.url())![1])
    expect(duplicateId).not.toBe(chosen.id)
    await expect.poll(() => page.getByTestId('duplicate-hint').count()).toBe(1)

    // Merge them from the card's hint: keep the record with the history, take its name.
    await page.getByTestId('duplicate-merge').click()
    await page.getByTestId('merge-view').waitFor()
    await page.getByTestId('merge-swap').click()
    await expect.poll(() => page.url()).toContain(`#/customers/${chosen.id}/merge/${duplicateId}`)
    await expect.poll(() => text(page, 'merge-summary')).toContain('visits and orders move to the kept record')
    await screenshot(page, 'merge-en.png', { fullPage: true })
    await page.getByTestId('merge-confirm').click()
    await expect.poll(() => page.url()).toMatch(new RegExp(`#/customers/${chosen.id}$`))
    await page.getByTestId('card-name').waitFor()
    await expect(text(page, 'card-name')).resolves.toBe(name)
    await expect.poll(() => page.getByTestId('duplicate-hint').count()).toBe(0)
    await expect(page.evaluate((id) => window.__regularsDbProbe.customers([id]), duplicateId)).resolves.toEqual([undefined])

    // Hold orders: saved at once; the desk reads only "temporarily not possible", the reason is in a tooltip.
    await page.getByTestId('hold-switch').click()
    await expect.poll(() => page.getByTestId('order-refusal').count()).toBe(1)
    await expect(text(page, 'order-refusal')).resolves.toContain('Orders are temporarily not possible for this customer')
    expect((await text(page, 'order-refusal')).toLowerCase()).not.toContain('block')
    await expect(page.getByTestId('add-visit').isDisabled()).resolves.toBe(true)
    await showRefusalReason(page)
    await expect(text(page, 'order-refusal-tooltip')).resolves.toContain('on hold')
    expect((await customerRow(page, chosen.id!)).blocked).toBe(1)
    await screenshot(page, 'card-on-hold-en.png')

    // The block follows the person: a new record with the same phone is refused too.
    await page.evaluate(() => (location.hash = '#/customers/new'))
    await page.getByTestId('field-firstName').locator('input').fill('Another')
    await page.getByTestId('field-phones-0').locator('input').fill(typed)
    await page.getByTestId('save-customer').click()
    await page.getByTestId('customer-card').waitFor()
    const sharingId = Number(/#\/customers\/(\d+)$/.exec(page.url())![1])
    await expect.poll(() => page.getByTestId('order-refusal').count()).toBe(1)
    await expect(page.getByTestId('add-visit').isDisabled()).resolves.toBe(true)
    await showRefusalReason(page)
    await expect(text(page, 'order-refusal-tooltip')).resolves.toContain(name)
    await openCard(page, chosen.id!)

    // Erase: after the confirmation the card is an anonymous "Erased customer" ...
    await page.getByTestId('card-more').click()
    await page.getByText('Erase personal data…').click()
    await page.getByTestId('confirm-erase').click()
    await expect.poll(() => text(page, 'card-name')).toBe('Erased customer')
    await page.getByTestId('erased-notice').waitFor()
    const erased = await customerRow(page, chosen.id!)
    expect(erased).toMatchObject({ erased: 1, firstName: '', lastName: '', phones: [], emails: [], tokens: [], orderCount: after.orderCount, totalValue: after.totalValue })
    // ... found by neither the old name nor the phone.
    for (const query of [name, chosen.lastName, typed, national.slice(-6)]) {
      const hits = await page.evaluate((q) => window.__regularsDbProbe.search(q), query)
      expect(hits.result, query).not.toContain(chosen.id)
    }
    // In the list: the old name finds nobody; the phone finds only the other record that has it.
    await quickSearch(page, name)
    await expect.poll(() => page.getByTestId('list-summary').textContent()).toMatch(/^0 matches/)
    await quickSearch(page, typed)
    await expect.poll(() => page.getByTestId('customer-row').count()).toBe(1)
    await expect(page.getByTestId('customer-row').innerText()).resolves.toContain('Another')
    // With her contact data gone, nothing ties that record to the block any more.
    await openCard(page, sharingId)
    await expect.poll(() => page.getByTestId('card-name').innerText()).toBe('Another')
    await expect(page.getByTestId('order-refusal').count()).resolves.toBe(0)
  })

  it('undoes a merge from the audit log: both records and their histories come back', { timeout: 180_000 }, async ({ launch }) => {
    const app = await launch({ locale: 'en-US' })
    const { page } = app
    await withDemoData(page, { customers: 200, orders: 2_000, seed: 9 })
    const kept = await pickCustomer(page, (row) => !row.blocked && !row.erased && row.emails.length > 0 && row.orderCount >= 2 && !!row.lastName)
    // The same person typed in again under a nickname, with the same e-mail and a new phone.
    await page.evaluate(() => (location.hash = '#/customers/new'))
    await page.getByTestId('field-firstName').locator('input').fill('Kasia')
    await page.getByTestId('field-emails-0').locator('input').fill(kept.emails[0]!.toUpperCase())
    await expect.poll(() => page.getByTestId('duplicate-emails-0').count()).toBe(1)
    await page.getByTestId('field-phones-0').locator('input').fill('+48 512 345 678')
    await page.getByTestId('save-customer').click()
    await page.getByTestId('customer-card').waitFor()
    const otherId = Number(/#\/customers\/(\d+)$/.exec(page.url())![1])

    await page.getByTestId('duplicate-merge').click()
    await page.getByTestId('merge-swap').click()
    await expect.poll(() => page.url()).toContain(`#/customers/${kept.id}/merge/${otherId}`)
    await page.getByTestId('merge-confirm').click()
    await expect.poll(() => page.url()).toMatch(new RegExp(`#/customers/${kept.id}$`))
    expect((await customerRow(page, kept.id!)).phones).toContain('+48512345678')

    // Undo from the audit log.
    await page.evaluate(() => (location.hash = '#/audit'))
    const undo = page.locator('[data-testid^="audit-undo-"]').first()
    await undo.click()
    await page.locator('.n-dialog').getByRole('button', { name: 'Undo' }).click()
    await expect.poll(() => page.evaluate((id) => window.__regularsDbProbe.customers([id]).then((rows) => rows[0]?.firstName), otherId)).toBe('Kasia')
    const restored = await customerRow(page, kept.id!)
    expect(restored.phones).not.toContain('+48512345678')
    expect(restored.orderCount).toBe(kept.orderCount)
    const check = await page.evaluate(() => window.__regularsDbProbe.check())
    expect(check.differences).toEqual([])
    await openCard(page, kept.id!)
    await expect.poll(() => page.getByTestId('duplicate-hint').count()).toBe(1)

    // The duplicate is deleted instead, from its card, after a confirmation.
    await openCard(page, otherId)
    await page.getByTestId('card-more').click()
    await page.getByText('Delete customer…').click()
    await page.getByTestId('confirm-delete').click()
    await expect.poll(() => page.url()).toMatch(/#\/customers$/)
    await expect(page.evaluate((id) => window.__regularsDbProbe.customers([id]), otherId)).resolves.toEqual([undefined])
    await openCard(page, kept.id!)
    await expect.poll(() => page.getByTestId('duplicate-hint').count()).toBe(0)
  })

  for (const locale of ['fr-FR', 'bg-BG']) {
    const code = locale.slice(0, 2)
    it(`shows a full card in ${code}: figures, history, upcoming booking, consents, order detail`, { timeout: 180_000 }, async ({ dataDir, launch }) => {
      const app = await launch({ locale })
      const { page } = app
      await withDemoData(page, { customers: 200, orders: 2_000, seed: 5 })
      const chosen = await pickCustomer(
        page,
        (row) => !row.blocked && !row.erased && row.orderCount >= 6 && row.storeIds.length >= 1 && (row.allergies !== '' || row.preferences !== '') && row.emails.length > 0
      )
      await openCard(page, chosen.id!)
      // A booking made at the desk shows apart from the history.
      await page.getByTestId('add-booking').click()
      await page.getByTestId('add-order').waitFor()
      await screenshot(page, `add-booking-${code}.png`)
      await page.getByTestId('order-save').click()
      await page.getByTestId('add-order').waitFor({ state: 'detached' })
      await expect.poll(() => page.getByTestId('upcoming-table').locator('tr').count()).toBeGreaterThan(0)
      // Put the customer in a category from the card: a coloured chip, removable with its ×.
      const chipsBefore = await page.getByTestId('tags-panel').locator('.n-tag').count()
      await page.getByTestId('add-category').click()
      await page.locator('.n-base-select-option').first().click()
      await expect.poll(() => page.getByTestId('tags-panel').locator('.n-tag').count()).toBe(chipsBefore + 1)
      expect((await customerRow(page, chosen.id!)).categoryIds).toHaveLength(chosen.categoryIds.length + 1)
      await page.mouse.move(0, 0)
      await page.waitForTimeout(300)
      await screenshot(page, `card-${code}.png`, { fullPage: true })

      // "Save card as PDF" from the card's menu goes through the print service.
      const pdf = join(dataDir, `card-${code}.pdf`)
      app.answers.savePath = pdf
      await page.getByTestId('card-more').click()
      await page.locator('.n-dropdown-option').nth(2).click()
      await expect.poll(() => existsSync(pdf)).toBe(true)
      expect(pdfText(pdf)).toContain(chosen.lastName)

      await page.getByTestId('history-row').first().click()
      await page.getByTestId('order-detail').waitFor()
      await screenshot(page, `order-detail-${code}.png`)
      await page.keyboard.press('Escape')

      await page.evaluate((id) => (location.hash = `#/customers/${id}/edit`), chosen.id!)
      await page.getByTestId('customer-form').waitFor()
      await page.getByTestId('field-phones-0').locator('input').fill('12')
      await page.getByTestId('save-customer').click()
      await page.getByTestId('error-phones-0').waitFor()
      await screenshot(page, `customer-form-${code}.png`, { fullPage: true })
    })
  }
})
