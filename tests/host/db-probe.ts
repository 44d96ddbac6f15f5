import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { build } from 'vite'
import type { DbProbe } from '../../shared/demo/probe-api'

const root = resolve(import.meta.dirname, '../..')
let cached: Promise<string> | undefined

/** renderer/src/db/testing/probe-entry.ts bundled into one script (vite, like the test bridge). */
function probeBundle(): Promise<string> {
  cached ??= (async () => {
    const output = await build({
      configFile: false,
      logLevel: 'silent',
      root,
      resolve: { alias: { '@shared': resolve(root, 'shared'), '@renderer': resolve(root, 'renderer/src') } },
      build: {
        write: false,
        minify: false,
        lib: { entry: resolve(root, 'renderer/src/db/testing/probe-entry.ts'), formats: ['iife'], name: 'regularsDbProbe' }
      }
    })
    const results = Array.isArray(output) ? output : [output]
    for (const result of results) {
      if ('output' in result) {
        const chunk = result.output.find((item) => item.type === 'chunk')
        if (chunk && 'code' in chunk) return chunk.code
      }
    }
    throw new Error('The database probe did not build')
  })()
  return cached
}

/**
 * Gives a test or benchmark direct access to the data layer inside the page (real Chromium,
 * real IndexedDB): `await installDbProbe(page)`, then
 * `page.evaluate(() => window.__regularsDbProbe.loadDemo({ customers: 2000, orders: 20000, seed: 1 }))`.
 * Evaluated through the DevTools protocol, so the app's CSP (script-src 'self') is untouched
 * and nothing of it ships in the app.
 */
export async function installDbProbe(page: Page): Promise<void> {
  const code = await probeBundle()
  await page.evaluate(code)
  await page.waitForFunction(() => '__regularsDbProbe' in window)
}

declare global {
  interface Window {
    __regularsDbProbe: DbProbe
  }
}
