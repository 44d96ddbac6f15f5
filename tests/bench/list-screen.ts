import type { Page } from 'playwright-core'
import type { UiAction, UiDone } from '../../shared/bench/bench-page-api'

/**
 * How the benchmark sees the customer list screen (issue 4), for the list and search measures:
 * the list's own test ids, a "new answer is painted" condition, and in-page timing helpers.
 * customer-table's data-generation grows with every answer of the list; a row has
 * data-testid customer-row once its data is there (customer-row-loading before).
 */
export const TABLE = '[data-testid="customer-table"]'
export const FIRST_ROW = '[data-testid="customer-row"][aria-rowindex="2"]'
export const LOADING_ROW = '[data-testid="customer-row-loading"]'
export const SEARCH_INPUT = '[data-testid="quick-search"] input'

/** A new answer of the list is on screen: the generation moved on and the first row has its data. */
export const newAnswer: UiDone = {
  kind: 'all',
  of: [
    { kind: 'attribute-changed', selector: TABLE, attribute: 'data-generation' },
    { kind: 'present', selector: FIRST_ROW }
  ]
}

/** The action done in the page, timed there until `done` holds and the next frame is painted (ms). */
export function timeUi(page: Page, action: UiAction, done: UiDone): Promise<number> {
  return page.evaluate(({ action, done }) => window.__regularsBench.timeUi(action, done), { action, done })
}

/** Waits until nothing changed in the page for 300 ms (at most 8 s): the previous answer and its background reads have settled. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => window.__regularsBench.settle(300, 8_000))
}

/** Whether the list screen is there (it shows its first row within a few seconds). */
export async function hasListScreen(page: Page): Promise<boolean> {
  try {
    await page.waitForSelector(FIRST_ROW, { timeout: 15_000 })
    return true
  } catch {
    return false
  }
}
