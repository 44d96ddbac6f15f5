import { join } from 'node:path'
import { describe, expect, it, screenshot } from './fixtures'

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
})
