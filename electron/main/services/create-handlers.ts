import type { ChannelHandlers } from '@shared/ipc/contract'
import type { MainPorts } from './ports'

/** Wires every contract channel to its service. One line a channel. */
export function createHandlers(ports: MainPorts): ChannelHandlers {
  return {
    'app:info': () => ({
      name: ports.appName,
      version: ports.appVersion,
      dataDir: ports.dataDir,
      locale: ports.locale(),
      platform: ports.platform
    }),
    'dialog:save-path': async (input) => ({ path: await ports.dialogs.chooseSavePath(input) })
  }
}
