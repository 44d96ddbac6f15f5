import type { UpdateUndo } from '@shared/import/update-plan'
import { getFeatureSetting, setFeatureSetting, type RegularsDatabase } from '@renderer/db'

/**
 * What undo needs of the customers an import updated (each replaced value, each added phone,
 * e-mail, category, consent entry) is kept in the settings table, a few thousand customers a
 * key, beside the audit entry rather than in it: the audit log lists entries page by page and
 * should not carry megabytes of them. Written in the import's own transaction; removed by the
 * undo. The customers it created need no record: they carry the import's batch id.
 */
const perKey = 2_000

export function undoKey(batchId: string, chunk: number): string {
  return `import-undo:${batchId}:${chunk}`
}

/** Writes the records; returns how many keys they took (kept in the audit entry). */
export async function saveUndoRecords(db: RegularsDatabase, batchId: string, records: UpdateUndo[]): Promise<number> {
  let chunks = 0
  for (let start = 0; start < records.length; start += perKey) {
    await setFeatureSetting(db, undoKey(batchId, chunks), records.slice(start, start + perKey))
    chunks++
  }
  return chunks
}

export async function loadUndoChunk(db: RegularsDatabase, batchId: string, chunk: number): Promise<UpdateUndo[]> {
  return getFeatureSetting<UpdateUndo[]>(db, undoKey(batchId, chunk), [])
}

export async function deleteUndoRecords(db: RegularsDatabase, batchId: string, chunks: number): Promise<void> {
  await db.settings.bulkDelete(Array.from({ length: chunks }, (_, chunk) => undoKey(batchId, chunk)))
}
