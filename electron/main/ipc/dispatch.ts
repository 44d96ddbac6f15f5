import * as v from 'valibot'
import { AppError, ipcErrorCodes } from '@shared/errors'
import { channelNames, contract, type ChannelHandlers, type ChannelName } from '@shared/ipc/contract'
import { errorEnvelope, okEnvelope, type Envelope } from '@shared/ipc/envelope'

export type Dispatch = (channel: string, input: unknown) => Promise<Envelope<unknown>>

const knownChannels = new Set<string>(channelNames)

function describeIssues(issues: v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => `${v.getDotPath(issue) ?? '(input)'}: ${issue.message}`)
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
    const parsed = v.safeParse(contract[name].input, input)
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
