import type { ChannelHandlers } from '@shared/ipc/contract'
import { createQuitCoordinator, type QuitCoordinator } from '../quit-coordinator'
import { createAppHandlers } from './app-handlers'
import { createBackupHandlers } from './backup/backup-handlers'
import { createBackupService, type BackupService } from './backup/backup-service'
import { createClipboardHandlers } from './clipboard-handlers'
import { createExportHandlers } from './export/export-handlers'
import { createExportService } from './export/export-service'
import { createPrintHandlers } from './print/print-handlers'
import { createImportHandlers } from './import/import-handlers'
import { createImportService } from './import/import-service'
import type { MainPorts } from './ports'
import { createTempFileRegistry } from './temp-file-registry'

export interface MainServices {
  /** Every contract channel wired to its service: one spread line per feature. */
  handlers: ChannelHandlers
  /**
   * Ends every export and import the page started (their temporary files removed, their rows
   * dropped): the page reloaded, crashed or closed, and nothing will finish them. Left open, an
   * abandoned export held its place until its ten-minute idle timeout.
   */
  endPageSessions(): Promise<void>
  /** Holds the app's close while the page makes its closing backup (quit-coordinator.ts). */
  quit: QuitCoordinator
  /**
   * Work main does on its own while the app runs: at once, the temporary files a killed run
   * left; then once a minute those whose folder (a stick) came back, and the copy of the newest
   * automatic backup to the chosen folder when it is there. Returns the stop.
   */
  startBackgroundWork(): () => void
}

const minute = 60_000

export function createMainServices(ports: MainPorts): MainServices {
  const tempFiles = createTempFileRegistry(ports.dataDir)
  const exports = createExportService(ports, { tempFiles })
  const imports = createImportService(ports)
  let backups: Promise<BackupService> | null = null
  const backupService = () => (backups ??= createBackupService(ports, { tempFiles }))
  const quit = createQuitCoordinator({ backupWanted: async () => (await (await backupService()).overview()).passwordRemembered })
  return {
    handlers: {
      ...createAppHandlers(ports, quit),
      ...createExportHandlers(ports, undefined, exports),
      ...createPrintHandlers(ports),
      ...createImportHandlers(ports, imports),
      ...createBackupHandlers(ports, backupService),
      ...createClipboardHandlers(ports)
    },
    async endPageSessions() {
      quit.pageGone()
      await Promise.all([exports.cancelAll(), imports.closeAll(), backups?.then((service) => service.endAll())])
    },
    quit,
    startBackgroundWork() {
      const tick = async () => {
        await tempFiles.sweep().catch(() => undefined)
        await (await backupService()).copyToFolder().catch(() => undefined)
      }
      void tick()
      const timer = setInterval(() => void tick(), minute)
      timer.unref()
      return () => clearInterval(timer)
    }
  }
}

/** The handlers alone (the test host and tests that need no page lifecycle). */
export function createHandlers(ports: MainPorts): ChannelHandlers {
  return createMainServices(ports).handlers
}
