import type { Page } from 'playwright-core'
import type { Customer } from '../../../shared/domain/types'

/**
 * Customer-list timings, measured through the real UI in the test host: from the
 * user's input event (keydown / pointerdown, its `timeStamp` in the page) to the moment the
 * list's new first rows are in the DOM (the `regulars:list-rows` performance mark the table
 * sets after rendering an answer). Every function takes a launched page showing the app; the
 * benchmark harness can call them as they are.
 *
 * Targets at 200 000 customers / 2 000 000 orders: search-as-you-type first page ≤ 50 ms
 * median and ≤ 100 ms p95; sort or filter change ≤ 150 ms; store switch ≤ 300 ms; the list
 * opening with the full base ≤ 500 ms.
 */

export interface ListSample {
  /** What was done, e.g. `search "kowalska" (5 letters)` or `sort totalValue`. */
  action: string
  /** Input event → first rows of the new answer in the DOM. */
  ms: number
  /** Which plan of the engine answered (index, first-chunk, cached-order, candidates, walk, full). */
  plan: string
  /** Input event → the number of matches shown (the complete answer), when measured. */
  completeMs?: number
  /** Of `ms`, the time the query engine took for the first page (the rest: waiting, rendering). */
  engineMs?: number
}

declare global {
  interface Window {
    __listTiming?: { lastInput: number }
  }
}

/** Records the time of every keydown/pointerdown in the page (capture phase, before the app sees it). */
export async function installInputClock(page: Page): Promise<void> {
  await page.evaluate(() => {
    if (window.__listTiming) return
    const timing = { lastInput: 0 }
    window.__listTiming = timing
    for (const type of ['keydown', 'pointerdown'] as const) {
      window.addEventListener(type, (event) => (timing.lastInput = event.timeStamp), { capture: true })
    }
  })
}

async function lastInput(page: Page): Promise<number> {
  return page.evaluate(() => window.__listTiming?.lastInput ?? 0)
}

async function now(page: Page): Promise<number> {
  return page.evaluate(() => performance.now())
}

/** Waits for the first list answer rendered after `since` (page clock); returns its mark time and plan. */
async function nextRows(page: Page, since: number, timeoutMs = 60_000): Promise<{ at: number; plan: string; engineMs: number | null }> {
  const handle = await page.waitForFunction(
    (after) => {
      const mark = performance
        .getEntriesByName('regulars:list-rows')
        .find((entry) => entry.startTime > after) as PerformanceMark | undefined
      const detail = (mark?.detail ?? {}) as { plan?: string; engineMs?: number }
      return mark ? { at: mark.startTime, plan: String(detail.plan ?? ''), engineMs: detail.engineMs ?? null } : null
    },
    since,
    { timeout: timeoutMs, polling: 'raf' }
  )
  return (await handle.jsonValue()) as { at: number; plan: string; engineMs: number | null }
}

/** Waits until the summary shows a count (not "Counting…"), returns the page time it was seen. */
async function countShown(page: Page, timeoutMs = 60_000): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      const text = document.querySelector('[data-testid="list-summary"]')?.textContent ?? ''
      return /\d/.test(text) ? performance.now() : null
    },
    undefined,
    { timeout: timeoutMs, polling: 'raf' }
  )
  return (await handle.jsonValue()) as number
}

/** Waits for the list to be idle: an answer on screen with its count. */
export async function settle(page: Page, quietMs = 1_500): Promise<void> {
  await page.getByTestId('customer-row').first().waitFor({ timeout: 120_000 })
  await countShown(page, 120_000)
  await page.waitForTimeout(quietMs)
}

async function timed(page: Page, action: string, act: () => Promise<void>, options: { complete?: boolean } = {}): Promise<ListSample> {
  const before = await now(page)
  await act()
  const input = Math.max(await lastInput(page), before)
  const rows = await nextRows(page, input)
  const sample: ListSample = { action, ms: round(rows.at - input), plan: rows.plan, ...(rows.engineMs !== null ? { engineMs: rows.engineMs } : {}) }
  if (options.complete) sample.completeMs = round((await countShown(page)) - input)
  return sample
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10
}

/**
 * Opening the list with the full base: from a click on "Customers" in the side bar (the app
 * already running, on another screen) to the first rows.
 */
export async function measureListOpen(page: Page, runs: number, options: { from?: string } = {}): Promise<ListSample[]> {
  await installInputClock(page)
  const samples: ListSample[] = []
  for (let run = 0; run < runs; run++) {
    await page.getByTestId(`nav-${options.from ?? 'import'}`).click()
    await page.locator('h1').first().waitFor()
    await page.waitForTimeout(1_500)
    samples.push(await timed(page, 'open list from the side bar', () => page.getByTestId('nav-customers').click(), { complete: true }))
    await settle(page, 500)
  }
  return samples
}

/**
 * The app starting on the list (a reload of the page on #/customers): from navigation start
 * (scripts loaded, database opened, first query) to the first rows.
 */
export async function measureAppStart(page: Page, runs: number): Promise<ListSample[]> {
  const samples: ListSample[] = []
  for (let run = 0; run < runs; run++) {
    if (!page.url().includes('#/customers')) await page.getByTestId('nav-customers').click()
    await page.reload()
    const rows = await nextRows(page, 0)
    samples.push({ action: 'app start on the list (page load → first rows)', ms: round(rows.at), plan: rows.plan })
    await settle(page, 500)
  }
  await installInputClock(page)
  return samples
}

/**
 * Search as you type: each word is typed letter by letter at a desk's pace, every keystroke
 * timed to its first rows; the box is cleared between words.
 */
export async function measureSearchAsYouType(page: Page, words: readonly string[], options: { pauseMs?: number } = {}): Promise<ListSample[]> {
  await installInputClock(page)
  const input = page.getByTestId('quick-search').locator('input')
  const samples: ListSample[] = []
  for (const word of words) {
    await input.click()
    for (let length = 1; length <= word.length; length++) {
      const letter = word[length - 1]!
      // A space does not change the search (words are trimmed): typed, not timed.
      if (letter.trim() === '') {
        await page.keyboard.type(letter)
        continue
      }
      const sample = await timed(page, `search "${word.slice(0, length)}"`, () => page.keyboard.type(letter))
      samples.push(sample)
      await page.waitForTimeout(options.pauseMs ?? 150)
    }
    await input.fill('')
    await settle(page, 300)
  }
  return samples
}

/** Clicking column headers (first click: descending for figures, ascending for text; second flips). */
export async function measureSortChanges(page: Page, columns: readonly string[], clicksPerColumn = 2): Promise<ListSample[]> {
  await installInputClock(page)
  const samples: ListSample[] = []
  for (const column of columns) {
    for (let click = 0; click < clicksPerColumn; click++) {
      const header = page.locator(`[data-column="${column}"]`).getByRole('button')
      samples.push(await timed(page, `sort ${column}`, () => header.click(), { complete: true }))
      await settle(page, 300)
    }
  }
  return samples
}

/** Back to the default order (last activity, newest first), as the list opens. */
export async function resetSort(page: Page): Promise<void> {
  const header = page.locator('[data-column="lastActivityAt"]')
  for (let attempt = 0; attempt < 3 && (await header.getAttribute('aria-sort')) !== 'descending'; attempt++) {
    await header.getByRole('button').click()
    await settle(page, 300)
  }
}

/**
 * Waits until the list has read the usual filter columns' orders in the background (the
 * `regulars:list-warm` mark), as it does while a manager looks at the list for a while.
 */
export async function waitForWarmUp(page: Page, timeoutMs = 180_000): Promise<number> {
  const started = await now(page)
  await page.waitForFunction((after) => performance.getEntriesByName('regulars:list-warm').some((mark) => mark.startTime > after), started - 60_000, {
    timeout: timeoutMs,
    polling: 500
  })
  return round((await now(page)) - started)
}

/**
 * Filter changes through the filter panel and the chips, as a manager sets them: each change
 * timed to its first rows. Leaves no filter set.
 */
export async function measureFilterChanges(page: Page, options: { categoryName: string }): Promise<ListSample[]> {
  await installInputClock(page)
  const samples: ListSample[] = []
  const drawer = page.getByTestId('filter-drawer')
  const open = async () => {
    if (!(await drawer.isVisible())) {
      await page.getByTestId('open-filters').click()
      await drawer.waitFor()
    }
  }
  const step = async (action: string, act: () => Promise<void>) => {
    await open()
    samples.push(await timed(page, action, act, { complete: true }))
    await settle(page, 300)
  }
  const enter = async (testId: string, value: string) => {
    const field = page.getByTestId(testId).locator('input')
    await field.fill(value)
    await field.press('Enter')
  }
  await step('filter: not seen for 90 days', () => enter('filter-not-seen', '90'))
  await step(`filter: + category ${options.categoryName}`, async () => {
    await page.getByTestId('filter-categories').click()
    await page.locator('.n-base-select-option', { hasText: new RegExp(`^${options.categoryName}$`) }).click()
  })
  await page.keyboard.press('Escape')
  await step('filter: + SMS consent given', () => page.getByTestId('filter-consent-sms-yes').click())
  await step('filter: clear all', () => page.getByTestId('filters-clear').click())
  await step('filter: spent at least 2 000', () => enter('filter-spend-min', '2000'))
  await step('filter: clear all', () => page.getByTestId('filters-clear').click())
  await step('filter: birthday this month', () => page.getByTestId('filter-birthday').click())
  await step('filter: + e-mail consent given', () => page.getByTestId('filter-consent-email-yes').click())
  await step('filter: clear all', () => page.getByTestId('filters-clear').click())
  await step('filter: has an upcoming booking', () => page.getByTestId('filter-upcoming').click())
  await step('filter: clear all', () => page.getByTestId('filters-clear').click())
  await page.getByTestId('filters-done').click()
  return samples
}

/** The store selector: one store, another currency's store, all stores of one currency, all stores. */
export async function measureStoreSwitches(page: Page, options: { storeIds: readonly number[]; currencies: readonly string[] }): Promise<ListSample[]> {
  await installInputClock(page)
  const samples: ListSample[] = []
  const menu = page.getByTestId('store-menu')
  const open = async () => {
    if (!(await menu.isVisible())) {
      await page.getByTestId('store-selector').click()
      await menu.waitFor()
    }
  }
  for (const id of options.storeIds) {
    await open()
    samples.push(await timed(page, `store ${id}`, () => page.getByTestId(`store-${id}`).click(), { complete: true }))
    await settle(page, 300)
    await open()
    samples.push(await timed(page, 'all stores', () => page.getByTestId('store-all').click(), { complete: true }))
    await settle(page, 300)
  }
  for (const currency of options.currencies) {
    await open()
    samples.push(await timed(page, `all ${currency} stores`, () => page.getByTestId(`store-currency-${currency}`).click(), { complete: true }))
    await settle(page, 300)
    await open()
    samples.push(await timed(page, 'all stores', () => page.getByTestId('store-all').click(), { complete: true }))
    await settle(page, 300)
  }
  await page.locator('h1').first().click()
  return samples
}

/**
 * Scrolling to any point: the table is scrolled to fractions of its height; timed from the
 * scroll to every row in view showing data (no placeholder left).
 */
export async function measureScrollJumps(page: Page, fractions: readonly number[]): Promise<ListSample[]> {
  const samples: ListSample[] = []
  for (const fraction of fractions) {
    const ms = await page.evaluate(async (share) => {
      const table = document.querySelector('[data-testid="customer-table"]') as HTMLElement
      const started = performance.now()
      table.scrollTop = (table.scrollHeight - table.clientHeight) * share
      for (;;) {
        await new Promise((resolve) => requestAnimationFrame(resolve))
        const loading = table.querySelectorAll('[data-testid="customer-row-loading"]').length
        const shown = table.querySelectorAll('[data-testid="customer-row"]').length
        if (loading === 0 && shown > 0) return performance.now() - started
        if (performance.now() - started > 30_000) return NaN
      }
    }, fraction)
    samples.push({ action: `scroll to ${Math.round(fraction * 100)} %`, ms: round(ms), plan: 'rows by id' })
  }
  return samples
}

/** Real search words from the data: surnames (folded, as typed without diacritics) and phone fragments. */
export function searchWordsFrom(customers: readonly Customer[], count = { surnames: 3, phones: 2 }): string[] {
  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').toLowerCase()
  const surnames = [...new Set(customers.filter((customer) => customer.lastName.length >= 6).map((customer) => fold(customer.lastName)))].slice(0, count.surnames)
  const phones = customers
    .filter((customer) => customer.phones.length > 0)
    .slice(0, count.phones)
    .map((customer) => {
      const digits = customer.phones[0]!.replace(/\D/g, '').slice(-7, -1)
      return `${digits.slice(0, 3)} ${digits.slice(3)}`
    })
  return [...surnames, ...phones]
}

export interface Summary {
  runs: number
  medianMs: number
  p95Ms: number
  maxMs: number
}

export function summarise(values: readonly number[]): Summary {
  const sorted = [...values].filter(Number.isFinite).sort((a, b) => a - b)
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))] ?? NaN
  const middle = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
  return { runs: sorted.length, medianMs: round(median), p95Ms: round(at(0.95)), maxMs: round(sorted.at(-1) ?? NaN) }
}
