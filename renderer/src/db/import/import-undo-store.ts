import type { UpdateUndo } from '@shared/import/update-plan'
import type { RegularsDatabase } from '../schema'

/**
 * What undo needs of the customers an import updated (each replaced value, each added phone,
 * e-mail, category, consent entry) is kept in the settings table, a few thousand customers a
 * key, beside the audit entry rather than in it: the audit log lists entries page by page and
 * should not carry megabytes of them. Written in the import's own transaction; removed by the
 * undo. The customers it created need no record: they carry the import's batch id.
 * Each function returns a Dexie promise: they run inside the import's or the undo's
 * transaction (see import-write.ts on awaiting only Dexie promises there).
 */
const perKey = 2_000

export function undoKey(batchId: string, chunk: number): string {
  return `import-undo:${batchId}:${chunk}`
}

/** Writes the records; resolves to how many keys they took (kept in the audit entry). */
export function saveUndoRecords(db: RegularsDatabase, batchId: string, records: UpdateUndo[]): PromiseLike<number> {
  const rows = []
  for (let start = 0; start < records.length; start += perKey) rows.push({ key: undoKey(batchId, rows.length), value: records.slice(start, start + perKey) })
  return db.settings.bulkPut(rows).then(() => rows.length)
}

export function loadUndoChunk(db: RegularsDatabase, batchId: string, chunk: number): PromiseLike<UpdateUndo[]> {
  return db.settings.get(undoKey(batchId, chunk)).then((row) => (row?.value as UpdateUndo[] | undefined) ?? [])
}

export function deleteUndoRecords(db: RegularsDatabase, batchId: string, chunks: number): PromiseLike<void> {
  return db.settings.bulkDelete(Array.from({ length: chunks }, (_, chunk) => undoKey(batchId, chunk)))
}
