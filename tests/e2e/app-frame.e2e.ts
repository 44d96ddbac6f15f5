import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it, screenshot, withDemoData } from './fixtures'

/** Where the nav's bar ends on the left of the page, in pixels. */
function navWidth(page: Page): Promise<number> {
  return page.getByTestId('app-nav').evaluate((nav) => nav.getBoundingClientRect().width)
}

describe('the app frame', () => {
  it('switches to Polish in Settings, remembers it after a restart, and shows the frame in Polish', async ({ launch }) => {
    let app = await launch({ locale: 'en-US' })
    const { page } = app
    await expect(page.getByTestId('nav-customers').textContent()).resolves.toContain('Customers')

    await page.getByTestId('nav-settings').click()
    await page.getByTestId('language-select').click()
    await page.getByText('Polski', { exact: true }).click()
    await expect.poll(() => page.getByTestId('nav-customers').textContent()).toContain('Klienci')
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('pl')

    await app.close()
    app = await launch({ locale: 'en-US', path: '#/settings' })
    const nav = await app.page.locator('nav').innerText()
    for (const word of ['Klienci', 'Import', 'Dziennik zdarzeń', 'Ustawienia']) expect(nav).toContain(word)
    await expect(app.page.locator('h1').textContent()).resolves.toBe('Ustawienia')

    await screenshot(app.page, 'frame-pl.png')
  })

  it('starts in the system language when none was chosen', async ({ launch }) => {
    const app = await launch({ locale: 'uk-UA' })
    await expect.poll(() => app.page.getByTestId('nav-customers').textContent()).toContain('Клієнти')
  })

  it('focuses the quick search with / and with Ctrl+K', async ({ launch }) => {
    const app = await launch({ path: '#/settings' })
    const { page } = app
    await page.locator('h1').click()
    await page.keyboard.press('/')
    await expect(page.evaluate(() => document.activeElement?.getAttribute('type'))).resolves.toBe('search')
    // The screen stays until the desk types: then the list shows what they typed.
    expect(page.url()).toContain('#/settings')
    await page.keyboard.type('a')
    await expect.poll(() => page.url()).toContain('#/customers')
    await page.keyboard.press('Escape')
    await expect.poll(() => page.url()).toContain('#/settings')
    await page.locator('h1').click()
    await page.keyboard.press('Control+k')
    await expect(page.evaluate(() => document.activeElement?.getAttribute('type'))).resolves.toBe('search')
  })

  it('carries IPC calls to main and answers malformed ones with an error envelope', async ({ dataDir, launch }) => {
    const target = join(dataDir, 'usb', 'customers.xlsx')
    const app = await launch({ answers: { savePath: target } })
    const { page } = app
    const info = await page.evaluate(() => window.regulars['app:info']({}))
    expect(info).toMatchObject({ ok: true, data: { name: 'Regulars', dataDir } })

    const saved = await page.evaluate(() => window.regulars['dialog:save-path']({ defaultName: 'customers-2026-11-22.xlsx' }))
    expect(saved).toEqual({ ok: true, data: { path: target } })
    expect(app.dialogCalls).toEqual([{ kind: 'save', options: { defaultName: 'customers-2026-11-22.xlsx' } }])

    const malformed = await page.evaluate(() =>
      (window.regulars['dialog:save-path'] as unknown as (input: unknown) => Promise<unknown>)({ defaultName: 42 })
    )
    expect(malformed).toMatchObject({ ok: false, error: { code: 'ipc.invalid-input' } })
    expect(app.dialogCalls).toHaveLength(1)
  })

  it('keeps the navigation and the search box on screen while a long page scrolls', async ({ launch }) => {
    const app = await launch({ locale: 'en-US', viewport: { width: 1366, height: 768 } })
    const { page } = app
    await withDemoData(page, { customers: 200, orders: 2_000, seed: 5 })
    // The new-customer form is taller than the window.
    await page.getByTestId('new-customer').click()
    await page.getByTestId('customer-form').waitFor()
    const main = page.locator('#main')
    await expect(main.evaluate((element) => element.scrollHeight > element.clientHeight)).resolves.toBe(true)

    await main.hover()
    await page.mouse.wheel(0, 5_000)
    await expect.poll(() => main.evaluate((element) => element.scrollTop)).toBeGreaterThan(0)
    // Only the main area moved: the window itself has nothing to scroll.
    await expect(page.evaluate(() => [window.scrollY, document.documentElement.scrollHeight - window.innerHeight])).resolves.toEqual([0, 0])
    const search = await page.getByTestId('quick-search').boundingBox()
    expect(search?.y).toBeGreaterThanOrEqual(0)
    expect(search?.y).toBeLessThan(40)
    const customersItem = await page.getByTestId('nav-customers').boundingBox()
    expect(customersItem?.y).toBeGreaterThanOrEqual(0)
    expect(customersItem?.y).toBeLessThan(200)
    await screenshot(page, 'frame-long-page-scrolled.png')
  })

  it('folds the navigation to icons on a narrow window, and remembers the choice', async ({ launch }) => {
    let app = await launch({ locale: 'pl-PL', viewport: { width: 1024, height: 768 } })
    expect(await navWidth(app.page)).toBeLessThan(60)
    // Icons only, but each place keeps its name for the mouse and the screen reader.
    await expect(app.page.getByTestId('nav-audit').getAttribute('title')).resolves.toBe('Dziennik zdarzeń')
    await expect(app.page.getByRole('link', { name: 'Dziennik zdarzeń' }).count()).resolves.toBe(1)
    await screenshot(app.page, 'frame-narrow-pl.png')

    await app.page.getByTestId('nav-toggle').click()
    await expect.poll(() => navWidth(app.page)).toBeGreaterThan(200)
    await app.close()
    app = await launch({ locale: 'pl-PL', viewport: { width: 1024, height: 768 } })
    expect(await navWidth(app.page)).toBeGreaterThan(200)

    await app.page.getByTestId('nav-toggle').click()
    await expect.poll(() => navWidth(app.page)).toBeLessThan(60)
    await app.close()
    app = await launch({ locale: 'pl-PL', viewport: { width: 1600, height: 900 } })
    expect(await navWidth(app.page)).toBeLessThan(60)
  })

  it('shows the whole navigation with words on a wide window', async ({ launch }) => {
    const app = await launch({ locale: 'en-US', viewport: { width: 1366, height: 768 } })
    expect(await navWidth(app.page)).toBeGreaterThan(200)
  })
})
