import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import type { Customer } from '../../shared/domain/types'
import { customerRow, customersUpTo, describe, expect, it, ordersFrom, screenshot, signInAs, spaced, TEST_OWNER, withDemoData } from './fixtures'

// Visits as the desk records and corrects them, and figures that count only what has
// happened: a booking for tomorrow is upcoming, not money spent, until its time comes — then
// it counts without anyone touching it, and the checker agrees with the stored figures both
// before and after. The page's clock (Playwright's) stands in for the passing day.

/** The page's own "now" (the installed clock's). */
function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => Date.now())
}

/** A customer the desk would serve, with a few visits and nothing booked ahead. */
async function pickCustomer(page: Page, predicate: (customer: Customer) => boolean = () => true): Promise<Customer> {
  const now = await pageNow(page)
  for (const row of await customersUpTo(page, 200)) {
    if (row.blocked || row.erased || row.orderCount < 3 || !row.lastName || !predicate(row)) continue
    if ((await ordersFrom(page, row.id!, now)).length === 0) return row
  }
  throw new Error('no demo customer fits')
}

async function openCard(page: Page, id: number): Promise<void> {
  await page.evaluate((target) => (location.hash = `#/customers/${target}`), id)
  await page.locator(`[data-testid="customer-card"][data-customer-id="${id}"]`).waitFor()
  await page.getByTestId('card-name').waitFor()
}

async function text(page: Page, testId: string): Promise<string> {
  return spaced(await page.getByTestId(testId).innerText())
}

/** Picks the first store in PLN in the open visit form (the demo's main currency). */
async function choosePlnStore(page: Page): Promise<void> {
  await page.getByTestId('order-store').click()
  await page.locator('.n-base-select-option', { hasText: '(PLN)' }).first().click()
}

async function checkerDifferences(page: Page): Promise<unknown[]> {
  return (await page.evaluate(() => window.__regularsDbProbe.check())).differences
}

/** A feature's messages in one language, as the app shows them. */
function messages<T>(feature: string, code: string): T {
  return JSON.parse(readFileSync(join(import.meta.dirname, `../../renderer/src/i18n/messages/${feature}/${code}.json`), 'utf8'))
}

describe('visits and figures', () => {
  it('counts a booking only once its time has passed, with the checker agreeing at both times', { timeout: 240_000 }, async ({ launch }) => {
    const app = await launch({ locale: 'en-US' })
    const { page } = app
    // The page's timers and Date from now on follow this clock, which the test moves ahead.
    await page.clock.install({ time: Date.now() })
    await withDemoData(page, { customers: 200, orders: 2_000, seed: 5 })
    const chosen = await pickCustomer(page)
    await openCard(page, chosen.id!)
    const before = await customerRow(page, chosen.id!)

    // A booking for tomorrow 10:00 (the form's default) of 120.00 PLN.
    await page.getByTestId('add-booking').click()
    await page.getByTestId('add-order').waitFor()
    await choosePlnStore(page)
    await page.getByTestId('order-value').locator('input').fill('120')
    await page.getByTestId('order-save').click()
    await page.getByTestId('add-order').waitFor({ state: 'detached' })
    const [booking] = await ordersFrom(page, chosen.id!, await pageNow(page))
    expect(booking).toMatchObject({ kind: 'booking', status: 'accepted', value: 12_000 })

    // Upcoming, not history; not counted in any figure; the checker agrees today.
    await expect.poll(() => page.getByTestId('upcoming-table').locator('tr').count()).toBe(1)
    const waiting = await customerRow(page, chosen.id!)
    expect(waiting).toMatchObject({ orderCount: before.orderCount, totalValue: before.totalValue, lastOrderAt: before.lastOrderAt, estimatedAnnualValue: before.estimatedAnnualValue })
    await expect(text(page, 'figure-orders')).resolves.toContain(String(before.orderCount))
    await expect(checkerDifferences(page)).resolves.toEqual([])

    // The day passes with the card open: the booking's time comes and the app's own pass counts it.
    await page.clock.fastForward(booking!.at - (await pageNow(page)) + 61_000)
    // A day without a touch locks the desk; the same person signs back in to the open card.
    await signInAs(page, TEST_OWNER.name, TEST_OWNER.pin)
    await expect.poll(() => customerRow(page, chosen.id!).then((row) => row.orderCount), { timeout: 30_000 }).toBe(before.orderCount + 1)
    const counted = await customerRow(page, chosen.id!)
    expect(counted).toMatchObject({ totalValue: before.totalValue + 12_000, lastOrderAt: booking!.at })
    await expect.poll(() => text(page, 'figure-orders'), { timeout: 30_000 }).toContain(String(before.orderCount + 1))
    await expect.poll(() => page.getByTestId('upcoming-table').count(), { timeout: 30_000 }).toBe(0)
    await expect(checkerDifferences(page)).resolves.toEqual([])
  })

  for (const locale of ['pl-PL', 'uk-UA']) {
    const code = locale.slice(0, 2)
    it(`refuses an empty visit and edits a saved one in ${code}: the figures, the history and the order's changes follow`, { timeout: 240_000 }, async ({ launch }) => {
      const app = await launch({ locale, viewport: { width: 1366, height: 768 } })
      const { page } = app
      await withDemoData(page, { customers: 200, orders: 2_000, seed: 5 })
      // A customer with a permanent discount, so the visit form shows and applies it.
      const chosen = await pickCustomer(page, (row) => row.discountPercent > 0)
      await openCard(page, chosen.id!)
      const before = await customerRow(page, chosen.id!)
      const money = (minor: number) => spaced(new Intl.NumberFormat(code, { style: 'currency', currency: 'PLN', useGrouping: 'always' }).format(minor / 100))

      // Saved with nothing in it: refused with a message, nothing written.
      await page.getByTestId('add-visit').click()
      await page.getByTestId('add-order').waitFor()
      await choosePlnStore(page)
      await page.getByTestId('order-save').click()
      await expect.poll(async () => spaced(await page.getByTestId('order-value-item').innerText())).toContain(messages<{ addOrder: { errors: Record<string, string> } }>('card', code).addOrder.errors['nothing-sold'])
      expect((await customerRow(page, chosen.id!)).orderCount).toBe(before.orderCount)
      await screenshot(page, `visit-form-empty-${code}.png`)

      // One service of 200.00: the customer's discount is taken off (shown in the form).
      await page.getByTestId('order-add-line').click()
      await page.getByTestId('order-line-name-0').locator('input').fill(code === 'pl' ? 'Strzyżenie damskie' : 'Жіноча стрижка')
      await page.getByTestId('order-line-price-0').locator('input').fill('200')
      await page.getByTestId('order-line-price-0').locator('input').press('Tab')
      const discount = Math.round((20_000 * chosen.discountPercent) / 100)
      await expect.poll(() => text(page, 'order-discount-amount')).toBe(money(-discount))
      await screenshot(page, `visit-form-${code}.png`)
      await page.getByTestId('order-save').click()
      await page.getByTestId('add-order').waitFor({ state: 'detached' })
      const added = await customerRow(page, chosen.id!)
      expect(added).toMatchObject({ orderCount: before.orderCount + 1, totalValue: before.totalValue + 20_000 - discount })
      await expect.poll(() => text(page, 'figure-total')).toContain(money(added.totalValue))

      // Corrected from the history: the value charged was 150.00, with a tip of 10.00 and a note.
      await page.getByTestId('history-row').first().click()
      await page.getByTestId('order-detail').waitFor()
      await expect(text(page, 'detail-discount')).resolves.toBe(money(-discount))
      await page.getByTestId('edit-order-button').click()
      await page.getByTestId('edit-order').waitFor()
      await page.getByTestId('order-value').locator('input').fill('150')
      await page.getByTestId('order-tip').locator('input').fill('10')
      await page.getByTestId('order-tip').locator('input').press('Tab')
      await screenshot(page, `visit-edit-${code}.png`)
      await page.getByTestId('order-save').click()
      await page.getByTestId('edit-order').waitFor({ state: 'detached' })

      // The order's detail shows the new value and what changed; the card's figures follow.
      await expect.poll(() => text(page, 'detail-value')).toBe(money(15_000))
      await expect(page.getByTestId('order-change-value').innerText().then(spaced)).resolves.toContain(`${money(20_000 - discount)} → ${money(15_000)}`)
      await expect(page.getByTestId('order-change-tip').count()).resolves.toBe(1)
      await screenshot(page, `order-detail-edited-${code}.png`)
      const edited = await customerRow(page, chosen.id!)
      expect(edited).toMatchObject({ orderCount: added.orderCount, totalValue: before.totalValue + 15_000, tipsTotal: before.tipsTotal + 1_000 })
      await page.keyboard.press('Escape')
      await page.getByTestId('order-detail').waitFor({ state: 'detached' })
      await expect.poll(() => text(page, 'figure-total')).toContain(money(edited.totalValue))
      await expect.poll(() => page.getByTestId('history-row').first().innerText().then(spaced)).toContain(money(15_000))
      await screenshot(page, `card-history-${code}.png`, { fullPage: true })
      await expect(checkerDifferences(page)).resolves.toEqual([])

      // The audit log names the edit.
      await page.evaluate(() => (location.hash = '#/audit'))
      const action = messages<{ actions: Record<string, string> }>('audit', code).actions['order-edit']!
      const entry = page.locator('[data-testid^="audit-row-"]', { hasText: action }).first()
      await entry.dblclick()
      // Its details read the changes as the order's detail does, not as raw data.
      await expect.poll(() => page.getByTestId('audit-details').getByTestId('order-change-value').innerText().then(spaced)).toContain(`${money(20_000 - discount)} → ${money(15_000)}`)
      await expect(page.getByTestId('audit-details').innerText()).resolves.not.toContain('"changes"')
      await screenshot(page, `audit-order-edit-${code}.png`)
    })
  }
})
