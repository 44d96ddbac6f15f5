import * as v from 'valibot'
import { AppError, ipcErrorCodes } from '@shared/errors'
import { channelNames, contract, type ChannelHandlers, type ChannelName } from '@shared/ipc/contract'
import { errorEnvelope, okEnvelope, type Envelope } from '@shared/ipc/envelope'
import { oversizedInput } from './input-size'

export type Dispatch = (channel: string, input: unknown) => Promise<Envelope<unknown>>

const knownChannels = new Set<string>(channelNames)

/** Issue messages quote the value they refused: a giant one must not travel back whole. */
const maxIssueChars = 300

function describeIssues(issues: v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => `${v.getDotPath(issue) ?? '(input)'}: ${issue.message}`.slice(0, maxIssueChars))
    .join('; ')
}

/**
 * Everything a channel call goes through in main, without Electron: the input is parsed
 * against the contract's schema, the handler runs, and any outcome becomes an envelope.
 * Electron's ipcMain (handle.ts) and the test host both call this.
 */
export function createDispatch(handlers: ChannelHandlers, log: (error: unknown) => void = console.error): Dispatch {
  return async (channel, input) => {
    if (!knownChannels.has(channel)) {
      return errorEnvelope(ipcErrorCodes.unknownChannel, `Unknown channel ${String(channel).slice(0, 80)}`)
    }
    const name = channel as ChannelName
    const oversized = oversizedInput(contract[name].input, input)
    if (oversized) return errorEnvelope(ipcErrorCodes.invalidInput, `Invalid input for ${name}: ${oversized.slice(0, maxIssueChars)}`)
    // The first issue is answer enough: collecting all of them cost seconds on a big malformed call.
    const parsed = v.safeParse(contract[name].input, input, { abortEarly: true })
    if (!parsed.success) {
      return errorEnvelope(ipcErrorCodes.invalidInput, `Invalid input for ${name}: ${describeIssues(parsed.issues)}`)
    }
    try {
      const handler = handlers[name] as (input: unknown) => unknown
      return okEnvelope(await handler(parsed.output))
    } catch (error) {
      if (error instanceof AppError) return errorEnvelope(error.code, error.message, error.details)
      log(error)
      return errorEnvelope(ipcErrorCodes.internal, error instanceof Error ? error.message : String(error))
    }
  }
}
