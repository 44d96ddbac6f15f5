import type { Page } from 'playwright-core'
import type { BenchPage } from '../../../renderer/src/test-entries/bench-page-api'
import { pageScript } from '../../host/page-script'

/**
 * Gives the benchmark its helpers inside the page: `window.__regularsBench` (BenchPage).
 * Evaluated through the DevTools protocol, so the app's CSP is untouched and nothing ships.
 */
export async function installBenchPage(page: Page): Promise<void> {
  await page.evaluate(await pageScript('renderer/src/test-entries/bench-page-entry.ts', 'regularsBenchPage'))
  await page.waitForFunction(() => '__regularsBench' in window)
}

declare global {
  interface Window {
    __regularsBench: BenchPage
  }
}
