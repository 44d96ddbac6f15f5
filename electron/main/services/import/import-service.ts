import { randomUUID } from 'node:crypto'
import { basename, extname } from 'node:path'
import type { ImportFileSummary, ImportOpened, ImportReportBegun, ImportStatus } from '@shared/ipc/contract-import'
import type { ImportDelimiter, ImportEncoding } from '@shared/import/limits'
import type { ImportRow } from '@shared/import/cell'
import type { MainPorts } from '../ports'
import { SharedImportBudget } from './import-budget'
import { importError } from './import-error'
import { ImportReportWriter } from './import-report-writer'
import { ImportSession, type SessionShared } from './import-session'
import { OneAtATime } from './one-at-a-time'

/**
 * The import's state in main: files opened for import (read in the background, one at a
 * time, their rows kept until closed) and reports being written. A renderer works on one
 * file at a time; a few more are kept so a second attempt does not fail, the oldest closed
 * first, and all of them together keep no more than one file may (SharedImportBudget).
 */

const maxOpenSessions = 3

export interface ImportServiceOptions {
  /** Test hook: runs when a read ends, however it ends. */
  onReadSettled?: (sessionId: string) => void
  /** What all open sessions may keep together (tests lower it). */
  budget?: SharedImportBudget
}

export function createImportService(ports: MainPorts, options: ImportServiceOptions = {}) {
  const sessions = new Map<string, ImportSession>()
  const reports = new Map<string, ImportReportWriter>()
  const shared: SessionShared = { budget: options.budget ?? new SharedImportBudget(), reads: new OneAtATime() }

  function session(id: string): ImportSession {
    const found = sessions.get(id)
    if (!found) throw importError('session-expired', `Import session ${id} is not open`)
    return found
  }

  function report(id: string): ImportReportWriter {
    const found = reports.get(id)
    if (!found) throw importError('report-expired', `Report ${id} is not open`)
    return found
  }

  function startRead(target: ImportSession, choices: { sheet?: string; encoding?: ImportEncoding; delimiter?: ImportDelimiter }): void {
    void target.read(choices).then(() => options.onReadSettled?.(target.id))
  }

  return {
    async open(): Promise<ImportOpened> {
      const path = await ports.dialogs.chooseOpenPath({
        filters: [
          { name: 'Excel, CSV (*.xlsx, *.csv, *.txt)', extensions: ['xlsx', 'csv', 'txt'] },
          { name: '*.*', extensions: ['*'] }
        ]
      })
      if (path === null) return { sessionId: null, fileName: '' }
      while (sessions.size >= maxOpenSessions) {
        const [oldestId, oldest] = sessions.entries().next().value!
        oldest.close()
        sessions.delete(oldestId)
      }
      const opened = new ImportSession(randomUUID(), basename(path), path, ports.locale(), shared)
      sessions.set(opened.id, opened)
      startRead(opened, {})
      return { sessionId: opened.id, fileName: opened.fileName }
    },

    status(sessionId: string): ImportStatus {
      return session(sessionId).status()
    },

    reparse(input: { sessionId: string; sheet?: string; encoding?: ImportEncoding; delimiter?: ImportDelimiter; headerLine?: number }): ImportStatus {
      const target = session(input.sessionId)
      const { sheet, encoding, delimiter, headerLine } = input
      if (sheet !== undefined || encoding !== undefined || delimiter !== undefined) {
        startRead(target, { sheet, encoding, delimiter })
        return target.status()
      }
      if (headerLine !== undefined) target.chooseHeader(headerLine)
      return target.status()
    },

    rows(input: { sessionId: string; from: number; count: number }): { rows: ImportRow[] } {
      return { rows: session(input.sessionId).rows(input.from, input.count) }
    },

    close(sessionId: string): { closed: boolean } {
      const target = sessions.get(sessionId)
      if (!target) return { closed: false }
      target.close()
      sessions.delete(sessionId)
      return { closed: true }
    },

    async reportBegin(input: {
      defaultName: string
      summary: [string, string | number | null][]
      columns: string[]
      sheetNames: { summary: string; rows: string }
    }): Promise<ImportReportBegun> {
      const chosen = await ports.dialogs.chooseSavePath({ defaultName: input.defaultName, filters: [{ name: 'Excel', extensions: ['xlsx'] }] })
      if (chosen === null) return { reportId: null, fileName: '' }
      const target = extname(chosen).toLowerCase() === '.xlsx' ? chosen : `${chosen}.xlsx`
      const id = randomUUID()
      let writer: ImportReportWriter
      try {
        writer = await ImportReportWriter.begin({ target, id, summary: input.summary, columns: input.columns, sheetNames: input.sheetNames })
      } catch (error) {
        throw importError('report-write-failed', `Cannot create the report: ${(error as Error).message}`)
      }
      reports.set(id, writer)
      return { reportId: id, fileName: basename(target) }
    },

    async reportRows(input: { reportId: string; rows: (string | number | null)[][] }): Promise<{ written: number }> {
      const writer = report(input.reportId)
      try {
        await writer.writeRows(input.rows)
      } catch (error) {
        reports.delete(input.reportId)
        await writer.abort()
        throw importError('report-write-failed', `Cannot write the report: ${(error as Error).message}`)
      }
      return { written: writer.written }
    },

    async reportFinish(reportId: string): Promise<{ fileName: string }> {
      const writer = report(reportId)
      reports.delete(reportId)
      try {
        await writer.finish()
      } catch (error) {
        await writer.abort()
        throw importError('report-write-failed', `Cannot finish the report: ${(error as Error).message}`)
      }
      return { fileName: writer.fileName }
    },

    async reportCancel(reportId: string): Promise<{ cancelled: boolean }> {
      const writer = reports.get(reportId)
      if (!writer) return { cancelled: false }
      reports.delete(reportId)
      await writer.abort()
      return { cancelled: true }
    },

    /** Closes every file and drops every report being written: the page that used them is gone. */
    async closeAll(): Promise<void> {
      for (const target of sessions.values()) target.close()
      sessions.clear()
      const writers = [...reports.values()]
      reports.clear()
      await Promise.all(writers.map((writer) => writer.abort()))
    },

    /** Files open and reports being written (tests). */
    openCount(): { sessions: number; reports: number } {
      return { sessions: sessions.size, reports: reports.size }
    },

    /** A ready file's summary (tests). */
    summary(sessionId: string): ImportFileSummary | null {
      const status = session(sessionId).status()
      return status.state === 'ready' ? status.file : null
    }
  }
}

export type ImportService = ReturnType<typeof createImportService>
