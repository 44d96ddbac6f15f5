import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { launchApp } from '../../host/launch-app'
import { installDbProbe } from '../../host/db-probe'
import { measureCard } from '../measures/card'

/**
 * Prints the card's figures (tests/bench/measures/card.ts):
 *
 *   flock /tmp/regulars-build.lock npx electron-vite build
 *   npx vitest run --config tests/bench/standalone/vitest.config.ts tests/bench/standalone/card.measure.ts
 *
 * On a copy of a filled profile when CARD_PROFILE names one (e.g. the data layer's
 * tests/bench/cache/data-layer-200000-2000000), else on freshly loaded demo data of
 * DEMO_CUSTOMERS / DEMO_ORDERS (default 20 000 / 200 000).
 */
const profile = process.env['CARD_PROFILE']
const customers = Number(process.env['DEMO_CUSTOMERS'] ?? 20_000)
const orders = Number(process.env['DEMO_ORDERS'] ?? 200_000)

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

it('measures opening a card with 500 orders and adding a visit', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'regulars-card-bench-'))
  try {
    if (profile && existsSync(profile)) cpSync(profile, dataDir, { recursive: true })
    const app = await launchApp({ dataDir, path: '#/audit' })
    try {
      await installDbProbe(app.page)
      let counts = await app.page.evaluate(() => window.__regularsDbProbe.counts())
      if (counts.customers === 0) {
        await app.page.evaluate((options) => window.__regularsDbProbe.loadDemo(options), { customers, orders, seed: 7 })
        await app.page.reload()
        await installDbProbe(app.page)
        counts = await app.page.evaluate(() => window.__regularsDbProbe.counts())
      }
      const figures = await measureCard(app.page, { orders: 500, runs: 7 })
      const summary = {
        base: counts,
        orders_on_card: figures.orders,
        card_open_median_ms: Math.round(median(figures.cardOpenMs)),
        card_open_max_ms: Math.round(Math.max(...figures.cardOpenMs)),
        card_open_runs_ms: figures.cardOpenMs.map(Math.round),
        visit_add_median_ms: Math.round(median(figures.visitAddMs)),
        visit_add_max_ms: Math.round(Math.max(...figures.visitAddMs)),
        visit_add_runs_ms: figures.visitAddMs.map(Math.round),
        reads_ms: figures.reads
      }
      console.log(`CARD-FIGURES ${JSON.stringify(summary)}`)
      expect(figures.cardOpenMs).toHaveLength(7)
    } finally {
      await app.close()
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
})
