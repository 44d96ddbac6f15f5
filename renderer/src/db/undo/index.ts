import { getDataSettings } from '../repositories/settings'
import { undoMerge } from '../repositories/merge'
import { undoImport } from '../import/import-undo'
import { registerUndo } from './undo-registry'
import { guarded } from '../access/guard'
import type { RegularsDatabase } from '../schema'

/**
 * The actions the audit log can undo, each registered here in one list so that "Undo" is
 * offered for exactly these and a new undoable action is one line. Each handler does its work
 * in its own transaction(s) and may write its own "…-undo" entry; the registry marks the
 * original entry undone.
 */
// Undoing needs the right the action needed (access/guarded.ts).
const byContext = (_entry: unknown, context: { db: RegularsDatabase }) => context.db
registerUndo(
  'import',
  guarded('import', async (entry, { db, ...job }) => {
    await undoImport(db, entry, job)
  }, byContext)
)
registerUndo(
  'merge',
  guarded('merge', async (entry, { db }) => {
    const { staffName } = await getDataSettings(db)
    await undoMerge(db, entry, { staffName })
  }, byContext)
)

export { canUndo, hasUndoHandler, undoAuditEntry, undoErrors, type UndoableEntry } from './undo-registry'
