import type { AuditAction, AuditEntry, Id } from '@shared/domain/types'
import type { RegularsDatabase } from '../schema'
import { actingName, takeUsedApproval } from '../access/session'

/** Ids kept on an entry; customerCount stays exact for bigger actions. */
export const MAX_AUDIT_IDS = 10_000

export interface AuditInput {
  action: AuditAction
  staffName: string
  customerIds: Id[]
  /** When the entry names no ids (demo data: thousands of generated customers), how many it touched. */
  customerCount?: number
  details?: Record<string, unknown>
  undoable?: boolean
  at?: number
  /** The approver when the approval was given at another database's desk (a restore's entry). */
  approvedBy?: string
}

/**
 * Appends an entry to the audit log (never rewritten, except to mark an undo). It names the
 * signed-in person (`input.staffName` only before the owner's set-up) and the manager who
 * approved the action, if one did.
 */
export async function appendAudit(db: RegularsDatabase, input: AuditInput): Promise<Id> {
  const approvedBy = input.approvedBy ?? takeUsedApproval(db)
  const entry: AuditEntry = {
    at: input.at ?? Date.now(),
    action: input.action,
    staffName: actingName(db, input.staffName),
    ...(approvedBy ? { approvedBy } : {}),
    customerCount: input.customerCount ?? input.customerIds.length,
    customerIds: input.customerIds.slice(0, MAX_AUDIT_IDS),
    details: input.details ?? {},
    undoable: input.undoable ? 1 : 0,
    undoneAt: 0
  }
  return (await db.audit.add(entry)) as Id
}

export async function markAuditUndone(db: RegularsDatabase, id: Id, at: number = Date.now()): Promise<void> {
  await db.audit.update(id, { undoneAt: at })
}

export function getAuditEntry(db: RegularsDatabase, id: Id): Promise<AuditEntry | undefined> {
  return db.audit.get(id)
}
