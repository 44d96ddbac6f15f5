import { AppError } from '@shared/errors'
import type { AuditAction, AuditEntry, Id } from '@shared/domain/types'
import type { JobOptions } from '@shared/jobs/job'
import type { RegularsDatabase } from '../schema'
import { markAuditUndone } from '../repositories/audit'

/**
 * Undo of an audited action (an import, a merge…), offered in the audit log on entries with
 * `undoable: 1` and `undoneAt: 0`. index.ts registers how each action is undone:
 *
 *   registerUndo('import', async (entry, { db, onProgress, signal }) => { … })
 *
 * The handler does the work (in its own transaction(s)) and throws an AppError to refuse;
 * the registry then marks the entry undone. The handler writes its own "…-undo" audit entry
 * if it wants one in the log (e.g. action 'import-undo').
 */

export type UndoableEntry = AuditEntry & { id: Id }

/** A long undo takes the job options: on Cancel it stops and throws JobCancelled, changing nothing. */
export interface UndoContext extends JobOptions {
  db: RegularsDatabase
}

export type UndoHandler = (entry: UndoableEntry, context: UndoContext) => Promise<void>

export const undoErrors = {
  unavailable: 'audit.undo-unavailable',
  alreadyUndone: 'audit.already-undone',
  running: 'audit.undo-running'
} as const

const handlers = new Map<AuditAction, UndoHandler>()
const running = new Set<Id>()

/** Registers how `action` is undone; returns a function that removes it (tests). */
export function registerUndo(action: AuditAction, handler: UndoHandler): () => void {
  handlers.set(action, handler)
  return () => {
    if (handlers.get(action) === handler) handlers.delete(action)
  }
}

export function hasUndoHandler(action: AuditAction): boolean {
  return handlers.has(action)
}

/** Whether the audit log should offer "Undo" for this entry now. */
export function canUndo(entry: AuditEntry): entry is UndoableEntry {
  return entry.id !== undefined && entry.undoable === 1 && entry.undoneAt === 0 && handlers.has(entry.action)
}

/**
 * Undoes an entry's action once: re-reads the entry (another window or a double click may
 * have undone it already), runs the feature's handler, then marks the entry undone.
 */
export async function undoAuditEntry(entry: AuditEntry, context: UndoContext): Promise<void> {
  const handler = handlers.get(entry.action)
  if (entry.id === undefined || !handler || entry.undoable !== 1) throw new AppError(undoErrors.unavailable, `No undo for ${entry.action}`)
  if (running.has(entry.id)) throw new AppError(undoErrors.running, `Undo of ${entry.id} is running`)
  running.add(entry.id)
  try {
    const current = await context.db.audit.get(entry.id)
    if (!current) throw new AppError(undoErrors.unavailable, `Audit entry ${entry.id} is gone`)
    if (current.undoneAt !== 0) throw new AppError(undoErrors.alreadyUndone, `Audit entry ${entry.id} was undone`)
    await handler(current as UndoableEntry, context)
    const after = await context.db.audit.get(entry.id)
    // A handler that marked the entry inside its own transaction has already done it.
    if (after && after.undoneAt === 0) await markAuditUndone(context.db, entry.id)
  } finally {
    running.delete(entry.id)
  }
}
