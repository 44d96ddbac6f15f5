import type { exportChannels } from '@shared/ipc/contract-export'
import type { HandlersFor } from '../handlers-for'
import type { MainPorts } from '../ports'
import { createExportService, type ExportService, type ExportServiceOptions } from './export-service'

/** The export channels, each a thin call into the export service. */
export function createExportHandlers(
  ports: MainPorts,
  options?: ExportServiceOptions,
  service: ExportService = createExportService(ports, options)
): HandlersFor<typeof exportChannels> {
  return {
    'export:begin': (input) => service.begin(input),
    'export:rows': (input) => service.rows(input),
    'export:finish': (input) => service.finish(input),
    'export:cancel': (input) => service.cancel(input)
  }
}
