import type { CellRange } from '@shared/import/header-row'
import type { ImportSheet } from '@shared/ipc/contract-import'
import { importError } from './import-error'
import type { ReadProgress } from './read-progress'
import { RowCollector } from './row-collector'
import { readSharedStrings, readStyleKinds, readWorkbookParts } from './xlsx-workbook'
import { readSheetRows } from './xlsx-sheet'
import { ZipArchive } from './zip-archive'

/**
 * Reads one worksheet of an .xlsx: the chosen one, or the first visible one. The zip is read
 * through its directory, the shared strings and the sheet are streamed through a SAX parser:
 * memory stays bounded by the kept rows, not the file.
 */

export interface XlsxReadResult {
  sheets: ImportSheet[]
  sheet: string
  collector: RowCollector
  merges: CellRange[]
}

export async function readXlsx(
  path: string,
  options: { sheet?: string },
  progress: ReadProgress,
  signal: AbortSignal,
  newCollector: () => RowCollector = () => new RowCollector()
): Promise<XlsxReadResult> {
  const archive = await ZipArchive.open(path)
  try {
    const parts = await readWorkbookParts(archive)
    const chosen = options.sheet === undefined ? (parts.sheets.find((sheet) => !sheet.hidden) ?? parts.sheets[0]) : parts.sheets.find((sheet) => sheet.name === options.sheet)
    if (!chosen) throw importError('sheet-not-found', `No sheet named ${options.sheet}`, { sheet: options.sheet })

    const total = Math.max(1, (parts.sharedStringsPath ? archive.size(parts.sharedStringsPath) : 0) + archive.size(chosen.path))
    let done = 0
    const collector = newCollector()
    const onBytes = (bytes: number) => {
      done += bytes
      progress.update(done / total, collector.rows.length)
    }
    const sharedStrings = await readSharedStrings(archive, parts.sharedStringsPath, { signal, onBytes })
    const styleKinds = await readStyleKinds(archive, parts.stylesPath)
    const merges = await readSheetRows(archive, chosen.path, { sharedStrings, styleKinds, date1904: parts.date1904 }, collector, { signal, onBytes })
    return { sheets: parts.sheets.map(({ name, hidden }) => ({ name, hidden })), sheet: chosen.name, collector, merges }
  } finally {
    archive.close()
  }
}
