/**
 * Loads every feature's undo handler: each `*.undo.ts` file under renderer/src registers
 * itself with `registerUndo` (undo-registry.ts). Import this module (not the registry) where
 * Undo is offered, so the handlers are there before the first entry is shown.
 */
import.meta.glob('../../**/*.undo.ts', { eager: true })

export { canUndo, hasUndoHandler, undoAuditEntry, undoErrors, type UndoableEntry } from './undo-registry'
