import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { build } from 'vite'
import vue from '@vitejs/plugin-vue'

const root = resolve(import.meta.dirname, '../..')
let cached: Promise<{ code: string; css: string }> | undefined

/** renderer/src/components/testing/print-export-harness.ts bundled into one script and its CSS. */
function harnessBundle(): Promise<{ code: string; css: string }> {
  cached ??= (async () => {
    const output = await build({
      configFile: false,
      logLevel: 'silent',
      root,
      plugins: [vue()],
      define: { 'process.env.NODE_ENV': '"production"' },
      resolve: { alias: { '@shared': resolve(root, 'shared'), '@renderer': resolve(root, 'renderer/src') } },
      build: {
        write: false,
        minify: false,
        cssCodeSplit: false,
        lib: { entry: resolve(root, 'renderer/src/components/testing/print-export-harness.ts'), formats: ['iife'], name: 'regularsHarness' }
      }
    })
    const results = Array.isArray(output) ? output : [output]
    let code = ''
    let css = ''
    for (const result of results) {
      if (!('output' in result)) continue
      for (const item of result.output) {
        if (item.type === 'chunk') code += item.code
        else if (item.fileName.endsWith('.css')) css += String(item.source)
      }
    }
    if (!code) throw new Error('The print/export harness did not build')
    return { code, css }
  })()
  return cached
}

/**
 * Calls the export and print APIs in the app's page (real Chromium, real IndexedDB, real main
 * handlers) the way the list's bulk action and the card's menu do:
 * `await installPrintExportHarness(page)`, then e.g.
 * `page.evaluate(() => window.__regularsHarness.printCard(12, 'pdf'))`.
 * Injected through the DevTools protocol (no CSP change), never part of the app build.
 */
export async function installPrintExportHarness(page: Page): Promise<void> {
  const { code, css } = await harnessBundle()
  if (css) await page.addStyleTag({ content: css })
  await page.evaluate(code)
  await page.waitForFunction(() => '__regularsHarness' in window)
}

export interface HarnessApi {
  openExport(request: unknown): Promise<unknown>
  runExport(request: unknown): Promise<unknown>
  printCard(id: number, target: 'printer' | 'pdf'): Promise<boolean>
  printList(request: unknown, target: 'printer' | 'pdf'): Promise<boolean>
}

declare global {
  interface Window {
    __regularsHarness: HarnessApi
  }
}
