import { installDbProbe } from '../host/db-probe'
import { describe, expect, it, loadDemoData, screenshot } from './fixtures'

// The data layer in real Chromium with real IndexedDB: demo data loaded through the UI,
// every stored figure checked against a recomputation from the orders, and the search
// index answering the way the front desk types.

describe('the data layer in Chromium', () => {
  it('offers demo data on first start, cancels a load leaving the base empty, then loads the small size', async ({ launch }) => {
    const app = await launch()
    const { page } = app
    const offer = page.getByTestId('demo-offer')
    await offer.waitFor()
    await screenshot(page, 'demo-offer-en.png')

    // Cancel a medium load part way: the database is empty again and the offer stays.
    await page.getByTestId('demo-size-medium').click()
    await page.getByTestId('demo-load').click()
    await page.getByTestId('demo-progress').waitFor()
    await expect.poll(() => page.getByTestId('demo-progress').innerText(), { timeout: 60_000 }).toMatch(/Customers: [1-9]/)
    await screenshot(page, 'demo-offer-progress-en.png')
    await page.getByTestId('demo-cancel').click()
    await page.getByText('Loading was cancelled. The customer base is empty again.').waitFor({ timeout: 60_000 })
    await installDbProbe(page)
    await expect(page.evaluate(() => window.__regularsDbProbe.counts())).resolves.toEqual({ customers: 0, orders: 0 })

    await page.getByTestId('demo-size-small').click()
    await page.getByTestId('demo-load').click()
    await page.getByText('Demo data loaded: 2,000 customers, 20,000 visits and orders.').waitFor({ timeout: 90_000 })
    await expect(offer.count()).resolves.toBe(0)
    await expect(page.evaluate(() => window.__regularsDbProbe.counts())).resolves.toEqual({ customers: 2_000, orders: 20_000 })

    const check = await page.evaluate(() => window.__regularsDbProbe.check())
    expect(check.differences).toEqual([])
    expect(check).toMatchObject({ customersChecked: 2_000, ordersRead: 20_000, differenceCount: 0 })

    // Settings now says demo data needs an empty base.
    await page.getByTestId('nav-settings').click()
    await page.getByTestId('demo-only-empty').waitFor()
  })

  it('finds customers by a phone fragment, a Polish surname without diacritics and a Ukrainian name in Latin', async ({ launch }) => {
    const app = await launch()
    const { page } = app
    await loadDemoData(page, { customers: 2_000, orders: 20_000, seed: 11, now: Date.UTC(2026, 10, 22, 12) })

    // A phone fragment as the desk types it: "601 23" style, from the middle of a real number.
    const [withPhone] = await page.evaluate(() => window.__regularsDbProbe.customers([17]))
    expect(withPhone?.phones.length).toBeGreaterThan(0)
    const digits = withPhone!.phones[0]!.replace(/\D/g, '')
    const fragment = `${digits.slice(-7, -4)} ${digits.slice(-4, -2)}`
    const byPhone = await page.evaluate((query) => window.__regularsDbProbe.search(query), fragment)
    expect(byPhone.result).toContain(17)

    // Every hit of a folded query must really match; at least one is written with diacritics.
    const polish = await page.evaluate(async () => {
      const { result } = await window.__regularsDbProbe.search('wisniewsk')
      return (await window.__regularsDbProbe.customers(result)).map((row) => row!.lastName)
    })
    expect(polish.length).toBeGreaterThan(0)
    expect(polish).toContain('Wiśniewska')
    for (const name of polish) expect(name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()).toMatch(/^wisniewsk/)

    const ukrainian = await page.evaluate(async () => {
      const { result } = await window.__regularsDbProbe.search('shevchenko')
      return (await window.__regularsDbProbe.customers(result)).map((row) => row!.lastName)
    })
    expect(ukrainian).toContain('Шевченко')
    expect(new Set(ukrainian)).toEqual(new Set(['Шевченко', 'Shevchenko'].filter((name) => ukrainian.includes(name))))

    const firstAndLast = await page.evaluate(async () => {
      const { result } = await window.__regularsDbProbe.search('Olha Shevch')
      return (await window.__regularsDbProbe.customers(result)).map((row) => ({ first: row!.firstName, last: row!.lastName }))
    })
    for (const { first, last } of firstAndLast) {
      expect(['Ольга', 'Olha']).toContain(first)
      expect(last).toMatch(/^(Шевч|Shevch)/)
    }
  })

  it('offers demo data in the user\'s language, in the empty list and in Settings', async ({ launch }) => {
    const app = await launch({ locale: 'uk-UA' })
    const { page } = app
    await page.getByText('Спробуйте Regulars на демонстраційних даних').waitFor()
    await expect(page.getByTestId('demo-load').innerText()).resolves.toBe('Завантажити демонстраційні дані')
    await screenshot(page, 'demo-offer-uk.png')
    await page.getByTestId('nav-settings').click()
    await page.getByText('Демонстраційні дані', { exact: true }).waitFor()
    await expect(page.getByTestId('demo-size-full').innerText()).resolves.toContain('200')
    await screenshot(page, 'demo-offer-settings-uk.png', { fullPage: true })
  })
})
