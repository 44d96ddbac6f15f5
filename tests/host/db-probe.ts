import type { Page } from 'playwright-core'
import type { DbProbe } from '../../renderer/src/test-entries/db-probe-api'
import { pageScript } from './page-script'

/**
 * Gives a test or benchmark direct access to the data layer inside the page (real Chromium,
 * real IndexedDB): `await installDbProbe(page)`, then
 * `page.evaluate(() => window.__regularsDbProbe.loadDemo({ customers: 2000, orders: 20000, seed: 1 }))`.
 * Evaluated through the DevTools protocol, so the app's CSP (script-src 'self') is untouched
 * and nothing of it ships in the app.
 */
export async function installDbProbe(page: Page): Promise<void> {
  await page.evaluate(await pageScript('renderer/src/test-entries/db-probe-entry.ts', 'regularsDbProbe'))
  await page.waitForFunction(() => '__regularsDbProbe' in window)
}

declare global {
  interface Window {
    __regularsDbProbe: DbProbe
  }
}
