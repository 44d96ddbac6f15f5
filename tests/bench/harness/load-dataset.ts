import { openBenchApp } from './bench-app'
import type { DatasetLoader } from './dataset-cache'
import { installBenchPage } from './page-bundle'

/**
 * Fills a fresh profile with demo data through the data layer's own loader in the page
 * (real Chromium, real IndexedDB), printing progress while it goes: at full size it takes
 * many minutes on these machines.
 */
export function datasetLoader(rendererDir: string, log: (message: string) => void): DatasetLoader {
  return async (dir, spec) => {
    const app = await openBenchApp({ dataDir: dir, rendererDir })
    try {
      await installBenchPage(app.page)
      const started = Date.now()
      const timer = setInterval(() => {
        void app.page
          .evaluate(() => window.__regularsBench.progress)
          .then((progress) => {
            if (!progress) return
            const share = progress.customersDone / spec.customers
            const elapsed = (Date.now() - started) / 1000
            const left = share > 0 ? elapsed / share - elapsed : NaN
            log(`  loading: ${progress.customersDone.toLocaleString('en')} / ${spec.customers.toLocaleString('en')} customers, ${progress.ordersDone.toLocaleString('en')} orders (${Math.round(share * 100)} %, ${Math.round(elapsed)} s, about ${Number.isFinite(left) ? Math.round(left) : '?'} s left)`)
          })
          .catch(() => undefined)
      }, 30_000)
      try {
        const loaded = await app.page.evaluate((options) => window.__regularsBench.loadDemo(options), spec)
        if (loaded.customers !== spec.customers || loaded.orders !== spec.orders) {
          throw new Error(`The demo loader wrote ${loaded.customers} customers / ${loaded.orders} orders, not ${spec.customers} / ${spec.orders}`)
        }
        log(`  loaded ${spec.customers.toLocaleString('en')} customers / ${spec.orders.toLocaleString('en')} orders in ${Math.round(loaded.ms / 1000)} s`)
        return { loadMs: loaded.ms }
      } finally {
        clearInterval(timer)
      }
    } finally {
      await app.close()
    }
  }
}
