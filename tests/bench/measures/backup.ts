import { appendFileSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import type { BenchContext, BenchMeasures } from '../harness/measure-api'
import { startBackupMainProcess, type BackupMainProcess } from './backup-main'

/**
 * `backup` and `restore`, through the app's Settings as a manager does them, on the run's copy
 * of the base. Main's services run in a Node process of their own (backup-main-process.ts), the
 * page's calls carried to it as text, so `main_rss_peak_mb` is their resident memory alone —
 * not Playwright's, Chromium's or the harness's.
 * - backup: "Back up now" until the file is in place. Baseline: every table read in the same
 *   key-range chunks with bare Dexie and the same JSON bytes appended to a plain file.
 * - restore: the rows phase of a restore of that file (main reads, checks and decrypts it, the
 *   page bulk-adds each chunk into the new database before asking for the next), from its first
 *   "Restoring" line to the check's; `safety_backup_ms`, `check_ms` and `total_ms` beside it.
 *   Baseline: the same rows bulk-added by bare Dexie into a scratch database with the app's
 *   schema (only the bulkAdd calls timed).
 * Renderer heap: `renderer_heap_before_mb` after a forced GC; `renderer_heap_live_peak_mb` the
 * largest heap left after a forced GC every 5 s during the work (what the page holds: it would
 * grow with the rows if a table were kept); `renderer_heap_peak_mb` the largest heap in use
 * sampled every 250 ms without GC (garbage included).
 */
const password = 'bench backup password'
const chunkRows = 2_000

export const bench: BenchMeasures = {
  names: ['backup', 'restore'],
  async run(context) {
    const folder = join(context.scratchDir, 'backups')
    mkdirSync(folder, { recursive: true })
    const main = await startBackupMainProcess(context.dataDir, join(context.scratchDir, 'backup-main'))
    try {
      await measure(context, main, folder)
    } finally {
      main.stop()
    }
  }
}

async function measure(context: BenchContext, main: BackupMainProcess, folder: string): Promise<void> {
  await main.answer({ saveFolder: folder, openPath: null })
  const app = await context.openApp({ path: '#/settings', invoke: main.invoke })
  const page = app.page
  // Someone at the desk: the baselines run for minutes at full size with no job of the app's
  // reporting progress, and the desk would lock for being idle in between.
  const presence = setInterval(() => void page.mouse.move(5 + Math.random() * 20, 5 + Math.random() * 20).catch(() => undefined), 60_000)
  try {
    await measureOnPage(context, main, folder, page)
  } finally {
    clearInterval(presence)
  }
}

async function measureOnPage(context: BenchContext, main: BackupMainProcess, folder: string, page: Page): Promise<void> {
  await page.getByTestId('backup-settings').waitFor()
  context.log(`main's services run in process ${main.pid} (its resident memory is main_rss_*)`)

  // Baseline first (it warms the same pages of IndexedDB the backup will read). A run of
  // `restore` alone only needs the backup's file: its baseline would add a quarter of an hour
  // at full size for a figure nobody asked for.
  const baseline = context.selected('backup') ? await backupBaseline(context, page) : null

  const memory = await watchMemory(page, main)
  await page.getByTestId('backup-password').locator('input').fill(password)
  await page.getByTestId('backup-password-repeat').locator('input').fill(password)
  const started = performance.now()
  await page.getByTestId('backup-now').click()
  const file = await waitFor(() => readdirSync(folder).find((name) => name.endsWith('.regularsbackup')), 60 * 60_000)
  const backupMs = performance.now() - started
  const backupMemory = await memory.stop()
  const bytes = statSync(join(folder, file)).size
  // At once in the log too: the table with the extras comes only at the end of a long run.
  context.log(`backup: ${Math.round(backupMs)} ms, ${bytes} bytes; memory: ${JSON.stringify(backupMemory)}`)
  if (baseline) {
    context.record({
      name: 'backup',
      samples: [backupMs],
      baseline: { name: 'bare Dexie chunked read + same JSON to a file', samples: [baseline.ms] },
      extra: { rows: baseline.rows, file_mb: Math.round(bytes / 1e5) / 10, json_mb: Math.round(baseline.chars / 1e5) / 10, ...backupMemory }
    })
  }
  if (!context.selected('restore')) return

  const bulk = await page.evaluate((chunk) => window.__regularsBench.bareBulkAddCopy(chunk), chunkRows)
  context.log(`restore baseline: ${bulk.rows} rows bulk-added in ${bulk.ms.toFixed(0)} ms`)
  await main.answer({ openPath: join(folder, file) })
  await page.getByTestId('restore-open').click()
  await page.getByTestId('restore-choose').click()
  await page.getByTestId('restore-password').locator('input').fill(password)
  await page.getByTestId('restore-unlock').click()
  await page.getByTestId('restore-confirm').locator('input').fill('RESTORE')
  const reloaded = page.waitForEvent('load', { timeout: 60 * 60_000 })
  // The harness closes the page when the module runs out of time: not an unhandled rejection then.
  reloaded.catch(() => undefined)
  const restoreMemory = await watchMemory(page, main)
  const clicked = performance.now()
  await page.getByTestId('restore-start').click()
  const line = async () => {
    // A refused or failed restore ends the measure at once instead of at the module's time limit.
    const problem = await page.getByTestId('restore-error').innerText({ timeout: 200 }).catch(() => null)
    if (problem) throw new Error(`The restore failed: ${problem}`)
    return page.getByTestId('restore-progress').innerText({ timeout: 1_000 }).catch(() => '')
  }
  await waitFor(async () => /^Restoring/.test(await line()) || undefined, 60 * 60_000)
  const rowsStarted = performance.now()
  await waitFor(async () => /^(Counting|Checking|Switching)/.test(await line()) || undefined, 60 * 60_000)
  const rowsDone = performance.now()
  // Sampled until the page reloads on the restored base: the check is inside the window too.
  // A restore the check refuses ends with its error on screen and no reload: said at once.
  let reloadedYet = false
  const refusal = waitFor(async () => {
    if (reloadedYet) return ''
    return (await page.getByTestId('restore-error').innerText({ timeout: 200 }).catch(() => null)) ?? undefined
  }, 60 * 60_000)
  const settled = reloaded.then(
    () => void (reloadedYet = true),
    (error: unknown) => {
      reloadedYet = true
      throw error
    }
  )
  await Promise.race([settled, refusal])
  reloadedYet = true
  const refused = await refusal
  if (refused) throw new Error(`The restore failed after its rows were written: ${refused}`)
  const finished = performance.now()
  const restoreFigures = await restoreMemory.stop()
  context.log(`restore memory: ${JSON.stringify(restoreFigures)}`)
  context.record({
    name: 'restore',
    samples: [rowsDone - rowsStarted],
    baseline: { name: 'bare Dexie bulkAdd of the same rows, same schema', samples: [bulk.ms] },
    extra: { rows: bulk.rows, safety_backup_ms: Math.round(rowsStarted - clicked), check_ms: Math.round(finished - rowsDone), total_ms: Math.round(finished - clicked), ...restoreFigures },
    note: "restore: the rows phase (read, decrypt, bulkAdd into the new database); the safety backup before it and the check after it (with the bookings passed since the backup) are extras. main_rss_*: main's services alone, in a Node process of their own"
  })
}

async function backupBaseline(context: BenchContext, page: Page) {
  const sinkFile = join(context.scratchDir, 'baseline-backup.json')
  await page.context().exposeBinding('__benchBackupSink', (_source, text: string) => appendFileSync(sinkFile, text))
  const baseline = await page.evaluate((chunk) => window.__regularsBench.bareBackupRead(chunk, '__benchBackupSink'), chunkRows)
  context.log(`backup baseline: ${baseline.rows} rows, ${(baseline.chars / 1e6).toFixed(0)} MB JSON in ${baseline.ms.toFixed(0)} ms`)
  rmSync(sinkFile, { force: true })
  return baseline
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

/**
 * Samples while the work runs: the renderer's heap in use every 250 ms, the heap left after a
 * forced GC every 5 s (DevTools), and the main-side process's peak resident memory (it keeps
 * its own peak, sampled every 20 ms). Samples of the reloaded page after a restore are small
 * and change no peak.
 */
async function watchMemory(page: Page, main: BackupMainProcess) {
  const mb = (bytes: number) => Math.round(bytes / 1e5) / 10
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const heapBefore = (await cdp.send('Runtime.getHeapUsage')).usedSize
  const mainBefore = await main.memory()
  let heapPeak = heapBefore
  let livePeak = heapBefore
  let running = true
  const used = () => cdp.send('Runtime.getHeapUsage').then((usage) => usage.usedSize, () => null)
  const sampling = (async () => {
    let lastGc = performance.now()
    while (running) {
      const heap = await used()
      if (heap !== null) heapPeak = Math.max(heapPeak, heap)
      if (performance.now() - lastGc > 5_000) {
        lastGc = performance.now()
        const live = await cdp.send('HeapProfiler.collectGarbage').then(used, () => null)
        if (live !== null) livePeak = Math.max(livePeak, live)
      }
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    await cdp.detach().catch(() => undefined)
  })()
  return {
    async stop() {
      running = false
      await sampling
      const mainAfter = await main.memory()
      return {
        renderer_heap_before_mb: mb(heapBefore),
        renderer_heap_live_peak_mb: mb(livePeak),
        renderer_heap_peak_mb: mb(heapPeak),
        main_rss_before_mb: mb(mainBefore.rss),
        main_rss_peak_mb: mb(mainAfter.peakRss)
      }
    }
  }
}

export type { BenchContext }
