import { join } from 'node:path'
import type { BenchContext, BenchMeasures } from '../harness/measure-api'
import { DEMO_NOW } from '../harness/dataset-cache'

/**
 * demo.load: the data layer's demo loader (generator + metrics + tokens + bulk writes with
 * every index) into an empty database, against the same generated rows bulk-added into a
 * scratch database with primary keys only (the cost of the indexes and of preparing rows).
 * Measured at 10 000 customers / 100 000 orders in every run, so a warm-cache run still
 * measures it (in about half a minute); the full-size load time of the cached dataset
 * (measured when the cache was built) is carried as an extra figure.
 *
 * db.size: the IndexedDB folder of the cached dataset on disk, right after its load.
 */

const LOAD_SIZE = { customers: 10_000, orders: 100_000 }
const SMOKE_LOAD_SIZE = { customers: 1_000, orders: 10_000 }

async function run(context: BenchContext): Promise<void> {
  const { dataset } = context
  if (context.selected('db.size')) {
    context.record({
      name: 'db.size',
      value: { amount: Math.round(dataset.indexedDbBytes / 1e5) / 10, unit: 'MB' },
      extra: { bytes_per_customer: Math.round(dataset.indexedDbBytes / dataset.customers), measured_at: dataset.loadedAt },
      note: `IndexedDB folder of the ${dataset.customers}-customer dataset on disk, right after its load`
    })
  }
  if (!context.selected('demo.load')) return
  const size = context.options.smoke ? SMOKE_LOAD_SIZE : LOAD_SIZE
  const options = { ...size, seed: dataset.seed, now: DEMO_NOW }
  const samples: number[] = []
  const bareSamples: number[] = []
  for (let index = 0; index < context.runs(1); index++) {
    const { page } = await context.openApp({ dataDir: join(context.scratchDir, `empty-profile-${index}`) })
    const loaded = await page.evaluate((options) => window.__regularsBench.loadDemo(options), options)
    if (loaded.customers !== size.customers || loaded.orders !== size.orders) throw new Error(`demo.load wrote ${loaded.customers} / ${loaded.orders}, not ${size.customers} / ${size.orders}`)
    samples.push(loaded.ms)
    const bare = await page.evaluate((options) => window.__regularsBench.loadDemoBare(options), options)
    bareSamples.push(bare.ms)
  }
  const rows = size.customers + size.orders
  const median = [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!
  context.record({
    name: 'demo.load',
    samples,
    baseline: { name: 'bulkAdd, no indexes', samples: bareSamples },
    extra: {
      customers: size.customers,
      orders: size.orders,
      rows_per_s: Math.round((rows / median) * 1000),
      dataset_load_s: Math.round(dataset.loadMs / 1000),
      dataset_rows_per_s: Math.round(((dataset.customers + dataset.orders) / dataset.loadMs) * 1000)
    },
    note: `${size.customers} customers / ${size.orders} orders into an empty database; dataset_load_s = the cached ${dataset.customers}/${dataset.orders} load (${dataset.loadedAt})`
  })
}

export const bench: BenchMeasures = { names: ['demo.load', 'db.size'], run }
