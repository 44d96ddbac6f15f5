import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { installDbProbe } from '../../host/db-probe'
import { launchApp } from '../../host/launch-app'
import {
  measureFilterChanges,
  measureAppStart,
  measureListOpen,
  measureScrollJumps,
  measureSearchAsYouType,
  measureSortChanges,
  measureStoreSwitches,
  resetSort,
  waitForWarmUp,
  searchWordsFrom,
  settle,
  summarise,
  type ListSample
} from '../measures/list'

/**
 * The customer list's figures at the target size, through the real UI:
 *
 *   flock /tmp/regulars-build.lock npx electron-vite build
 *   npx vitest run --config tests/bench/standalone/vitest.config.ts tests/bench/standalone/list.measure.ts
 *
 * The database is demo data in tests/bench/cache/list-<customers>-<orders>/ (loaded once,
 * reused on later runs; LIST_RELOAD=1 loads it again). Only reads happen there. Figures are
 * printed and written to tests/bench/cache/list-<customers>-<orders>.json.
 */

const customers = Number(process.env['DEMO_CUSTOMERS'] ?? 200_000)
const orders = Number(process.env['DEMO_ORDERS'] ?? 2_000_000)
const seed = Number(process.env['DEMO_SEED'] ?? 20_251_122)
const cacheDir = join(import.meta.dirname, '../cache')
const dataDir = join(cacheDir, `list-${customers}-${orders}`)

it(`measures the customer list at ${customers} customers / ${orders} orders`, async () => {
  if (process.env['LIST_RELOAD'] === '1' || !existsSync(dataDir) || readdirSync(dataDir).length === 0) {
    rmSync(dataDir, { recursive: true, force: true })
    mkdirSync(dataDir, { recursive: true })
    const loader = await launchApp({ dataDir })
    await installDbProbe(loader.page)
    await loader.page.evaluate(({ customers, orders, seed }) => window.__regularsDbProbe.loadDemo({ customers, orders, seed }), { customers, orders, seed })
    await loader.close()
  }

  const app = await launchApp({ dataDir, path: '#/import', viewport: { width: 1440, height: 900 } })
  const samples: Record<string, ListSample[]> = {}
  try {
    const { page } = app
    await installDbProbe(page)
    const sample = (await page.evaluate(() => window.__regularsDbProbe.customers([17, 1_234, 5_678, 23_456, 54_321, 98_765, 123_456, 176_543]))).filter(
      (row): row is NonNullable<typeof row> => row !== undefined && row !== null
    )
    const words = searchWordsFrom(sample)

    samples['open'] = await measureListOpen(page, 5)
    samples['start'] = await measureAppStart(page, 3)
    await settle(page)
    samples['search'] = await measureSearchAsYouType(page, words)
    samples['sort'] = await measureSortChanges(page, ['totalValue', 'orderCount', 'name', 'lastActivityAt'])
    await resetSort(page)
    samples['filter'] = await measureFilterChanges(page, { categoryName: 'VIP' })
    // A manager who looked at the list for a while: the usual filter columns are in memory.
    console.log(`warm-up finished ${await waitForWarmUp(page)} ms after the filters`)
    samples['filter (warm)'] = await measureFilterChanges(page, { categoryName: 'VIP' })
    samples['store'] = await measureStoreSwitches(page, { storeIds: [1, 3], currencies: ['PLN'] })
    samples['scroll'] = await measureScrollJumps(page, [0.5, 0.999, 0.25, 0.75])
  } finally {
    await app.close()
  }

  const figures = {
    customers,
    orders,
    date: new Date().toISOString(),
    summary: Object.fromEntries(Object.entries(samples).map(([name, list]) => [name, summarise(list.map((item) => item.ms))])),
    complete: Object.fromEntries(
      Object.entries(samples)
        .filter(([, list]) => list.some((item) => item.completeMs !== undefined))
        .map(([name, list]) => [name, summarise(list.filter((item) => item.completeMs !== undefined).map((item) => item.completeMs!))])
    ),
    samples
  }
  console.log(JSON.stringify(figures.summary, null, 2))
  console.log('complete answer (count shown):', JSON.stringify(figures.complete, null, 2))
  for (const [name, list] of Object.entries(samples)) {
    console.log(`\n${name}`)
    for (const item of list) {
      const engine = item.engineMs !== undefined ? `engine ${String(item.engineMs).padStart(5)} ms` : ''.padEnd(15)
      console.log(`  ${item.ms.toFixed(1).padStart(8)} ms  ${engine}  ${item.plan.padEnd(13)} ${item.completeMs !== undefined ? `(complete ${item.completeMs} ms) ` : ''}${item.action}`)
    }
  }
  writeFileSync(join(cacheDir, `list-${customers}-${orders}.json`), JSON.stringify(figures, null, 2))
  expect(samples['search']!.length).toBeGreaterThan(10)
})
