import type { appChannels } from '@shared/ipc/contract-app'
import type { QuitCoordinator } from '../quit-coordinator'
import type { HandlersFor } from './handlers-for'
import type { MainPorts } from './ports'

/** The app's own channels: what it is and where it keeps data; closing; the shared save dialog. */
export function createAppHandlers(ports: MainPorts, quit: QuitCoordinator): HandlersFor<typeof appChannels> {
  return {
    'app:info': () => ({
      name: ports.appName,
      version: ports.appVersion,
      dataDir: ports.dataDir,
      locale: ports.locale(),
      platform: ports.platform
    }),
    'app:wait-for-quit': () => quit.waitForQuit(),
    'app:quit-ready': () => ({ closing: quit.ready() }),
    'dialog:save-path': async (input) => ({ path: await ports.dialogs.chooseSavePath(input) })
  }
}
