import type { importChannels } from '@shared/ipc/contract-import'
import type { HandlersFor } from '../handlers-for'
import type { MainPorts } from '../ports'
import { createImportService, type ImportService } from './import-service'

/** The import channels, wired to one import service per app. */
export function createImportHandlers(ports: MainPorts, service: ImportService = createImportService(ports)): HandlersFor<typeof importChannels> {
  return {
    'import:open': () => service.open(),
    'import:status': ({ sessionId }) => service.status(sessionId),
    'import:reparse': (input) => service.reparse(input),
    'import:rows': (input) => service.rows(input),
    'import:close': ({ sessionId }) => service.close(sessionId),
    'import:report-begin': (input) => service.reportBegin(input),
    'import:report-rows': (input) => service.reportRows(input),
    'import:report-finish': ({ reportId }) => service.reportFinish(reportId),
    'import:report-cancel': ({ reportId }) => service.reportCancel(reportId)
  }
}
