import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { ImportFileSummary } from '@shared/ipc/contract-import'
import type { ImportRow } from '@shared/import/cell'
import { createTestPorts } from '../../../../tests/host/test-ports'
import { createImportService, type ImportService } from './import-service'

/** Helpers for the import's main-side tests: open a file through the real service and wait for it. */

export const fixturesDir = resolve(import.meta.dirname, '../../../../tests/fixtures/import')
export const fixture = (name: string) => join(fixturesDir, name)

export function tempFolder(): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'regulars-import-'))
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) }
}

export function serviceFor(openPath: string | null, locale = 'pl-PL'): { service: ImportService; dialogCalls: ReturnType<typeof createTestPorts>['dialogCalls']; answers: ReturnType<typeof createTestPorts>['answers'] } {
  const { ports, dialogCalls, answers } = createTestPorts({ dataDir: tmpdir(), answers: { openPath }, locale })
  return { service: createImportService(ports), dialogCalls, answers }
}

/** Polls the session until it is read; throws the file's error as the renderer would get it. */
export async function waitUntilRead(service: ImportService, sessionId: string, timeoutMs = 60_000): Promise<ImportFileSummary> {
  const started = Date.now()
  for (;;) {
    const status = service.status(sessionId)
    if (status.state === 'ready') return status.file
    if (Date.now() - started > timeoutMs) throw new Error('Reading took too long')
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

/** Opens `path` through the dialog and reads it; returns the summary and every data row. */
export async function readFile(path: string, locale = 'pl-PL'): Promise<{ summary: ImportFileSummary; rows: ImportRow[]; service: ImportService }> {
  const { service } = serviceFor(path, locale)
  const opened = await service.open()
  if (!opened.sessionId) throw new Error('The dialog was cancelled')
  const summary = await waitUntilRead(service, opened.sessionId)
  const rows = allRows(service, opened.sessionId, summary.rowCount)
  return { summary, rows, service }
}

export function allRows(service: ImportService, sessionId: string, rowCount: number): ImportRow[] {
  const rows: ImportRow[] = []
  for (let from = 0; from < rowCount; from += 1000) rows.push(...service.rows({ sessionId, from, count: 1000 }).rows)
  return rows
}

/** The error code a file is refused with (or null when it reads). */
export async function refusal(path: string): Promise<{ code: string; details: unknown } | null> {
  try {
    await readFile(path)
    return null
  } catch (error) {
    const { code, details } = error as { code?: string; details?: unknown }
    if (!code) throw error
    return { code, details }
  }
}
