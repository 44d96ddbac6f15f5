import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { launchApp } from '../../host/launch-app'
import { installDbProbe } from '../../host/db-probe'

/**
 * Data-layer figures at the target size: demo load time, IndexedDB size on disk,
 * and the time of a phone-fragment search and a surname-prefix search (median of several).
 *
 *   flock /tmp/regulars-build.lock npx electron-vite build
 *   DEMO_CUSTOMERS=200000 DEMO_ORDERS=2000000 npx vitest run --config tests/bench/standalone/vitest.config.ts tests/bench/standalone/data-layer.measure.ts
 *
 * The filled profile stays in tests/bench/cache/data-layer-<customers>-<orders>/ for other
 * benchmarks (KEEP_PROFILE=1 reuses it instead of loading again). Figures are printed and
 * written to tests/bench/cache/data-layer-<customers>-<orders>.json.
 */

const customers = Number(process.env['DEMO_CUSTOMERS'] ?? 200_000)
const orders = Number(process.env['DEMO_ORDERS'] ?? 2_000_000)
const seed = Number(process.env['DEMO_SEED'] ?? 20_251_122)
const runs = Number(process.env['SEARCH_RUNS'] ?? 9)
const cacheDir = join(import.meta.dirname, '../cache')
const dataDir = join(cacheDir, `data-layer-${customers}-${orders}`)

function indexedDbBytes(): number {
  const base = join(dataDir, 'chromium-profile', 'Default', 'IndexedDB')
  if (!existsSync(base)) return 0
  return Number(execFileSync('du', ['-sb', base], { encoding: 'utf8' }).split('\t')[0])
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

it(`measures the data layer at ${customers} customers / ${orders} orders`, async () => {
  const figures: Record<string, unknown> = { customers, orders, seed, date: new Date().toISOString() }
  const reuse = process.env['KEEP_PROFILE'] === '1' && existsSync(dataDir) && readdirSync(dataDir).length > 0
  if (!reuse) {
    rmSync(dataDir, { recursive: true, force: true })
    mkdirSync(dataDir, { recursive: true })
    const app = await launchApp({ dataDir })
    await installDbProbe(app.page)
    const loaded = await app.page.evaluate(
      ({ customers, orders, seed }) => window.__regularsDbProbe.loadDemo({ customers, orders, seed, now: Date.UTC(2026, 10, 22, 12) }),
      { customers, orders, seed }
    )
    expect(loaded).toMatchObject({ customers, orders })
    figures['loadSeconds'] = Math.round(loaded.milliseconds / 100) / 10
    figures['loadRowsPerSecond'] = Math.round(((customers + orders) / loaded.milliseconds) * 1000)
    await app.close()
  }
  figures['indexedDbMegabytes'] = Math.round(indexedDbBytes() / 1e5) / 10

  const app = await launchApp({ dataDir })
  try {
    await installDbProbe(app.page)
    const counts = await app.page.evaluate(() => window.__regularsDbProbe.counts())
    expect(counts).toEqual({ customers, orders })
    // Real fragments from the data: the middle digits of a phone, a surname's first letters.
    const sample = await app.page.evaluate(async () => {
      const rows = await window.__regularsDbProbe.customers([1234, 54321, 98765])
      return rows.filter((row) => row && row.phones.length > 0 && row.lastName !== '')
    })
    const someone = sample[0]!
    const phoneFragment = someone.phones[0]!.replace(/\D/g, '').slice(-7, -2)
    const surnamePrefix = 'kowal'
    const timings: Record<string, { medianMs: number; maxMs: number; matches: number }> = {}
    for (const [name, query, limit] of [
      ['phone fragment, first page (50)', phoneFragment, 50],
      ['phone fragment, all matches', phoneFragment, undefined],
      ['surname prefix, first page (50)', surnamePrefix, 50],
      ['surname prefix, all matches', surnamePrefix, undefined],
      ['surname + first name, all matches', 'kowalsk anna', undefined]
    ] as const) {
      const times: number[] = []
      let matches = 0
      await app.page.evaluate(({ query, limit }) => window.__regularsDbProbe.search(query, limit), { query, limit }) // warm-up
      for (let run = 0; run < runs; run++) {
        const { result, ms } = await app.page.evaluate(({ query, limit }) => window.__regularsDbProbe.search(query, limit), { query, limit })
        times.push(ms)
        matches = result.length
      }
      timings[`${name} "${query}"`] = { medianMs: Math.round(median(times) * 10) / 10, maxMs: Math.round(Math.max(...times) * 10) / 10, matches }
    }
    figures['search'] = timings
    expect((timings[`phone fragment, all matches "${phoneFragment}"`]?.matches ?? 0) > 0).toBe(true)
  } finally {
    await app.close()
  }
  console.log(JSON.stringify(figures, null, 2))
  writeFileSync(join(cacheDir, `data-layer-${customers}-${orders}.json`), JSON.stringify(figures, null, 2))
})
