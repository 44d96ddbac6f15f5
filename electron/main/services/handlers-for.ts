import type * as v from 'valibot'
import type { Channel } from '@shared/ipc/channel'

/** The handlers one feature's channel group needs, typed from its contract file. */
export type HandlersFor<Group extends Record<string, Channel<v.GenericSchema, unknown>>> = {
  [K in keyof Group]: (input: v.InferOutput<Group[K]['input']>) => Promise<Group[K]['output']> | Group[K]['output']
}
