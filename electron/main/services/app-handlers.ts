import type { appChannels } from '@shared/ipc/contract-app'
import type { HandlersFor } from './handlers-for'
import type { MainPorts } from './ports'

/** The app's own channels: what it is and where it keeps data; the shared save dialog. */
export function createAppHandlers(ports: MainPorts): HandlersFor<typeof appChannels> {
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
