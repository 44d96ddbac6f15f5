import { buildBridge } from '@shared/ipc/bridge'
import { bridgeGlobalName } from '@shared/ipc/contract'
import type { Envelope } from '@shared/ipc/envelope'

// Runs in the page before the app: the same bridge the preload builds, over the test host's
// binding instead of ipcRenderer.
// Values cross as JSON text (see launch-app.ts), as the contract allows JSON values only.
type HostWindow = Window & { __regularsInvoke(channel: string, input: string | undefined): Promise<string> }
const host = window as unknown as HostWindow
Object.defineProperty(window, bridgeGlobalName, {
  value: buildBridge(async (channel, input) =>
    JSON.parse(await host.__regularsInvoke(channel, input === undefined ? undefined : JSON.stringify(input))) as Envelope<unknown>
  ),
  enumerable: true
})
