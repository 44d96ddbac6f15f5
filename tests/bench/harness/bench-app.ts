import type { Page } from 'playwright-core'
import { readRendererFile, resolveRendererPath } from '../../../electron/main/app-protocol'
import { launchApp, testOrigin, type LaunchedApp, type LaunchOptions } from '../../host/launch-app'

/**
 * The app in the test host for the benchmark: launchApp() on the benchmark's working copy of
 * the database, serving the renderer from the snapshot taken at the start of the run. Other
 * engineers rebuild out/ while a 15-minute run goes on; without the snapshot a lazily loaded
 * screen would 404 halfway through.
 */
export async function openBenchApp(options: LaunchOptions & { rendererDir: string }): Promise<LaunchedApp> {
  const app = await launchApp(options)
  // Routes registered later win: from here on every file comes from the snapshot.
  await app.context.route(`${testOrigin}/**`, async (route) => {
    const file = resolveRendererPath(options.rendererDir, new URL(route.request().url()).pathname)
    const found = file ? await readRendererFile(file) : null
    if (!found) return route.fulfill({ status: 404, body: 'Not found' })
    return route.fulfill({ status: 200, headers: found.headers, body: found.body })
  })
  await app.page.goto(`${testOrigin}/index.html${options.path ?? ''}`)
  await app.page.waitForSelector('.frame')
  return app
}

/** The renderer's JS heap in use after a full garbage collection (bytes), from the DevTools protocol. */
export async function jsHeapUsedAfterGc(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page)
  try {
    await session.send('HeapProfiler.collectGarbage')
    const { usedSize } = await session.send('Runtime.getHeapUsage')
    return usedSize
  } finally {
    await session.detach()
  }
}
