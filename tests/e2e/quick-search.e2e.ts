import { cpSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { customerTokens, searchQueryAlternatives, tokensMatch } from '../../shared/domain/search-tokens'
import type { Customer } from '../../shared/domain/types'
import type { LaunchedApp, LaunchOptions } from '../host/launch-app'
import { describe, expect, it as e2eIt, loadListBase, quickSearch, screenshot, shownCustomerIds, spaced } from './fixtures'

/**
 * The quick search as the front desk works it under time pressure: from any screen, with the
 * keyboard only, never misled by a filter or a store chosen earlier, straight into a new
 * customer when no one matches, and the customers of an import found right after it. Seeded
 * demo data (2 000 customers) is loaded once into a template profile; each test works on a copy.
 */

const demoNow = Date.now()
let template = ''
let all: Customer[] = []

type Open = (options?: Omit<LaunchOptions, 'dataDir'>) => Promise<LaunchedApp>

const it = e2eIt.extend('openApp', async ({ dataDir, launch }): Promise<Open> => async (options = {}) => {
  rmSync(dataDir, { recursive: true, force: true })
  cpSync(template, dataDir, { recursive: true })
  const app = await launch({ path: '#/customers', ...options })
  await app.page.locator('.frame').waitFor()
  return app
})

it.beforeAll(async ({ fileDataDir, launchForFile }) => {
  template = fileDataDir
  all = await loadListBase(launchForFile, demoNow)
}, 180_000)

function matching(query: string): Customer[] {
  const words = searchQueryAlternatives(query)
  return all.filter((customer) => tokensMatch(customer.tokens, words))
}

function byActivity(customers: Customer[]): number[] {
  return [...customers].sort((a, b) => b.lastActivityAt - a.lastActivityAt || b.id! - a.id!).map((customer) => customer.id!)
}

const box = (page: Page) => page.getByTestId('quick-search').locator('input')
const summary = async (page: Page) => spaced(await page.getByTestId('list-summary').textContent())
const highlightedId = (page: Page) => page.locator('.row--highlighted').getAttribute('data-id').then(Number)
const route = (page: Page) => decodeURIComponent(new URL(page.url()).hash)

/** A surname several customers share, none of whom is in `store` (the outside case needs them all outside). */
function sharedSurname(count: number, outsideStore?: number): string {
  const found = all.find((customer) => {
    if (!customer.lastName) return false
    const hits = matching(customer.lastName)
    return hits.length >= count && hits.length <= 12 && (outsideStore === undefined || hits.every((hit) => !hit.storeIds.includes(outsideStore)))
  })
  return found!.lastName
}

/** One request on a store straight in IndexedDB, past the app's data layer (a row as an older version left it); resolves once committed. */
function raw(page: Page, request: { store: string; put?: unknown; delete?: string; get?: string }): Promise<unknown> {
  return page.evaluate(
    (request) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('regulars')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const transaction = open.result.transaction(request.store, 'readwrite')
          const store = transaction.objectStore(request.store)
          const asked = request.put !== undefined ? store.put(request.put) : request.delete !== undefined ? store.delete(request.delete) : store.get(request.get!)
          transaction.oncomplete = () => {
            open.result.close()
            resolve(asked.result)
          }
          transaction.onerror = () => reject(transaction.error)
        }
      }),
    request
  )
}

async function settled(page: Page): Promise<void> {
  await expect.poll(() => page.getByTestId('list-busy').count()).toBe(0)
  await expect.poll(() => page.getByTestId('customer-row-loading').count()).toBe(0)
}

async function chooseStore(page: Page, storeId: number): Promise<void> {
  await page.getByTestId('store-selector').click()
  await page.getByTestId(`store-${storeId}`).click()
  await page.locator('h1').click()
  await expect.poll(() => page.getByTestId('chip-storeIds').count()).toBe(1)
}

describe('the quick search', () => {
  it('works from the keyboard on any screen: typing on a card shows the list, ↓ ↓ Enter opens the third, Esc clears and goes back', async ({ openApp }) => {
    const surname = sharedSurname(4)
    const expected = byActivity(matching(surname))
    const card = all.find((customer) => !expected.includes(customer.id!))!
    const { page } = await openApp({ locale: 'en-US', path: `#/customers/${card.id}` })
    await page.getByTestId('customer-card').waitFor()

    // Typing where the card is: the list with the results, the first one marked for Enter.
    await page.locator('body').press('/')
    await page.keyboard.type(surname)
    await expect.poll(() => route(page)).toBe('#/customers')
    await expect.poll(() => summary(page)).toBe(`${expected.length} matches of 2,000 customers`)
    expect(await shownCustomerIds(page)).toEqual(expected)
    await expect.poll(() => highlightedId(page)).toBe(expected[0])

    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await expect.poll(() => highlightedId(page)).toBe(expected[2])
    await page.keyboard.press('ArrowUp')
    await expect.poll(() => highlightedId(page)).toBe(expected[1])
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await expect.poll(() => route(page)).toBe(`#/customers/${expected[2]}`)
    await expect.poll(() => page.getByTestId('customer-card').getAttribute('data-customer-id')).toBe(String(expected[2]))

    // The text stays selected: the next name typed replaces it and shows the list again; Esc clears it and goes back to the card.
    await page.keyboard.type(card.lastName || card.firstName)
    await expect.poll(() => route(page)).toBe('#/customers')
    await page.keyboard.press('Escape')
    await expect.poll(() => box(page).inputValue()).toBe('')
    await expect.poll(() => route(page)).toBe(`#/customers/${expected[2]}`)

    // Far down a long answer the highlighted row is scrolled into view, below the sticky header.
    await page.keyboard.type('a')
    await settled(page)
    for (let step = 0; step < 30; step++) await page.keyboard.press('ArrowDown')
    const rowIds = byActivity(matching('a'))
    await expect.poll(() => highlightedId(page)).toBe(rowIds[30])
    const table = (await page.getByTestId('customer-table').boundingBox())!
    const row = (await page.locator('.row--highlighted').boundingBox())!
    expect(row.y).toBeGreaterThanOrEqual(table.y + 40)
    expect(row.y + row.height).toBeLessThanOrEqual(table.y + table.height + 1)
  })

  it('never gives a silent zero: a store chosen earlier hides matches, the list says how many and shows them in one click', async ({ openApp }) => {
    const surname = sharedSurname(2, 3)
    const expected = byActivity(matching(surname))
    const { page } = await openApp({ locale: 'en-US' })
    await page.getByTestId('customer-row').first().waitFor()
    await chooseStore(page, 3)

    await quickSearch(page, surname)
    await expect.poll(() => page.getByTestId('list-no-matches').count()).toBe(1)
    const noun = expected.length === 1 ? 'customer matches' : 'customers match'
    await expect.poll(() => page.getByTestId('outside-matches').textContent()).toContain(`${expected.length} ${noun} outside your filters`)
    // One control clears the filters: the chips' own, none again under "No customer matches".
    expect(await page.locator('.customers').getByRole('button', { name: /clear .*filters/i }).count()).toBe(1)

    await page.getByTestId('outside-show-all').click()
    await expect.poll(() => page.getByTestId('chip-storeIds').count()).toBe(0)
    await expect.poll(() => summary(page)).toBe(`${expected.length} ${expected.length === 1 ? 'match' : 'matches'} of 2,000 customers`)
    expect(await shownCustomerIds(page)).toEqual(expected)
    expect(await page.getByTestId('outside-matches').count()).toBe(0)
    expect(await box(page).inputValue()).toBe(surname)
  })

  it('says how many more match outside the filters when some match inside', async ({ openApp }) => {
    // A surname with customers both in and out of store 1.
    const surname = all.find((customer) => {
      const hits = customer.lastName ? matching(customer.lastName) : []
      return hits.some((hit) => hit.storeIds.includes(1)) && hits.some((hit) => !hit.storeIds.includes(1))
    })!.lastName
    const hits = matching(surname)
    const inside = hits.filter((hit) => hit.storeIds.includes(1))
    const outside = hits.length - inside.length
    const { page } = await openApp({ locale: 'en-US' })
    await page.getByTestId('customer-row').first().waitFor()
    await chooseStore(page, 1)
    await quickSearch(page, surname)
    await expect.poll(() => summary(page)).toBe(`${inside.length} ${inside.length === 1 ? 'match' : 'matches'} of 2,000 customers`)
    await expect.poll(() => page.getByTestId('outside-matches').textContent()).toContain(`${outside} more ${outside === 1 ? 'customer matches' : 'customers match'} outside your filters`)
  })

  it('after an import, "Show the customers" shows exactly the imported customers, named by a chip', async ({ openApp, dataDir }) => {
    const { page, answers } = await openApp({ locale: 'en-US' })
    const file = join(dataDir, 'new-regulars.csv')
    writeFileSync(file, ['Imię;Nazwisko;E-mail', 'Ksenia;Zawrotna;ksenia@zawrotna.example', 'Bożena;Zawrotna;bozena@zawrotna.example', 'Olgierd;Przybylski;olgierd@zawrotna.example'].join('\r\n'))
    answers.openPath = file
    await page.getByTestId('customer-row').first().waitFor()
    // Something chosen earlier that would hide them: a store none of them is in.
    await chooseStore(page, 2)

    await page.goto(page.url().replace(/#.*$/, '#/import'))
    await page.getByTestId('import-choose').click()
    await page.getByTestId('import-check').click()
    await page.getByTestId('import-start').click()
    await page.getByTestId('import-done').waitFor()
    await page.getByTestId('import-show-customers').click()

    await expect.poll(() => route(page)).toBe('#/customers')
    await expect.poll(() => page.getByTestId('chip-import').textContent()).toContain('new-regulars.csv')
    await expect.poll(() => summary(page)).toBe('3 matches of 2,003 customers')
    expect((await shownCustomerIds(page)).sort((a, b) => a - b)).toEqual([2001, 2002, 2003])
    expect(await page.getByTestId('chip-storeIds').count()).toBe(0)

    // The chip's × shows everyone again.
    await page.getByTestId('chip-import').locator('.n-tag__close').click()
    await expect.poll(() => summary(page)).toBe('2,003 customers')
  })

  it('offers "New customer" when no one matches, with the typed text in the field it belongs to', async ({ openApp }) => {
    const { page } = await openApp({ locale: 'en-US' })
    await page.getByTestId('customer-row').first().waitFor()

    await quickSearch(page, 'anastazja wierzbicka-zgoda')
    await expect.poll(() => page.getByTestId('no-matches-new-customer').textContent()).toBe('New customer “anastazja wierzbicka-zgoda”')
    await page.getByTestId('no-matches-new-customer').click()
    await expect.poll(() => route(page)).toContain('#/customers/new')
    await expect.poll(() => page.getByTestId('field-firstName').locator('input').inputValue()).toBe('Anastazja')
    expect(await page.getByTestId('field-lastName').locator('input').inputValue()).toBe('Wierzbicka-Zgoda')

    await quickSearch(page, '+48 799 000 123')
    await page.getByTestId('no-matches-new-customer').click()
    await expect.poll(() => page.getByTestId('field-phones-0').locator('input').inputValue()).toBe('+48 799 000 123')
    expect(await page.getByTestId('field-lastName').locator('input').inputValue()).toBe('')

    await quickSearch(page, 'nikt.taki@example.pl')
    await page.getByTestId('no-matches-new-customer').click()
    await expect.poll(() => page.getByTestId('field-emails-0').locator('input').inputValue()).toBe('nikt.taki@example.pl')
  })

  it('finds a customer saved before domains were searchable by a piece of the domain, once the background refresh has passed', async ({ openApp }) => {
    // A customer as an older version saved her: the e-mail's domain not among her tokens, and no refresh done yet.
    const anna = all.find((customer) => customer.erased === 0 && customer.emails.length === 0 && customer.lastName !== '')!
    const before = { ...anna, emails: ['anna.k@poczta.onet.pl'] }
    const old = { ...before, tokens: customerTokens(before, { withoutDomains: true }) }
    const now = all.map((customer) => (customer.id === anna.id ? { ...before, tokens: customerTokens(before) } : customer))
    const found = (query: string) => byActivity(now.filter((customer) => tokensMatch(customer.tokens, searchQueryAlternatives(query))))
    const { page } = await openApp({ locale: 'en-US' })
    await page.getByTestId('customer-row').first().waitFor()
    await raw(page, { store: 'customers', put: old })
    await raw(page, { store: 'settings', delete: 'searchTokenRefresh' })
    await page.reload()
    const refreshed = async () => ((await raw(page, { store: 'settings', get: 'searchTokenRefresh' })) as { value?: { done?: boolean } } | undefined)?.value?.done
    await expect.poll(refreshed, { timeout: 30_000 }).toBe(true)

    await quickSearch(page, 'poczta.onet')
    await expect.poll(() => shownCustomerIds(page)).toEqual([anna.id])
    for (const query of ['onet', 'onet.pl']) {
      const expected = found(query)
      expect(expected).toContain(anna.id)
      await quickSearch(page, query)
      await expect.poll(() => summary(page)).toBe(`${expected.length} matches of 2,000 customers`)
    }
    // Neither a top-level label nor another word finds her.
    const surname = sharedSurname(2)
    await quickSearch(page, surname)
    await expect.poll(() => shownCustomerIds(page)).toEqual(byActivity(matching(surname)))
    expect(await shownCustomerIds(page)).not.toContain(anna.id)
    for (const query of ['pl', 'com']) {
      const names = found(query)
      expect(names).not.toContain(anna.id)
      await quickSearch(page, query)
      if (names.length === 0) await expect.poll(() => page.getByTestId('list-no-matches').count()).toBe(1)
      else await expect.poll(() => summary(page)).toBe(`${names.length} ${names.length === 1 ? 'match' : 'matches'} of 2,000 customers`)
    }
  })

  it('keeps a customer form\'s draft when typing in the search box leaves it, and asks when anything else does', async ({ openApp }) => {
    const surname = sharedSurname(2)
    const { page } = await openApp({ locale: 'en-US', path: '#/customers/new' })
    const firstName = page.getByTestId('field-firstName').locator('input')
    await firstName.fill('Zuzanna')

    // The phone rings: typing shows the list at once (no question takes the keystrokes), Esc brings the draft back.
    await box(page).click()
    await page.keyboard.type(surname)
    await expect.poll(() => route(page)).toBe('#/customers')
    await expect.poll(() => shownCustomerIds(page)).toEqual(byActivity(matching(surname)))
    await page.keyboard.press('Escape')
    await expect.poll(() => route(page)).toBe('#/customers/new')
    await expect.poll(() => page.getByTestId('field-firstName').locator('input').inputValue()).toBe('Zuzanna')

    // The side bar asks: keep editing stays with the draft, discard leaves it.
    const question = page.locator('.n-dialog')
    await page.getByTestId('nav-settings').click()
    await expect.poll(() => question.count()).toBe(1)
    expect(await question.textContent()).toContain('The changes to this customer are not saved.')
    await question.getByRole('button', { name: 'Keep editing' }).click()
    await expect.poll(() => question.count()).toBe(0)
    expect(route(page)).toBe('#/customers/new')
    expect(await firstName.inputValue()).toBe('Zuzanna')
    await page.getByTestId('nav-settings').click()
    await question.getByRole('button', { name: 'Discard changes' }).click()
    await expect.poll(() => route(page)).toBe('#/settings')
  })

  it('has one clear button in the search box', async ({ openApp }) => {
    const { page } = await openApp({ locale: 'en-US' })
    await page.getByTestId('customer-row').first().waitFor()
    await quickSearch(page, 'kowal')
    const native = await box(page).evaluate((input) => getComputedStyle(input, '::-webkit-search-cancel-button').getPropertyValue('-webkit-appearance'))
    expect(native).toBe('none')
    await page.getByTestId('quick-search').hover()
    await expect.poll(() => page.getByTestId('quick-search').locator('.n-base-clear__clear').count()).toBe(1)
    await page.getByTestId('quick-search').locator('.n-base-clear__clear').click()
    await expect.poll(() => box(page).inputValue()).toBe('')
  })

  for (const locale of ['pl-PL', 'uk-UA']) {
    const code = locale.slice(0, 2)
    it(`looks right in ${code} at 1366×768: the highlight, the notice of matches outside the filters, no match`, async ({ openApp }) => {
      const { page } = await openApp({ locale, viewport: { width: 1366, height: 768 } })
      await page.getByTestId('customer-row').first().waitFor()
      // Digits grouped as the language writes them, a 4-digit number too ("2 000", not "2000").
      await expect.poll(async () => /\b2 000\b/.test(await summary(page))).toBe(true)
      await page.locator('body').press('/')
      await page.keyboard.type(sharedSurname(4))
      await settled(page)
      await page.keyboard.press('ArrowDown')
      await page.keyboard.press('ArrowDown')
      await page.waitForTimeout(300)
      await screenshot(page, `quick-search-highlight-${code}.png`)

      await chooseStore(page, 1)
      const surname = all.find((customer) => {
        const hits = customer.lastName ? matching(customer.lastName) : []
        return hits.length >= 3 && hits.some((hit) => hit.storeIds.includes(1)) && hits.filter((hit) => !hit.storeIds.includes(1)).length >= 2
      })!.lastName
      await quickSearch(page, surname)
      await page.getByTestId('outside-matches').waitFor()
      await settled(page)
      await screenshot(page, `quick-search-outside-${code}.png`)

      await quickSearch(page, sharedSurname(2, 1))
      await page.getByTestId('list-no-matches').waitFor()
      await page.getByTestId('outside-matches').waitFor()
      await screenshot(page, `quick-search-outside-only-${code}.png`)

      await quickSearch(page, 'Wierzbicka-Zgoda')
      await page.getByTestId('no-matches-new-customer').waitFor()
      await page.waitForTimeout(300)
      await screenshot(page, `quick-search-none-${code}.png`)
    })
  }
})
