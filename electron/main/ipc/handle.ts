import { ipcMain, type WebFrameMain } from 'electron'
import { ipcErrorCodes } from '@shared/errors'
import { channelNames } from '@shared/ipc/contract'
import { errorEnvelope } from '@shared/ipc/envelope'
import type { Dispatch } from './dispatch'

/**
 * The only place main touches ipcMain: every contract channel is registered here, and a
 * call from any frame but our own page is answered with an error envelope.
 */
export function registerIpc(dispatch: Dispatch, isTrustedFrame: (frame: WebFrameMain | null) => boolean): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, input: unknown) => {
      if (!isTrustedFrame(event.senderFrame)) {
        return errorEnvelope(ipcErrorCodes.forbiddenSender, 'Call from an untrusted frame')
      }
      return dispatch(channel, input)
    })
  }
}
