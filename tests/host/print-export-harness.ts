import type { Page } from 'playwright-core'
import { pageBundle } from './page-script'
import { TEST_OWNER } from './desk-access'

/**
 * Calls the export and print APIs in the app's page (real Chromium, real IndexedDB, real main
 * handlers) the way the list's bulk action and the card's menu do:
 * `await installPrintExportHarness(page)`, then e.g.
 * `page.evaluate(() => window.__regularsHarness.printCard(12, 'pdf'))`.
 * Injected through the DevTools protocol (no CSP change), never part of the app build.
 */
export async function installPrintExportHarness(page: Page): Promise<void> {
  const { code, css } = await pageBundle('renderer/src/test-entries/print-export-harness-entry.ts', 'regularsHarness', { vue: true })
  if (css) await page.addStyleTag({ content: css })
  await page.evaluate(code)
  await page.waitForFunction(() => '__regularsHarness' in window)
  // Its data layer is its own copy with its own session: signed in as the app's test owner
  // (a test that set up no owner leaves the base open, and this changes nothing).
  await page.evaluate((owner) => window.__regularsHarness.signInAs(owner.name, owner.pin), TEST_OWNER)
}

export interface HarnessApi {
  signInAs(name: string, pin: string): Promise<boolean>
  openExport(request: unknown): Promise<unknown>
  runExport(request: unknown): Promise<unknown>
  printCard(id: number, target: 'printer' | 'pdf'): Promise<boolean>
  printList(request: unknown, target: 'printer' | 'pdf'): Promise<boolean>
  /** The formatted cells of a printed list of these customers and columns (as printList formats them). */
  printedCells(ids: number[], columns: string[]): Promise<string[][]>
}

declare global {
  interface Window {
    __regularsHarness: HarnessApi
  }
}
