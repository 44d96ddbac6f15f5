import { randomUUID } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { AppError } from '@shared/errors'
import { suggestedFileName, withExtension } from '@shared/export/file-names'
import type { printChannels } from '@shared/ipc/contract-print'
import { exportErrorFrom } from '../export/export-errors'
import { moveIntoPlace, removeQuietly, tempPathFor } from '../export/temp-files'
import type { HandlersFor } from '../handlers-for'
import type { MainPorts } from '../ports'
import { countPdfPages } from './pdf-file'

export const printErrorCodes = {
  failed: 'print.failed'
} as const

/**
 * Printing and PDFs of the window's print layout. A PDF is written like an export: into a
 * temporary file beside the target, renamed when complete, so a full or pulled-out stick never
 * holds half a PDF (the same translated export.* codes say what went wrong).
 */
export function createPrintHandlers(ports: MainPorts): HandlersFor<typeof printChannels> {
  return {
    async 'print:pdf'(input) {
      const chosen = await ports.dialogs.chooseSavePath({
        defaultName: suggestedFileName(input.fileName, 'pdf', ports.now()),
        filters: [{ name: input.fileTypeName, extensions: ['pdf'] }]
      })
      if (chosen === null) return null
      const target = withExtension(chosen, 'pdf')
      let pdf: Uint8Array
      try {
        pdf = await ports.printing.printToPdf({ landscape: input.landscape })
      } catch (error) {
        throw new AppError(printErrorCodes.failed, error instanceof Error ? error.message : String(error))
      }
      const temp = tempPathFor(target, randomUUID())
      try {
        await writeFile(temp, pdf, { flag: 'wx', flush: true })
        const bytes = await moveIntoPlace(temp, target)
        return { fileName: basename(target), pages: countPdfPages(pdf), bytes }
      } catch (error) {
        await removeQuietly(temp)
        throw exportErrorFrom(error)
      }
    },
    async 'print:printer'(input) {
      try {
        return { printed: await ports.printing.print({ landscape: input.landscape }) }
      } catch (error) {
        throw new AppError(printErrorCodes.failed, error instanceof Error ? error.message : String(error))
      }
    }
  }
}
