import type { ChannelHandlers } from '@shared/ipc/contract'
import { createAppHandlers } from './app-handlers'
import { createExportHandlers } from './export/export-handlers'
import { createExportService } from './export/export-service'
import { createPrintHandlers } from './print/print-handlers'
import { createImportHandlers } from './import/import-handlers'
import { createImportService } from './import/import-service'
import type { MainPorts } from './ports'

export interface MainServices {
  /** Every contract channel wired to its service: one spread line per feature. */
  handlers: ChannelHandlers
  /**
   * Ends every export and import the page started (their temporary files removed, their rows
   * dropped): the page reloaded, crashed or closed, and nothing will finish them. Left open, an
   * abandoned export held its place until its ten-minute idle timeout.
   */
  endPageSessions(): Promise<void>
}

export function createMainServices(ports: MainPorts): MainServices {
  const exports = createExportService(ports)
  const imports = createImportService(ports)
  return {
    handlers: {
      ...createAppHandlers(ports),
      ...createExportHandlers(ports, undefined, exports),
      ...createPrintHandlers(ports),
      ...createImportHandlers(ports, imports)
    },
    async endPageSessions() {
      await Promise.all([exports.cancelAll(), imports.closeAll()])
    }
  }
}

/** The handlers alone (the test host and tests that need no page lifecycle). */
export function createHandlers(ports: MainPorts): ChannelHandlers {
  return createMainServices(ports).handlers
}
