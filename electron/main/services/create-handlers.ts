import type { ChannelHandlers } from '@shared/ipc/contract'
import { createAppHandlers } from './app-handlers'
import { createExportHandlers } from './export/export-handlers'
import { createPrintHandlers } from './print/print-handlers'
import { createImportHandlers } from './import/import-handlers'
import type { MainPorts } from './ports'

/** Wires every contract channel to its service: one spread line per feature. */
export function createHandlers(ports: MainPorts): ChannelHandlers {
  return {
    ...createAppHandlers(ports),
    ...createExportHandlers(ports),
    ...createPrintHandlers(ports),
    ...createImportHandlers(ports)
  }
}
