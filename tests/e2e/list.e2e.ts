import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { searchQueryAlternatives, tokensMatch } from '../../shared/domain/search-tokens'
import type { Customer } from '../../shared/domain/types'
import { installDbProbe } from '../host/db-probe'
import type { LaunchedApp } from '../host/launch-app'
import { artifactsFolder, describe, expect, it as e2eIt, loadListBase, pdfText, quickSearch, screenshot, shownCustomerIds, spaced } from './fixtures'

/**
 * The customer list driven as a manager would: real Chromium, real IndexedDB with
 * seeded demo data (2 000 customers / 20 000 orders), the built renderer. The data is loaded
 * once into a template profile; each test works on its own copy.
 */

const DAY = 86_400_000
const demoNow = Date.now()
/** The data folder of the file's template profile. */
let template = ''
let all: Customer[] = []

interface ListOptions {
  locale?: string
  viewport?: { width: number; height: number }
}

/** `openList(options)`: the app on the list, on a fresh copy of the template (a second call in a test starts from the template again). */
const it = e2eIt.extend('openList', async ({ dataDir, launch }) => async (options: ListOptions = {}): Promise<LaunchedApp> => {
  rmSync(dataDir, { recursive: true, force: true })
  cpSync(template, dataDir, { recursive: true })
  const app = await launch({ locale: options.locale, viewport: options.viewport, path: '#/customers' })
  await app.page.getByTestId('customer-row').first().waitFor()
  return app
})

it.beforeAll(async ({ fileDataDir, launchForFile }) => {
  template = fileDataDir
  all = await loadListBase(launchForFile, demoNow)
}, 180_000)

async function screenshotSettled(page: Page, name: string): Promise<void> {
  // As a manager sees it once the list has settled: the count known, nothing loading.
  await expect.poll(() => page.getByTestId('list-busy').count()).toBe(0)
  await expect.poll(() => page.getByTestId('customer-row-loading').count()).toBe(0)
  await page.waitForTimeout(400)
  await screenshot(page, name)
}

function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/Ł/g, 'L').toLowerCase()
}

/** Matches the quick search the way the app defines it (shared rule, evaluated here on the data read back). */
function matching(query: string): Customer[] {
  const words = searchQueryAlternatives(query)
  return all.filter((customer) => tokensMatch(customer.tokens, words))
}

function byActivity(customers: Customer[]): number[] {
  return [...customers].sort((a, b) => b.lastActivityAt - a.lastActivityAt || b.id! - a.id!).map((customer) => customer.id!)
}

async function summary(page: Page): Promise<string> {
  return spaced(await page.getByTestId('list-summary').textContent())
}

describe('the customer list', () => {
  it('shows the demo base, most recent activity first, in English and Ukrainian', async ({ openList }) => {
    let app = await openList({ viewport: { width: 1440, height: 900 } })
    const { page } = app
    await expect.poll(() => summary(page)).toBe('2,000 customers')
    expect((await shownCustomerIds(page)).slice(0, 10)).toEqual(byActivity(all).slice(0, 10))
    await expect(page.locator('[data-column="lastActivityAt"]').getAttribute('aria-sort')).resolves.toBe('descending')
    await screenshotSettled(page, 'list-en.png')
    await app.close()

    app = await openList({ locale: 'uk-UA', viewport: { width: 1440, height: 900 } })
    await expect.poll(() => summary(app.page)).toBe('2 000 клієнтів')
    await screenshotSettled(app.page, 'list-uk.png')
  })

  it('finds customers by a phone fragment and by a Polish surname typed without diacritics, and opens the single match with Enter', async ({ openList }) => {
    const app = await openList()
    const { page } = app
    const withPhone = all.find((customer) => customer.phones[0]?.startsWith('+48') && customer.lastName !== '')!
    const fragment = withPhone.phones[0]!.replace(/\D/g, '').slice(-7, -2)
    const byPhone = matching(fragment)
    await quickSearch(page, `${fragment.slice(0, 2)} ${fragment.slice(2)}`)
    await expect.poll(() => summary(page)).toBe(`${byPhone.length} ${byPhone.length === 1 ? 'match' : 'matches'} of 2,000 customers`)
    expect(await shownCustomerIds(page)).toEqual(byActivity(byPhone).slice(0, (await shownCustomerIds(page)).length))
    expect(await shownCustomerIds(page)).toContain(withPhone.id)

    const polish = all.find((customer) => /[ąćęłńóśźż]/.test(customer.lastName) && matching(folded(customer.lastName)).length >= 2)!
    const typed = folded(polish.lastName)
    expect(typed).not.toBe(polish.lastName.toLowerCase())
    const bySurname = matching(typed)
    await quickSearch(page, typed)
    await expect.poll(() => summary(page)).toBe(`${bySurname.length} matches of 2,000 customers`)
    const names = await page.getByTestId('customer-row').locator('.cell--name').allTextContents()
    expect(names.some((name) => name.includes(polish.lastName))).toBe(true)
    expect((await shownCustomerIds(page)).slice(0, 5)).toEqual(byActivity(bySurname).slice(0, 5))

    // A unique match: Enter in the search box opens that customer's card.
    const unique = all.find((customer) => customer.emails[0] && matching(customer.emails[0]).length === 1)!
    await quickSearch(page, unique.emails[0]!)
    await expect.poll(() => summary(page)).toBe('1 match of 2,000 customers')
    await page.getByTestId('quick-search').locator('input').press('Enter')
    await expect.poll(() => page.url()).toContain(`#/customers/${unique.id}`)
  })

  it('sorts by total value both ways with an arrow, and keeps a hidden column hidden after a reload', async ({ openList }) => {
    const app = await openList()
    const { page } = app
    const header = page.locator('[data-column="totalValue"]')
    await header.getByRole('button').click()
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending')
    await expect(header.textContent()).resolves.toContain('▼')
    const highest = [...all].sort((a, b) => b.totalValue - a.totalValue || b.id! - a.id!).map((customer) => customer.id)
    await expect.poll(async () => (await shownCustomerIds(page)).slice(0, 8)).toEqual(highest.slice(0, 8))
    await header.getByRole('button').click()
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending')
    await expect.poll(async () => (await shownCustomerIds(page)).slice(0, 8)).toEqual([...highest].reverse().slice(0, 8))

    await page.getByTestId('column-menu').click()
    await page.getByTestId('column-toggle-email').uncheck()
    await expect.poll(() => page.locator('[data-column="email"]').count()).toBe(0)
    await page.reload()
    await page.getByTestId('customer-row').first().waitFor()
    await expect(page.locator('[data-column="email"]').count()).resolves.toBe(0)
    // The sort is remembered too.
    await expect(page.locator('[data-column="totalValue"]').getAttribute('aria-sort')).resolves.toBe('ascending')
  })

  it('records how a customer found us in the form: the card and the list column show it, and the column sorts with those without one last', async ({ openList }) => {
    const app = await openList()
    const { page } = app
    const chosen = all.find((customer) => !customer.referral && !customer.erased && customer.firstName && customer.lastName)!
    await page.evaluate((id) => (location.hash = `#/customers/${id}/edit`), chosen.id!)
    await page.getByTestId('customer-form').waitFor()
    await expect.poll(() => page.getByTestId('field-firstName').locator('input').inputValue()).toBe(chosen.firstName)
    await page.getByTestId('field-referral').click()
    await page.locator('.n-base-select-option', { hasText: 'Instagram' }).click()
    await page.getByTestId('field-referral-note').locator('input').fill('saw the reel')
    await page.getByTestId('save-customer').click()
    await page.locator(`[data-testid="customer-card"][data-customer-id="${chosen.id}"]`).waitFor()
    await expect.poll(() => page.getByTestId('contact-referral').innerText()).toBe('Instagram — saw the reel')

    // The list: the column shown, the customer's row carries it; sorted A→Z by source, those without one last.
    await page.evaluate(() => (location.hash = '#/customers'))
    await page.getByTestId('customer-row').first().waitFor()
    await page.getByTestId('column-menu').click()
    await page.getByTestId('column-toggle-referral').check()
    await quickSearch(page, `${chosen.firstName} ${chosen.lastName}`)
    const row = page.locator(`[data-testid="customer-row"][data-id="${chosen.id}"]`)
    await expect.poll(() => row.locator('.cell--text').last().innerText()).toBe('Instagram — saw the reel')
    await quickSearch(page, '')
    const header = page.locator('[data-column="referral"]')
    await header.getByRole('button').click()
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending')
    const edited = all.map((customer) => (customer.id === chosen.id ? { ...customer, referral: { sourceId: 3, note: 'saw the reel' } } : customer))
    const bySource = edited.filter((customer) => customer.referral).sort((a, b) => a.referral!.sourceId - b.referral!.sourceId || a.id! - b.id!)
    await expect.poll(async () => (await shownCustomerIds(page)).slice(0, 8)).toEqual(bySource.slice(0, 8).map((customer) => customer.id))
    await header.getByRole('button').click()
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending')
    await expect.poll(async () => (await shownCustomerIds(page)).slice(0, 8)).toEqual([...bySource].reverse().slice(0, 8).map((customer) => customer.id))
    await screenshotSettled(page, 'list-referral-en.png')
    await page.evaluate(() => (location.hash = '#/settings'))
    await page.getByTestId('settings-referral').waitFor()
    await page.getByTestId('settings-referral').screenshot({ path: join(artifactsFolder('screenshots'), 'settings-referral-en.png') })
  })

  it('filters "not seen for 90 days" + a category, saves it as a segment that the side bar counts, and scrolls to its end', async ({ openList }) => {
    const app = await openList()
    const { page } = app
    await page.getByTestId('open-filters').click()
    const notSeen = page.getByTestId('filter-not-seen').locator('input')
    await notSeen.fill('90')
    await notSeen.press('Enter')
    await page.getByTestId('filter-categories').click()
    await page.locator('.n-base-select-option', { hasText: /^VIP$/ }).click()
    await page.keyboard.press('Escape')
    await screenshotSettled(page, 'list-filters-en.png')
    await page.getByTestId('filters-done').click()

    const vip = 1 // the demo's first category
    const expected = () => all.filter((customer) => customer.lastOrderAt > 0 && customer.lastOrderAt <= Date.now() - 90 * DAY && customer.categoryIds.includes(vip))
    await expect.poll(() => summary(page)).toBe(`${expected().length} matches of 2,000 customers`)
    await expect(page.getByTestId('chip-notSeenDays').textContent()).resolves.toContain('Not seen for 90 days')
    await expect(page.getByTestId('chip-categoryIds').textContent()).resolves.toContain('Category: VIP')
    expect((await shownCustomerIds(page)).slice(0, 6)).toEqual(byActivity(expected()).slice(0, 6))

    // The last rows come up at once when scrolled to the end.
    await page.getByTestId('customer-table').evaluate((table) => table.scrollTo(0, table.scrollHeight))
    await expect.poll(async () => (await shownCustomerIds(page)).includes(byActivity(expected()).at(-1)!)).toBe(true)

    await page.getByTestId('chips-save-segment').click()
    await page.getByTestId('segment-name').locator('input').fill('Lapsed VIPs')
    await page.getByTestId('segment-description').locator('textarea').fill('VIPs who have not been in for three months')
    await page.getByTestId('segment-save').click()
    const nav = page.getByTestId('segment-nav')
    await expect.poll(() => nav.textContent()).toContain('Lapsed VIPs')
    const share = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: expected().length / 2000 < 0.1 ? 1 : 0 }).format(expected().length / 2000)
    await expect.poll(async () => spaced(await nav.textContent())).toContain(`${expected().length}· ${share} of all`)
    await expect(page.getByTestId('segment-header').textContent()).resolves.toContain('VIPs who have not been in for three months')

    // The segment stays: back to all customers, then a click in the side bar brings its filters back.
    await page.getByTestId('chips-clear').click()
    await expect.poll(() => summary(page)).toBe('2,000 customers')
    await nav.getByText('Lapsed VIPs').click()
    await expect.poll(() => summary(page)).toBe(`${expected().length} matches of 2,000 customers`)
    await screenshotSettled(page, 'list-segment-en.png')
  })

  it('ticks rows (with a shift-click range) and adds them to a category created on the spot', async ({ openList }) => {
    const app = await openList()
    const { page } = app
    const ticks = page.getByTestId('tick-row')
    await ticks.nth(1).click()
    await ticks.nth(3).click({ modifiers: ['Shift'] })
    await expect.poll(() => page.getByTestId('bulk-scope').textContent()).toBe('3 customers ticked')
    const chosen = (await shownCustomerIds(page)).slice(1, 4)

    await page.getByTestId('bulk-category').click()
    await page.getByTestId('bulk-add-category').click()
    await expect(page.getByTestId('membership-affects').textContent()).resolves.toBe('This applies to the 3 ticked customers.')
    await page.getByTestId('membership-new').click()
    await page.getByTestId('membership-new-name').locator('input').fill('Wedding party')
    await screenshotSettled(page, 'list-add-category-en.png')
    await page.getByTestId('membership-confirm').click()
    await expect.poll(() => page.getByTestId('membership-dialog').count()).toBe(0)

    await installDbProbe(page)
    const after = await page.evaluate((ids) => window.__regularsDbProbe.customers(ids), chosen)
    const categoryIds = after.map((customer) => customer!.categoryIds)
    const created = Math.max(...categoryIds.flat())
    expect(created).toBeGreaterThan(6)
    for (const ids of categoryIds) expect(ids).toContain(created)
    // The chips show in those rows at once, and nothing else got the category.
    await expect.poll(() => page.locator('[data-testid="customer-row"]', { hasText: 'Wedding party' }).count()).toBe(3)
    await expect(page.getByTestId('bulk-scope').textContent()).resolves.toContain('Nothing ticked')
  })

  it('deletes three customers only after the exact typed word, saying how many first; never the whole unfiltered base', async ({ openList }) => {
    const app = await openList()
    const { page } = app
    // Nothing ticked and no filter or search: the whole base is not one word away.
    await expect(page.getByTestId('bulk-delete').isDisabled()).resolves.toBe(true)
    const ticks = page.getByTestId('tick-row')
    for (const index of [0, 2, 4]) await ticks.nth(index).click()
    const doomed = (await shownCustomerIds(page)).filter((_, index) => [0, 2, 4].includes(index))

    await page.getByTestId('bulk-delete').click()
    const dialog = page.getByTestId('delete-dialog')
    const text = await dialog.textContent()
    expect(text).toContain('Delete 3 customers?')
    expect(text!.indexOf('3 ticked customers will be deleted.')).toBeGreaterThan(-1)
    expect(text!.indexOf('3 ticked customers will be deleted.')).toBeLessThan(text!.indexOf('type DELETE'))
    const confirm = page.getByTestId('delete-confirm')
    await expect(confirm.isDisabled()).resolves.toBe(true)
    await page.getByTestId('delete-word').locator('input').fill('delet')
    await expect(confirm.isDisabled()).resolves.toBe(true)
    // The word exactly as shown: "delete" is not "DELETE".
    await page.getByTestId('delete-word').locator('input').fill('delete')
    await expect(confirm.isDisabled()).resolves.toBe(true)
    await page.getByTestId('delete-word').locator('input').fill('DELETE')
    await expect(confirm.isDisabled()).resolves.toBe(false)
    await screenshotSettled(page, 'list-delete-en.png')
    await confirm.click()

    await expect.poll(() => page.getByTestId('delete-dialog').count()).toBe(0)
    await screenshotSettled(page, 'list-after-delete.png')
    await expect.poll(() => summary(page)).toBe('1,997 customers')
    for (const id of doomed) expect(await shownCustomerIds(page)).not.toContain(id)
    await installDbProbe(page)
    const gone = await page.evaluate((ids) => window.__regularsDbProbe.customers(ids), doomed)
    expect(gone.every((customer) => customer === undefined || customer === null)).toBe(true)
    const check = await page.evaluate(() => window.__regularsDbProbe.check())
    expect(check.differenceCount).toBe(0)
  })

  it('manages categories and groups in Settings: create, rename, recolour, delete (saying how many customers lose it)', async ({ openList }) => {
    const app = await openList()
    const { page } = app
    await page.getByTestId('nav-settings').click()
    const categories = page.getByTestId('settings-categories')
    await categories.getByTestId('category-new-name').locator('input').fill('Birthday club')
    await categories.getByTestId('category-add').click()
    const row = categories.locator('tr', { hasText: 'Birthday club' })
    await expect.poll(() => row.count()).toBe(1)
    await expect.poll(async () => spaced(await row.textContent())).toContain('0 customers')
    const created = Number((await row.getAttribute('data-testid'))!.replace('category-row-', ''))

    await categories.getByTestId(`category-edit-${created}`).click()
    await categories.getByTestId('category-edit-name').locator('input').fill('Birthday club 2027')
    await categories.getByTestId('category-edit-color').click()
    await page.locator('.n-color-picker-panel input').first().fill('#8e44ad')
    await page.locator('.n-color-picker-panel input').first().press('Enter')
    await categories.getByTestId('category-edit-save').click()
    await expect.poll(() => categories.locator(`[data-testid="category-row-${created}"]`).textContent()).toContain('Birthday club 2027')
    const chip = categories.locator(`[data-testid="category-row-${created}"] .chip`)
    await expect.poll(() => chip.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(142, 68, 173)')

    // The demo's VIP category: deleting it says how many customers lose it.
    const vipCount = all.filter((customer) => customer.categoryIds.includes(1)).length
    await categories.getByTestId('category-delete-1').click()
    await expect.poll(async () => spaced(await page.locator('.n-popconfirm').textContent())).toContain(`${vipCount.toLocaleString('en')} customers lose this category`)
    await screenshotSettled(page, 'settings-categories-en.png')
    await page.locator('.n-popconfirm').getByRole('button', { name: 'Delete' }).click()
    await expect.poll(() => categories.locator('[data-testid="category-row-1"]').count()).toBe(0)
    await installDbProbe(page)
    const holders = await page.evaluate(() => window.__regularsDbProbe.customers([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))
    for (const customer of holders) expect(customer!.categoryIds).not.toContain(1)

    const groups = page.getByTestId('settings-groups')
    await groups.getByTestId('group-new-name').locator('input').fill('Partner: Bank Pekao')
    await groups.getByTestId('group-add').click()
    await expect.poll(() => groups.textContent()).toContain('Partner: Bank Pekao')
  })

  it('shows one store\'s own figures in its currency, and never mixes currencies', async ({ openList }) => {
    const app = await openList()
    const { page } = app
    await page.getByTestId('store-selector').click()
    await page.getByTestId('store-1').click()
    await expect.poll(() => page.getByTestId('chip-storeIds').textContent()).toBe('Store: Studio Mokotów')
    // A store of another currency starts a new selection: PLN and CZK cannot be summed.
    await page.getByTestId('store-3').click()
    await expect.poll(() => page.getByTestId('chip-storeIds').textContent()).toBe('Store: Studio Vinohrady')
    await page.locator('h1').click()
    await page.locator('[data-column="totalValue"]').getByRole('button').click()
    await expect.poll(() => page.locator('[data-column="totalValue"]').getAttribute('aria-sort')).toBe('descending')
    const firstTotal = await page.getByTestId('customer-row').first().locator('.cell--money').first().textContent()
    expect(firstTotal).toContain('CZK')
    const members = all.filter((customer) => customer.storeIds.includes(3))
    await expect.poll(() => summary(page)).toBe(`${members.length} matches of 2,000 customers`)
    await screenshotSettled(page, 'list-store-czk-en.png')
  })

  it('prints the searched list to PDF from the bulk bar, in the list\'s order, and starts a new customer from the search', async ({ openList }) => {
    const app = await openList()
    const { page } = app
    const surname = all.find((customer) => customer.lastName && matching(customer.lastName).length >= 3)!.lastName
    const expected = byActivity(matching(surname))
    await quickSearch(page, surname)
    await expect.poll(() => summary(page)).toContain(`${expected.length}`)

    // A searched list may be deleted whole with nothing ticked: the question names its count.
    await page.getByTestId('bulk-delete').click()
    await expect.poll(async () => spaced(await page.getByTestId('delete-dialog').textContent())).toContain(`Delete ${expected.length} customers?`)
    await page.getByTestId('delete-cancel').click()
    await expect.poll(() => page.getByTestId('delete-dialog').count()).toBe(0)

    const target = join(app.dataDir, 'stick', `${surname}.pdf`)
    mkdirSync(join(app.dataDir, 'stick'), { recursive: true })
    app.answers.savePath = target
    await page.getByTestId('bulk-print').click()
    await page.getByTestId('bulk-print-pdf').click()
    await expect.poll(() => existsSync(target)).toBe(true)
    const text = pdfText(target)
    const firstShown = all.find((customer) => customer.id === expected[0])!
    const lastShown = all.find((customer) => customer.id === expected.at(-1))!
    // Every matching customer is on the printout, in the list's order (most recent activity first).
    expect(text.indexOf(firstShown.firstName)).toBeGreaterThanOrEqual(0)
    expect(text.indexOf(`${firstShown.firstName}`)).toBeLessThanOrEqual(text.lastIndexOf(lastShown.firstName))
    expect(text.split(surname).length - 1).toBeGreaterThanOrEqual(expected.length)
    expect(text).toMatch(/1\s*\/\s*\d+|Page 1/)

    await page.getByTestId('new-customer').click()
    await expect.poll(() => page.url()).toContain('#/customers/new')
    expect(decodeURIComponent(page.url())).toContain(`q=${surname}`)
  })
})
