import type { Page } from 'playwright-core'
import { launchApp, type LaunchedApp, type LaunchOptions } from '../../host/launch-app'

/**
 * The app in the test host for the benchmark: launchApp() serving the renderer from the
 * snapshot taken at the start of the run. Other engineers rebuild out/ while a 15-minute run
 * goes on; without the snapshot a launch or a lazily loaded screen would find out/ half
 * written and fail.
 */
export function openBenchApp(options: LaunchOptions & { rendererDir: string }): Promise<LaunchedApp> {
  return launchApp({ ...options, rendererRoot: options.rendererDir })
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
