import { randomUUID } from 'node:crypto'
import { basename, dirname } from 'node:path'
import { AppError } from '@shared/errors'
import { suggestedFileName, withExtension } from '@shared/export/file-names'
import type { ExportRow, ExportSheetKey } from '@shared/export/export-spec'
import type { ExportBeginInput, ExportFinished, ExportStarted } from '@shared/ipc/contract-export'
import type { MainPorts } from '../ports'
import type { TempFileRegistry } from '../temp-file-registry'
import { createCsvExportWriter } from './csv-export-writer'
import { exportErrorCodes, exportErrorFrom } from './export-errors'
import type { ExportFileWriter } from './export-writer'
import { FileSink } from './file-sink'
import { moveIntoPlace, removeQuietly, removeStaleTempFiles, tempPathFor, trackTempFile, untrackTempFile } from './temp-files'
import { createXlsxExportWriter } from './xlsx-export-writer'

export interface ExportServiceOptions {
  /** An export with no call for this long is abandoned (the renderer reloaded or crashed). */
  idleMs?: number
  /** Exports open at once; a renderer runs one, abandoned ones wait for their idle timeout. */
  maxOpen?: number
  /** Rows per sheet incl. header before a new tab starts (Excel's limit; tests lower it). */
  maxRowsPerSheet?: number
  /** Where temporary files are listed until they are gone, so a killed run's are removed later. */
  tempFiles?: TempFileRegistry
}

interface Session {
  id: string
  target: string
  temp: string
  writer: ExportFileWriter
  firstSheet: ExportSheetKey
  /** Calls run one after another, in the order they arrived. */
  queue: Promise<unknown>
  timer: NodeJS.Timeout | null
  ended: boolean
  /** The file is in place: the export ended well. */
  published: boolean
}

const tenMinutes = 10 * 60_000
const staleTempAge = 60 * 60_000

/**
 * Export sessions in main: the save dialog, the temporary file beside the target, rows
 * written as they arrive, and the rename into place at the end. Whatever ends an export
 * early (cancel, a write error, an abandoned session, the app quitting) removes the
 * temporary file, so the target folder never holds a partial file.
 */
export function createExportService(ports: MainPorts, options: ExportServiceOptions = {}) {
  const idleMs = options.idleMs ?? tenMinutes
  const maxOpen = options.maxOpen ?? 4
  const sessions = new Map<string, Session>()
  /** Why an id is no longer open, for a clear answer to a late call. */
  const ended = new Map<string, string>()

  function remember(id: string, code: string): void {
    ended.set(id, code)
    if (ended.size > 100) ended.delete(ended.keys().next().value!)
  }

  function lookup(id: string): Session {
    const session = sessions.get(id)
    if (session && !session.ended) return session
    throw new AppError(ended.get(id) ?? exportErrorCodes.notFound, `Export ${id} is not open`)
  }

  async function end(session: Session, code: string): Promise<void> {
    if (session.ended) return
    session.ended = true
    if (session.timer) clearTimeout(session.timer)
    sessions.delete(session.id)
    remember(session.id, code)
    await session.writer.abort()
    await removeQuietly(session.temp)
    untrackTempFile(session.temp)
    await options.tempFiles?.remove(session.temp)
  }

  function armIdleTimer(session: Session): void {
    if (session.timer) clearTimeout(session.timer)
    session.timer = setTimeout(() => void end(session, exportErrorCodes.expired), idleMs)
    session.timer.unref()
  }

  /** Runs one call of a session after the previous ones; any failure ends the export. */
  function run<T>(session: Session, work: () => Promise<T>): Promise<T> {
    const next = session.queue.then(async () => {
      if (session.ended) throw new AppError(ended.get(session.id) ?? exportErrorCodes.notFound, 'Export ended')
      if (session.timer) clearTimeout(session.timer)
      try {
        const result = await work()
        if (session.ended && !session.published) throw new AppError(ended.get(session.id) ?? exportErrorCodes.cancelled, 'Export ended')
        if (!session.ended) armIdleTimer(session)
        return result
      } catch (error) {
        // Cancelled while this call was writing: the cancel is the answer, not the write error it caused.
        const failure = session.ended ? new AppError(ended.get(session.id) ?? exportErrorCodes.cancelled, 'Export ended') : exportErrorFrom(error)
        await end(session, failure.code)
        throw failure
      }
    })
    session.queue = next.catch(() => undefined)
    return next
  }

  function createWriter(sink: FileSink, input: ExportBeginInput): ExportFileWriter {
    const common = { locale: input.locale, currency: input.currency, flagLabels: input.flagLabels }
    if (input.format === 'csv') return createCsvExportWriter(sink, { ...common, sheet: input.sheets[0], separator: input.csvSeparator })
    return createXlsxExportWriter(sink, {
      ...common,
      sheets: input.sheets,
      title: input.title,
      now: ports.now(),
      maxRowsPerSheet: options.maxRowsPerSheet
    })
  }

  return {
    async begin(input: ExportBeginInput): Promise<ExportStarted | null> {
      if (sessions.size >= maxOpen) throw new AppError(exportErrorCodes.tooMany, `${sessions.size} exports are open`)
      const chosen = await ports.dialogs.chooseSavePath({
        defaultName: suggestedFileName(input.fileName, input.format, ports.now()),
        filters: [{ name: input.fileTypeName, extensions: [input.format] }]
      })
      if (chosen === null) return null
      const target = withExtension(chosen, input.format)
      const id = randomUUID()
      const temp = tempPathFor(target, id)
      await removeStaleTempFiles(dirname(target), new Set([...sessions.values()].map((s) => s.temp)), ports.now().getTime(), staleTempAge)
      await options.tempFiles?.sweep()

      await options.tempFiles?.add(temp)
      const sink = new FileSink(temp)
      try {
        await sink.opened()
      } catch (error) {
        await sink.destroy()
        await removeQuietly(temp)
        await options.tempFiles?.remove(temp)
        throw exportErrorFrom(error)
      }
      trackTempFile(temp)
      let writer: ExportFileWriter
      try {
        writer = createWriter(sink, input)
      } catch (error) {
        await sink.destroy()
        await removeQuietly(temp)
        untrackTempFile(temp)
        await options.tempFiles?.remove(temp)
        throw exportErrorFrom(error)
      }
      const session: Session = { id, target, temp, writer, firstSheet: input.sheets[0].key, queue: Promise.resolve(), timer: null, ended: false, published: false }
      sessions.set(id, session)
      armIdleTimer(session)
      return { exportId: id, fileName: basename(target) }
    },

    rows(input: { exportId: string; sheet: ExportSheetKey; rows: ExportRow[] }): Promise<{ rows: number }> {
      const session = lookup(input.exportId)
      return run(session, async () => {
        await session.writer.writeRows(input.sheet, input.rows)
        return { rows: session.writer.rowCounts[input.sheet] ?? 0 }
      })
    },

    finish(input: { exportId: string }): Promise<ExportFinished> {
      const session = lookup(input.exportId)
      return run(session, async () => {
        await session.writer.finish()
        if (session.ended) throw new AppError(ended.get(session.id) ?? exportErrorCodes.cancelled, 'Export ended')
        const bytes = await moveIntoPlace(session.temp, session.target)
        session.published = true
        session.ended = true
        untrackTempFile(session.temp)
        await options.tempFiles?.remove(session.temp)
        sessions.delete(session.id)
        remember(session.id, exportErrorCodes.notFound)
        const sheetRows = { ...session.writer.rowCounts }
        return { fileName: basename(session.target), rows: sheetRows[session.firstSheet] ?? 0, sheetRows, bytes }
      })
    },

    async cancel(input: { exportId: string }): Promise<{ cancelled: boolean }> {
      const session = sessions.get(input.exportId)
      if (!session || session.ended) return { cancelled: false }
      await end(session, exportErrorCodes.cancelled)
      return { cancelled: true }
    },

    /** Ends every open export (the window closed); their temporary files are removed. */
    async cancelAll(): Promise<void> {
      await Promise.all([...sessions.values()].map((session) => end(session, exportErrorCodes.cancelled)))
    },

    openCount(): number {
      return sessions.size
    }
  }
}

export type ExportService = ReturnType<typeof createExportService>
