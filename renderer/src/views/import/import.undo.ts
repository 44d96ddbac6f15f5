import { registerUndo } from '@renderer/views/audit/undo-registry'
import { undoImport } from './import-undo'

// "Undo this import" in the audit log (loaded by views/audit/undo-handlers.ts).
registerUndo('import', async (entry, { db, signal, onProgress }) => {
  await undoImport(db, entry, { signal, onProgress })
})
