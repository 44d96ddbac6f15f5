import { getDataSettings } from '@renderer/db'
import { undoMerge } from '@renderer/db/repositories/merge'
import { registerUndo } from '@renderer/views/audit/undo-registry'

// "Undo merge" in the audit log (issue 5): loaded by views/audit/undo-handlers.ts with every
// other *.undo.ts file. The repository restores both records and writes a "merge-undo" entry.
registerUndo('merge', async (entry, { db }) => {
  const { staffName } = await getDataSettings(db)
  await undoMerge(db, entry, { staffName })
})
