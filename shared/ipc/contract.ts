import * as v from 'valibot'
import type { Envelope } from './envelope'

/**
 * The one IPC contract. Each channel (`domain:verb`) has a runtime schema of its input,
 * checked in main, and the type of its output. Inputs and outputs are JSON values only
 * (numbers for instants, no Date, no binary): the test host carries them as JSON.
 * Every call is a request/answer; long work is pulled in chunks by the renderer, so no
 * channel pushes events from main.
 */

interface Channel<S extends v.GenericSchema, O> {
  input: S
  /** Phantom: carries the output type only. */
  output: O
}

function channel<O>() {
  return <S extends v.GenericSchema>(input: S): Channel<S, O> => ({ input, output: undefined as O })
}

export interface AppInfo {
  name: string
  version: string
  dataDir: string
  locale: string
  platform: string
}

const fileFilter = v.strictObject({
  name: v.pipe(v.string(), v.maxLength(100)),
  extensions: v.pipe(v.array(v.pipe(v.string(), v.regex(/^[a-z0-9*]{1,10}$/i))), v.maxLength(20))
})

export const savePathInput = v.strictObject({
  defaultName: v.pipe(v.string(), v.minLength(1), v.maxLength(200), v.regex(/^[^\\/:*?"<>|\0]+$/)),
  filters: v.optional(v.pipe(v.array(fileFilter), v.maxLength(10)))
})

export interface SavePathAnswer {
  /** What the user chose, for showing; null when the dialog was cancelled. */
  path: string | null
}

export const contract = {
  'app:info': channel<AppInfo>()(v.optional(v.strictObject({}))),
  'dialog:save-path': channel<SavePathAnswer>()(savePathInput)
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
