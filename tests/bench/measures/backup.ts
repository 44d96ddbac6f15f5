import { appendFileSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import type { BenchContext, BenchMeasures } from '../harness/measure-api'

/**
 * `backup` and `restore`, through the app's Settings as a manager does them, on the
 * run's copy of the base; the main-side services run in this Node process (the test host).
 * - backup: "Back up now" until the file is in place. Baseline: every table read in the same
 *   key-range chunks with bare Dexie and the same JSON bytes appended to a plain file.
 * - restore: the rows phase of a restore of that file (read, decrypt, bulkAdd into the new
 *   database), from its first "Restoring" line to the check's; `safety_backup_ms`, `check_ms`
 *   and `total_ms` beside it. Baseline: the same rows bulk-added by bare Dexie into a scratch
 *   database with the app's schema (only the bulkAdd calls timed).
 * `renderer_heap_peak_mb`: the renderer's JS heap in use, sampled every 250 ms (no forced GC);
 * `node_rss_peak_mb`: this process's peak resident memory, which holds main's backup service
 * but also Playwright and the harness (an upper bound of what Electron's main would use).
 */
const password = 'bench backup password'
const chunkRows = 2_000

export const bench: BenchMeasures = {
  names: ['backup', 'restore'],
  async run(context) {
    const folder = join(context.scratchDir, 'backups')
    mkdirSync(folder, { recursive: true })
    const app = await context.openApp({ path: '#/settings', answers: { savePath: (options) => join(folder, options.defaultName ?? 'bench.regularsbackup'), openPath: null } })
    const page = app.page
    await page.getByTestId('backup-settings').waitFor()

    // Baseline first (it warms the same pages of IndexedDB the backup will read).
    const sinkFile = join(context.scratchDir, 'baseline-backup.json')
    await page.context().exposeBinding('__benchBackupSink', (_source, text: string) => appendFileSync(sinkFile, text))
    const baseline = await page.evaluate((chunk) => window.__regularsBench.bareBackupRead(chunk, '__benchBackupSink'), chunkRows)
    context.log(`backup baseline: ${baseline.rows} rows, ${(baseline.chars / 1e6).toFixed(0)} MB JSON in ${baseline.ms.toFixed(0)} ms`)
    rmSync(sinkFile, { force: true })

    const memory = watchMemory(page)
    await page.getByTestId('backup-password').locator('input').fill(password)
    await page.getByTestId('backup-password-repeat').locator('input').fill(password)
    const started = performance.now()
    await page.getByTestId('backup-now').click()
    const file = await waitFor(() => readdirSync(folder).find((name) => name.endsWith('.regularsbackup')), 60 * 60_000)
    const backupMs = performance.now() - started
    const backupMemory = await memory.stop()
    const bytes = statSync(join(folder, file)).size
    context.record({
      name: 'backup',
      samples: [backupMs],
      baseline: { name: 'bare Dexie chunked read + same JSON to a file', samples: [baseline.ms] },
      extra: { rows: baseline.rows, file_mb: Math.round(bytes / 1e5) / 10, json_mb: Math.round(baseline.chars / 1e5) / 10, renderer_heap_peak_mb: backupMemory.heapPeakMb, renderer_heap_before_mb: backupMemory.heapStartMb, node_rss_peak_mb: backupMemory.rssPeakMb }
    })
    if (!context.selected('restore')) return

    const bulk = await page.evaluate((chunk) => window.__regularsBench.bareBulkAddCopy(chunk), chunkRows)
    app.answers.openPath = join(folder, file)
    await page.getByTestId('restore-open').click()
    await page.getByTestId('restore-choose').click()
    await page.getByTestId('restore-password').locator('input').fill(password)
    await page.getByTestId('restore-unlock').click()
    await page.getByTestId('restore-confirm').locator('input').fill('RESTORE')
    const restoreMemory = watchMemory(page)
    const reloaded = page.waitForEvent('load', { timeout: 60 * 60_000 })
    // The harness closes the page when the module runs out of time: not an unhandled rejection then.
    reloaded.catch(() => undefined)
    const clicked = performance.now()
    await page.getByTestId('restore-start').click()
    const line = () => page.getByTestId('restore-progress').innerText({ timeout: 1_000 }).catch(() => '')
    await waitFor(async () => /^Restoring/.test(await line()) || undefined, 60 * 60_000)
    const rowsStarted = performance.now()
    await waitFor(async () => /^(Checking|Switching)/.test(await line()) || undefined, 60 * 60_000)
    const rowsDone = performance.now()
    await reloaded
    const finished = performance.now()
    const restoreFigures = await restoreMemory.stop().catch(() => ({ heapPeakMb: null, heapStartMb: null, rssPeakMb: memory.rssPeakMb() }))
    context.record({
      name: 'restore',
      samples: [rowsDone - rowsStarted],
      baseline: { name: 'bare Dexie bulkAdd of the same rows, same schema', samples: [bulk.ms] },
      extra: { rows: bulk.rows, safety_backup_ms: Math.round(rowsStarted - clicked), check_ms: Math.round(finished - rowsDone), total_ms: Math.round(finished - clicked), renderer_heap_peak_mb: restoreFigures.heapPeakMb, node_rss_peak_mb: restoreFigures.rssPeakMb },
      note: 'restore: the rows phase (read, decrypt, bulkAdd into the new database); the safety backup before it and the check after it are extras'
    })
  }
}

async function waitFor<T>(probe: () => T | undefined | Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const until = performance.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value !== undefined) return value
    if (performance.now() > until) throw new Error('Timed out')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** Samples the renderer's heap in use (DevTools) and this process's RSS every 250 ms. */
function watchMemory(page: Page) {
  let rssPeak = process.memoryUsage().rss
  let heapPeak = 0
  let heapStart: number | null = null
  let running = true
  const session = page.context().newCDPSession(page)
  const sampling = (async () => {
    const cdp = await session
    while (running) {
      rssPeak = Math.max(rssPeak, process.memoryUsage().rss)
      const heap = await cdp.send('Runtime.getHeapUsage').then((usage) => usage.usedSize, () => null)
      if (heap !== null) {
        heapStart ??= heap
        heapPeak = Math.max(heapPeak, heap)
      }
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    await cdp.detach().catch(() => undefined)
  })()
  const mb = (bytes: number) => Math.round(bytes / 1e5) / 10
  return {
    rssPeakMb: () => mb(rssPeak),
    async stop() {
      running = false
      await sampling
      return { heapPeakMb: mb(heapPeak), heapStartMb: heapStart === null ? null : mb(heapStart), rssPeakMb: mb(rssPeak) }
    }
  }
}

export type { BenchContext }
