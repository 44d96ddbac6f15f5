import { buildBridge } from '@shared/ipc/bridge'
import { bridgeGlobalName } from '@shared/ipc/contract'
import type { Envelope } from '@shared/ipc/envelope'

// Runs in the page before the app: the same bridge the preload builds, over the test host's
// binding instead of ipcRenderer.
type HostWindow = Window & { __regularsInvoke(channel: string, input: unknown): Promise<Envelope<unknown>> }
const host = window as unknown as HostWindow
Object.defineProperty(window, bridgeGlobalName, {
  value: buildBridge((channel, input) => host.__regularsInvoke(channel, input)),
  enumerable: true
})
