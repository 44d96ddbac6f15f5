import type { ImportRow } from '@shared/import/cell'
import { importLimits } from '@shared/import/limits'
import type { RowSource } from '@shared/import/row-source'
import { callFileWork } from '@renderer/file-work'

/** The rows main keeps for an opened file, pulled over IPC in chunks. */
export function mainRowSource(sessionId: string, rowCount: number): RowSource {
  return {
    rowCount,
    async pull(from, count) {
      const rows: ImportRow[] = []
      for (let start = from; start < from + count; start += importLimits.maxRowsPerPull) {
        const take = Math.min(importLimits.maxRowsPerPull, from + count - start)
        rows.push(...(await callFileWork('import:rows', { sessionId, from: start, count: take })).rows)
      }
      return rows
    }
  }
}
