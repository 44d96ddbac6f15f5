import type { ChannelInput, ChannelOutput } from '@shared/ipc/contract'
import { appDb, checkRight } from '@renderer/db'
import { callMain } from '@renderer/ipc'
import { rightFor, type FileWorkChannel } from './file-channels'

/**
 * The only way the renderer asks main to read or write a file: the data layer checks the
 * signed-in person's right first (refusing with `data.not-allowed` or `data.signed-out`, which
 * the UI translates), then main is called. Buttons hidden in the UI are comfort; this is the
 * control. A backup's rows and an export's chunks are checked one by one, so a desk locked
 * halfway stops the file.
 */
export async function callFileWork<K extends FileWorkChannel>(channel: K, input: ChannelInput<K>): Promise<ChannelOutput<K>> {
  const right = rightFor(channel, input, automaticBackups)
  if (right) await checkRight(appDb(), right)
  const output = await callMain(channel, input)
  if (channel === 'backup:begin' && (input as ChannelInput<'backup:begin'>).kind === 'automatic' && output) automaticBackups.add((output as ChannelOutput<'backup:begin'>)!.backupId)
  if (channel === 'backup:finish' || channel === 'backup:cancel') automaticBackups.delete((input as { backupId: string }).backupId)
  return output
}

/** The automatic backups being written (main's ids): their chunks need no right, as their start did not. */
const automaticBackups = new Set<string>()
