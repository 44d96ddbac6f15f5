import type { ChannelInput, ChannelName, ChannelOutput } from '@shared/ipc/contract'
import { unwrapEnvelope, type Envelope } from '@shared/ipc/envelope'

/**
 * Calls main through the bridge and turns an error envelope into a thrown AppError with
 * its code (translate it with `errorMessage`). The only way the renderer talks to main.
 */
export async function callMain<K extends ChannelName>(channel: K, input: ChannelInput<K>): Promise<ChannelOutput<K>> {
  const call = window.regulars[channel] as (input: ChannelInput<K>) => Promise<Envelope<ChannelOutput<K>>>
  return unwrapEnvelope(await call(input))
}
