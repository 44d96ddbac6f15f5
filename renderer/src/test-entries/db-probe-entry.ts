import type { DbProbe } from '@renderer/test-entries/db-probe-api'
import { RegularsDatabase } from '../db/schema'
import { loadDemoData } from '../db/demo-loader'
import { searchCustomerIds } from '../db/search'
import { checkDatabase } from '../db/checker'

// Installed into the page by tests and benchmarks only (tests/host/db-probe.ts bundles this
// file on its own); nothing imports it from the app, so it never ships. It opens the app's
// own IndexedDB database (same origin, same name) with the same data-layer code.
const db = new RegularsDatabase()

async function timed<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now()
  const result = await run()
  return { result, ms: performance.now() - started }
}

const probe: DbProbe = {
  // In the language the page shows, as the app's own offer loads it.
  loadDemo: (options) => loadDemoData(db, { language: document.documentElement.lang || navigator.language, ...options }),
  search: (query, limit) => timed(() => searchCustomerIds(db, query, limit)),
  customers: (ids) => db.customers.bulkGet(ids),
  counts: async () => ({ customers: await db.customers.count(), orders: await db.orders.count() }),
  check: async () => {
    const { result, ms } = await timed(() => checkDatabase(db))
    return { ...result, ms }
  },
  close: () => db.close()
}

;(window as unknown as { __regularsDbProbe: DbProbe }).__regularsDbProbe = probe
