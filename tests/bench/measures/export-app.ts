import { cpSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { CDPSession } from 'playwright-core'
import { launchApp } from '../../host/launch-app'
import { installPrintExportHarness } from '../../host/print-export-harness'

/**
 * The export as the user runs it: the app in Chromium with a filled database, the export
 * started from the renderer (ids read in chunks from IndexedDB, rows sent over the test
 * host's IPC), main writing the file. Samples the renderer's JS heap (DevTools protocol) and
 * the main side's memory (this Node process) while it runs, for a small and a large export:
 * the renderer's peak must not grow with the number of rows.
 */

export interface AppExportFigures {
  customers: number
  seconds: number
  fileMegabytes: number
  rendererHeapBeforeMegabytes: number
  rendererHeapPeakMegabytes: number
  /** The test host's Node process (main's handlers, but also Playwright and Vite): before, peak, and heap kept after a GC. */
  hostRssBeforeMegabytes: number
  hostRssPeakMegabytes: number
  hostHeapAfterGcMegabytes: number | null
}

const mb = (bytes: number) => Math.round(bytes / 1e5) / 10

async function jsHeapUsed(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> }
  return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0
}

/**
 * Exports the first `customers` customers (by id; all when it is the whole base) from a copy
 * of `profileDir` (a filled data folder such as tests/bench/cache/data-layer-200000-2000000),
 * so the cached profile itself is never written to.
 */
export async function measureAppExport(options: { profileDir: string; workDir: string; customers: number[] }): Promise<AppExportFigures[]> {
  const dataDir = join(options.workDir, 'data')
  rmSync(dataDir, { recursive: true, force: true })
  cpSync(options.profileDir, dataDir, { recursive: true })
  const stick = join(options.workDir, 'stick')
  mkdirSync(stick, { recursive: true })
  const app = await launchApp({ dataDir, locale: 'pl-PL', path: '#/audit' })
  const figures: AppExportFigures[] = []
  try {
    await installPrintExportHarness(app.page)
    const cdp = await app.context.newCDPSession(app.page)
    await cdp.send('Performance.enable')
    await cdp.send('HeapProfiler.collectGarbage')
    for (const count of options.customers) {
      const target = join(stick, `export-${count}.xlsx`)
      app.answers.savePath = target
      await cdp.send('HeapProfiler.collectGarbage')
      const heapBefore = await jsHeapUsed(cdp)
      let heapPeak = heapBefore
      const gc = (globalThis as { gc?: () => void }).gc
      gc?.()
      const rssBefore = process.memoryUsage().rss
      let rssPeak = rssBefore
      const sampler = setInterval(() => {
        rssPeak = Math.max(rssPeak, process.memoryUsage().rss)
        void jsHeapUsed(cdp).then((used) => (heapPeak = Math.max(heapPeak, used)), () => undefined)
      }, 100)
      const started = performance.now()
      const result = await app.page.evaluate(
        (count) =>
          window.__regularsHarness.runExport({
            source: { ids: Array.from({ length: count }, (_, i) => i + 1) },
            scope: 'selected',
            includeOrders: false,
            format: 'xlsx'
          }),
        count
      )
      const seconds = (performance.now() - started) / 1000
      clearInterval(sampler)
      if (!result) throw new Error(`The export of ${count} customers did not finish`)
      gc?.()
      const heapAfterGc = gc ? process.memoryUsage().heapUsed : null
      figures.push({
        customers: count,
        seconds: Math.round(seconds * 10) / 10,
        fileMegabytes: mb(statSync(target).size),
        rendererHeapBeforeMegabytes: mb(heapBefore),
        rendererHeapPeakMegabytes: mb(heapPeak),
        hostRssBeforeMegabytes: mb(rssBefore),
        hostRssPeakMegabytes: mb(rssPeak),
        hostHeapAfterGcMegabytes: heapAfterGc === null ? null : mb(heapAfterGc)
      })
    }
    return figures
  } finally {
    await app.close()
    for (const name of readdirSync(options.workDir)) rmSync(join(options.workDir, name), { recursive: true, force: true })
  }
}
