import type * as v from 'valibot'
import { appChannels } from './contract-app'
import { exportChannels } from './contract-export'
import { printChannels } from './contract-print'
import { importChannels } from './contract-import'
import { backupChannels } from './contract-backup'
import { clipboardChannels } from './contract-clipboard'
import type { Envelope } from './envelope'

/**
 * The one IPC contract. Each channel (`domain:verb`) has a runtime schema of its input,
 * checked in main, and the type of its output. Inputs and outputs are JSON values only
 * (numbers for instants, no Date, no binary): the test host carries them as JSON.
 * Every call is a request/answer; long work is pulled in chunks by the renderer, so no
 * channel pushes events from main (main's one request of the page, "about to close", is the
 * late answer to `app:wait-for-quit`: contract-app.ts).
 *
 * Each feature declares its channels in its own file (contract-<feature>.ts) and adds one
 * spread line here.
 */

export type { AppInfo, SavePathAnswer } from './contract-app'

export const contract = {
  ...appChannels,
  ...exportChannels,
  ...printChannels,
  ...importChannels,
  ...backupChannels,
  ...clipboardChannels
}

export type Contract = typeof contract
export type ChannelName = keyof Contract
export const channelNames = Object.keys(contract) as ChannelName[]

export type ChannelInput<K extends ChannelName> = v.InferInput<Contract[K]['input']>
export type ParsedInput<K extends ChannelName> = v.InferOutput<Contract[K]['input']>
export type ChannelOutput<K extends ChannelName> = Contract[K]['output']

/** What the preload exposes on `window.regulars`: one function per channel, answering an envelope. */
export type RegularsBridge = {
  [K in ChannelName]: (input: ChannelInput<K>) => Promise<Envelope<ChannelOutput<K>>>
}

/** What main implements: one handler per channel, given the parsed input. */
export type ChannelHandlers = {
  [K in ChannelName]: (input: ParsedInput<K>) => Promise<ChannelOutput<K>> | ChannelOutput<K>
}

export const bridgeGlobalName = 'regulars'

/**
 * Values (array items, object fields, cells) one call may carry, whatever its channel's own
 * limits would allow (5 000 rows × 200 cells): checked before anything else, it keeps the
 * time main spends checking one call under 100 ms. The renderer's largest calls are a
 * quarter of it (an export chunk: 1 000 customers × 37 fields; an import report chunk:
 * 2 000 rows × 6).
 */
export const maxValuesPerCall = 150_000
