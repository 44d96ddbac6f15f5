import type { Page } from 'playwright-core'
import type { Customer, Order } from '../../shared/domain/types'
import { customerRow, customersUpTo, describe, expect, it, ordersFrom, screenshot, spaced, withDemoData } from './fixtures'

// Two of the card's quieter promises: an erased customer's card shows no trace of the person
// (no consent history, no upcoming bookings — erase cancels them), and a merge offers, field by
// field, the more complete value, the older record's where both say as much.

async function openCard(page: Page, id: number): Promise<void> {
  await page.evaluate((target) => (location.hash = `#/customers/${target}`), id)
  await page.locator(`[data-testid="customer-card"][data-customer-id="${id}"]`).waitFor()
  await page.getByTestId('card-name').waitFor()
}

describe('erase and merge on the card', () => {
  it('erases a customer with upcoming bookings and a consent history: the card shows neither, the bookings are cancelled', { timeout: 180_000 }, async ({ launch }) => {
    const app = await launch({ locale: 'en-US' })
    const { page } = app
    await withDemoData(page, { customers: 200, orders: 2_000, seed: 5 })
    const now = Date.now()
    let chosen: Customer | undefined
    let upcoming: Order[] = []
    for (const row of await customersUpTo(page, 200)) {
      if (row.blocked || row.erased || !(row.consentEmail || row.consentSms)) continue
      upcoming = (await ordersFrom(page, row.id!, now)).filter((order) => order.status === 'accepted' || order.status === 'pending')
      if (upcoming.length > 0) {
        chosen = row
        break
      }
    }
    if (!chosen) throw new Error('no demo customer with a consent and an upcoming booking')
    await openCard(page, chosen.id!)
    await expect.poll(() => page.getByTestId('upcoming-table').locator('tr').count()).toBe(upcoming.length)
    await page.getByTestId('consent-history').waitFor()

    await page.getByTestId('card-more').click()
    await page.getByText('Erase personal data…').click()
    await page.getByTestId('confirm-erase').click()
    await expect.poll(() => page.getByTestId('card-name').innerText()).toBe('Erased customer')
    await screenshot(page, 'card-erased-en.png')
    // Nothing on the card to read the person from: no consent dates, sources or staff, no bookings.
    await expect(page.getByTestId('consents-panel').count()).resolves.toBe(0)
    await expect(page.getByTestId('consent-history').count()).resolves.toBe(0)
    await expect(page.getByTestId('upcoming-panel').count()).resolves.toBe(0)
    // The bookings are cancelled, by the person who erased; the figures never counted them.
    const after = await ordersFrom(page, chosen.id!, now)
    expect(after.filter((order) => upcoming.some((booked) => booked.id === order.id)).map((order) => order.status)).toEqual(upcoming.map(() => 'cancelled'))
    expect(await customerRow(page, chosen.id!)).toMatchObject({ erased: 1, orderCount: chosen.orderCount, totalValue: chosen.totalValue })
    expect((await page.evaluate(() => window.__regularsDbProbe.check())).differences).toEqual([])
  })

  it('offers the more complete value of each field, the older record’s where both say as much', { timeout: 180_000 }, async ({ launch }) => {
    const app = await launch({ locale: 'en-US' })
    const { page } = app
    await withDemoData(page, { customers: 200, orders: 2_000, seed: 9 })
    const older = (await customersUpTo(page, 200)).find((row) => !row.blocked && !row.erased && row.emails.length > 0 && row.phones.length > 0 && row.lastName.length >= 4 && !!row.firstName)
    if (!older) throw new Error('no demo customer fits')
    // Typed in again at the desk: a fuller first name, a typo in the surname (as long), the same phone, no e-mail.
    const firstName = `${older.firstName} Maria`
    const typo = `${older.lastName.slice(0, -1)}${older.lastName.endsWith('x') ? 'y' : 'x'}`
    await page.evaluate(() => (location.hash = '#/customers/new'))
    await page.getByTestId('customer-form').waitFor()
    await page.getByTestId('field-firstName').locator('input').fill(firstName)
    await page.getByTestId('field-lastName').locator('input').fill(typo)
    await page.getByTestId('field-phones-0').locator('input').fill(older.phones[0]!)
    await expect.poll(() => page.getByTestId('duplicate-phones-0').count()).toBe(1)
    await page.getByTestId('save-customer').click()
    await page.getByTestId('customer-card').waitFor()
    const newerId = Number(/#\/customers\/(\d+)$/.exec(page.url())![1])

    // Merged from the newer record's card: it is the kept one, yet the defaults take the fuller values.
    await page.getByTestId('duplicate-merge').click()
    await page.getByTestId('merge-view').waitFor()
    await expect.poll(() => page.url()).toContain(`#/customers/${newerId}/merge/${older.id}`)
    const result = async (field: string) => spaced(await page.getByTestId(`merge-result-${field}`).innerText())
    await expect.poll(() => result('firstName')).toBe(firstName)
    await expect(result('lastName')).resolves.toBe(older.lastName)
    await expect(result('emails')).resolves.toContain(older.emails[0]!)
    await screenshot(page, 'merge-defaults-en.png', { fullPage: true })
    await page.getByTestId('merge-confirm').click()
    await expect.poll(() => page.url()).toMatch(new RegExp(`#/customers/${newerId}$`))
    expect(await customerRow(page, newerId)).toMatchObject({ firstName, lastName: older.lastName, emails: older.emails })
  })
})
