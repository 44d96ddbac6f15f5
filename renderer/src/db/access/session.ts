import type { Id } from '@shared/domain/types'
import type { Right } from '@shared/staff/rights'
import { allStores, type StoreScope } from '@shared/staff/store-scope'
import type { RegularsDatabase } from '../schema'

/**
 * Who is acting at this desk, held in the data layer (not in a view or a store) so that every
 * check reads the same answer. One session per open database: the app has one; each unit test's
 * fresh database starts signed out.
 */
export interface SessionState {
  /** The signed-in person; null when locked or before anyone signed in. */
  staffId: Id | null
  /** Their name, kept here so records written inside any transaction can name them without a read. */
  staffName: string | null
  /** A manager's or owner's approval of one action the signed-in person lacks the right for. */
  approval: Approval | null
  /** The person and approver of the guarded call now running, for the records it writes. */
  acting: Acting | null
  /**
   * Which customers reads through the door return (access/scoped-reads.ts), kept in memory so a
   * read needs no extra request: every store before the owner's set-up, the signed-in person's
   * scope, and no store at all while locked.
   */
  scope: StoreScope
}

/** While locked nobody's customers are read through the door. */
export const lockedScope: StoreScope = { kind: 'stores', storeIds: [] }

export interface Approval {
  right: Right
  approverId: Id
  approverName: string
  /** Set once a checked call used it; the action's audit entry then names the approver and ends it. */
  used: boolean
}

export interface Acting {
  staffName: string
  approvedBy?: string
}

const sessions = new WeakMap<RegularsDatabase, SessionState>()

export function sessionOf(db: RegularsDatabase): SessionState {
  let session = sessions.get(db)
  if (!session) {
    session = { staffId: null, staffName: null, approval: null, acting: null, scope: allStores }
    sessions.set(db, session)
  }
  return session
}

/**
 * Who a record written now names: the signed-in person, else `fallback` (the name the caller
 * passes — "this PC" or the Settings name — as before the owner's set-up).
 */
export function actingName(db: RegularsDatabase, fallback: string): string {
  return sessionOf(db).staffName ?? fallback
}

/**
 * The approver of the action whose audit entry is being written, if a manager approved it;
 * the approval ends here (it was for that one action).
 */
export function takeUsedApproval(db: RegularsDatabase): string | undefined {
  const session = sessionOf(db)
  if (!session.approval?.used) return undefined
  const { approverName } = session.approval
  session.approval = null
  return approverName
}
