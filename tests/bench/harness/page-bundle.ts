import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { build } from 'vite'
import type { BenchPage } from '../../../shared/bench/bench-page-api'

const root = resolve(import.meta.dirname, '../../..')
let cached: Promise<string> | undefined

/** renderer/src/bench/bench-page-entry.ts bundled into one script (vite, like the db probe). */
function benchPageBundle(): Promise<string> {
  cached ??= (async () => {
    const output = await build({
      configFile: false,
      logLevel: 'silent',
      root,
      resolve: { alias: { '@shared': resolve(root, 'shared'), '@renderer': resolve(root, 'renderer/src') } },
      build: {
        write: false,
        minify: false,
        lib: { entry: resolve(root, 'renderer/src/bench/bench-page-entry.ts'), formats: ['iife'], name: 'regularsBenchPage' }
      }
    })
    for (const result of Array.isArray(output) ? output : [output]) {
      if ('output' in result) {
        const chunk = result.output.find((item) => item.type === 'chunk')
        if (chunk && 'code' in chunk) return chunk.code
      }
    }
    throw new Error('The benchmark page script did not build')
  })()
  return cached
}

/**
 * Gives the benchmark its helpers inside the page: `window.__regularsBench` (BenchPage).
 * Evaluated through the DevTools protocol, so the app's CSP is untouched and nothing ships.
 */
export async function installBenchPage(page: Page): Promise<void> {
  const code = await benchPageBundle()
  await page.evaluate(code)
  await page.waitForFunction(() => '__regularsBench' in window)
}

declare global {
  interface Window {
    __regularsBench: BenchPage
  }
}
