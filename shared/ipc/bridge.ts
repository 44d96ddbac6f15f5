import { channelNames, type RegularsBridge } from './contract'
import type { Envelope } from './envelope'

export type RawInvoke = (channel: string, input: unknown) => Promise<Envelope<unknown>>

/**
 * Builds the object the preload exposes, one function per contract channel. Used by the
 * preload (over ipcRenderer) and by the test host (over its Node binding), so both give
 * the page the same API. It answers envelopes, not thrown errors: Electron's context bridge
 * drops custom properties of a thrown Error (the code), so the renderer unwraps.
 */
export function buildBridge(invoke: RawInvoke): RegularsBridge {
  const api: Record<string, (input: unknown) => Promise<Envelope<unknown>>> = {}
  for (const name of channelNames) api[name] = (input: unknown) => invoke(name, input)
  return Object.freeze(api) as unknown as RegularsBridge
}
