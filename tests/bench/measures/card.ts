import type { Page } from 'playwright-core'
import type { CardBenchPage } from '../../../renderer/src/test-entries/card-bench-api'
import { pageScript } from '../../host/page-script'

/**
 * The customer card's figures, reusable by the benchmark (`npm run bench`) and by
 * standalone/card.measure.ts. Every function takes a page of the app already launched in the test host
 * on some dataset (any size: the card reads one customer's index range, so the base size
 * should not matter — that is what the figures show).
 *
 * - `card.open`: from the hash change to the card of a customer with 500 orders being painted
 *   with its overview and the first page of the history (25 rows) — the card never reads the
 *   whole history, let alone the orders table.
 * - `visit.add`: from clicking Save in the "New visit" dialog to the overview showing the new
 *   order count (the order and the customer's metrics written in one strict-durability
 *   transaction, then the card re-read).
 * Both are timed inside the page (performance.now, a MutationObserver and the next frame).
 */

declare global {
  interface Window {
    __regularsCardBench: CardBenchPage
  }
}

/** Installs the card's page helpers (again after a reload). */
export async function installCardBench(page: Page): Promise<void> {
  await page.evaluate(await pageScript('renderer/src/test-entries/card-bench-entry.ts', 'regularsCardBench'))
  await page.waitForFunction(() => '__regularsCardBench' in window)
}

/** Adds a customer with `orders` past orders (plus 3 upcoming bookings); returns the id. */
export async function seedLongHistoryCustomer(page: Page, orders = 500): Promise<number> {
  await installCardBench(page)
  return page.evaluate(({ orders, now }) => window.__regularsCardBench.seedCustomerWithOrders(orders, now), { orders, now: Date.now() })
}

/**
 * Away from the card to a screen that reads little (the audit log's first page), so the next
 * opening mounts the card afresh. Not Settings: it counts the customers of every category,
 * which on 200 000 customers keeps IndexedDB busy for a second and would be timed as the card.
 */
async function leaveTheCard(page: Page): Promise<void> {
  await page.evaluate(() => (location.hash = '#/audit'))
  await page.waitForFunction(() => !document.querySelector('[data-testid="customer-card"]'))
}

/** One timed opening of the card (ms), from elsewhere in the app. */
export async function measureCardOpen(page: Page, customerId: number): Promise<number> {
  await leaveTheCard(page)
  const expected = await page.evaluate((id) => window.__regularsCardBench.orderCount(id), customerId)
  return page.evaluate(
    async ({ id, expected }) => {
      const ready = () => {
        const rows = document.querySelectorAll('[data-testid="history-row"]').length
        const figure = document.querySelector('[data-testid="figure-orders"]')?.textContent ?? ''
        return rows > 0 && figure.replace(/\D/g, '') === String(expected)
      }
      const started = performance.now()
      location.hash = `#/customers/${id}`
      await new Promise<void>((done) => {
        const observer = new MutationObserver(() => {
          if (!ready()) return
          observer.disconnect()
          done()
        })
        observer.observe(document.body, { childList: true, subtree: true, characterData: true })
      })
      await new Promise((frame) => requestAnimationFrame(frame))
      return performance.now() - started
    },
    { id: customerId, expected }
  )
}

/** How long one step of "new visit" may take before the measure fails, rather than hang the run. */
const VISIT_STEP_TIMEOUT_MS = 60_000

/**
 * Opens "New visit" and fills in a value of 80, then waits until the form holds it: the
 * store chosen (the dialog picks it after a settings read) and the value committed (the
 * number box formats it on blur). Clicked before either, Save only shows a field's error and
 * the timed wait below would never see one more order.
 */
async function fillNewVisit(page: Page): Promise<void> {
  await page.getByTestId('add-visit').click()
  const value = page.getByTestId('order-value').locator('input')
  await value.fill('80', { timeout: VISIT_STEP_TIMEOUT_MS })
  await value.press('Tab')
  try {
    await page.waitForFunction(
      () => {
        const dialog = document.querySelector('[data-testid="add-order"]')
        const typed = dialog?.querySelector<HTMLInputElement>('[data-testid="order-value"] input')?.value ?? ''
        const storeChosen = !!dialog?.querySelector('[data-testid="order-store"]') && !dialog.querySelector('[data-testid="order-store"] .n-base-selection-placeholder')
        return storeChosen && /^80([.,]0+)?$/.test(typed.trim())
      },
      undefined,
      { timeout: VISIT_STEP_TIMEOUT_MS, polling: 100 }
    )
  } catch {
    const shown = await page.evaluate(() => ({
      value: document.querySelector<HTMLInputElement>('[data-testid="order-value"] input')?.value,
      store: document.querySelector('[data-testid="order-store"]')?.textContent?.trim()
    }))
    throw new Error(`The new visit form did not hold the value 80 and a store within ${VISIT_STEP_TIMEOUT_MS / 1000} s (value box "${shown.value}", store "${shown.store}")`)
  }
}

/** One timed "new visit" (ms) on the open card: Save clicked → the overview shows one order more. */
export async function measureVisitAdd(page: Page, customerId: number): Promise<number> {
  if (!(await page.getByTestId('customer-card').count())) {
    await page.evaluate((id) => (location.hash = `#/customers/${id}`), customerId)
  }
  await page.getByTestId('figure-orders').waitFor()
  const before = await page.evaluate((id) => window.__regularsCardBench.orderCount(id), customerId)
  await fillNewVisit(page)
  const ms = await page.evaluate(
    async ({ expected, timeoutMs }) => {
      const ready = () => {
        const figure = document.querySelector('[data-testid="figure-orders"]')?.textContent ?? ''
        return figure.replace(/\D/g, '') === String(expected) && !document.querySelector('[data-testid="add-order"]')
      }
      const save = document.querySelector<HTMLButtonElement>('[data-testid="order-save"]')
      if (!save) throw new Error('No Save button in the new visit dialog')
      const started = performance.now()
      save.click()
      await new Promise<void>((done, fail) => {
        const observer = new MutationObserver(() => {
          if (!ready()) return
          observer.disconnect()
          clearTimeout(timer)
          done()
        })
        // Bounded: a refused save (a field's error) or a lost write fails the measure with what the dialog says.
        const timer = setTimeout(() => {
          observer.disconnect()
          const dialog = document.querySelector('[data-testid="add-order"]')
          const feedback = [...(dialog?.querySelectorAll('.n-form-item-feedback') ?? [])].map((node) => node.textContent?.trim()).filter(Boolean)
          fail(new Error(`The card did not show ${expected} orders within ${timeoutMs / 1000} s of Save${dialog ? `; the dialog is still open${feedback.length ? ` saying "${feedback.join('; ')}"` : ''}` : ''}`))
        }, timeoutMs)
        observer.observe(document.body, { childList: true, subtree: true, characterData: true })
      })
      await new Promise((frame) => requestAnimationFrame(frame))
      return performance.now() - started
    },
    { expected: before + 1, timeoutMs: VISIT_STEP_TIMEOUT_MS }
  )
  const after = await page.evaluate((id) => window.__regularsCardBench.orderCount(id), customerId)
  if (after !== before + 1) throw new Error(`The visit was not counted (${before} → ${after})`)
  return ms
}

export interface CardFigures {
  orders: number
  cardOpenMs: number[]
  visitAddMs: number[]
  /** The card's database reads timed alone, once, after the runs (ms). */
  reads: Record<string, number>
}

/**
 * Both figures, `runs` times each, on a fresh 500-order customer of the launched app's
 * database. Launch the app on a light screen (`path: '#/audit'`): the list or Settings started
 * first keep reading the whole base for a while. One opening first warms the card's code.
 */
export async function measureCard(page: Page, options: { orders?: number; runs?: number } = {}): Promise<CardFigures> {
  const orders = options.orders ?? 500
  const runs = options.runs ?? 7
  const customerId = await seedLongHistoryCustomer(page, orders)
  await measureCardOpen(page, customerId)
  const cardOpenMs: number[] = []
  for (let run = 0; run < runs; run++) cardOpenMs.push(await measureCardOpen(page, customerId))
  const visitAddMs: number[] = []
  for (let run = 0; run < runs; run++) visitAddMs.push(await measureVisitAdd(page, customerId))
  const reads = await page.evaluate((id) => window.__regularsCardBench.timeCardReads(id), customerId)
  return { orders, cardOpenMs, visitAddMs, reads }
}
