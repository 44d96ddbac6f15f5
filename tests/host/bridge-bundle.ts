import { pageScript } from './page-script'

/** The test bridge (bridge-entry.ts) bundled into one script for page.addInitScript. */
export function bridgeBundle(): Promise<string> {
  return pageScript('tests/host/bridge-entry.ts', 'regularsTestBridge')
}
