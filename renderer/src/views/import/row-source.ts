import type { ImportRow } from '@shared/import/cell'
import { importLimits } from '@shared/import/limits'
import { callMain } from '@renderer/ipc'

/** Where an import's rows come from: main's open file (in the app), or an array (unit tests). */
export interface RowSource {
  rowCount: number
  pull(from: number, count: number): Promise<ImportRow[]>
}

/** The rows main keeps for an opened file, pulled over IPC in chunks. */
export function mainRowSource(sessionId: string, rowCount: number): RowSource {
  return {
    rowCount,
    async pull(from, count) {
      const rows: ImportRow[] = []
      for (let start = from; start < from + count; start += importLimits.maxRowsPerPull) {
        const take = Math.min(importLimits.maxRowsPerPull, from + count - start)
        rows.push(...(await callMain('import:rows', { sessionId, from: start, count: take })).rows)
      }
      return rows
    }
  }
}

export function arrayRowSource(rows: ImportRow[]): RowSource {
  return { rowCount: rows.length, pull: async (from, count) => rows.slice(from, from + count) }
}
