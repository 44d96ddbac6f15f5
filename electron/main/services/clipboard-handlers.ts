import type { clipboardChannels } from '@shared/ipc/contract-clipboard'
import type { HandlersFor } from './handlers-for'
import type { MainPorts } from './ports'

export function createClipboardHandlers(ports: MainPorts): HandlersFor<typeof clipboardChannels> {
  return {
    'clipboard:write-text': ({ text }) => {
      ports.clipboard.writeText(text)
      return { written: text.length }
    }
  }
}
