import type { Id } from '@shared/domain/types'
import type { Right } from '@shared/staff/rights'
import type { RegularsDatabase } from '../schema'

/**
 * Who is acting at this desk, held in the data layer (not in a view or a store) so that every
 * check reads the same answer. One session per open database: the app has one; each unit test's
 * fresh database starts signed out.
 */
export interface SessionState {
  /** The signed-in person; null when locked or before anyone signed in. */
  staffId: Id | null
  /** A manager's or owner's approval of one action the signed-in person lacks the right for. */
  approval: Approval | null
  /** The person and approver of the guarded call now running, for the records it writes. */
  acting: Acting | null
}

export interface Approval {
  right: Right
  approverId: Id
  approverName: string
}

export interface Acting {
  staffName: string
  approvedBy?: string
}

const sessions = new WeakMap<RegularsDatabase, SessionState>()

export function sessionOf(db: RegularsDatabase): SessionState {
  let session = sessions.get(db)
  if (!session) {
    session = { staffId: null, approval: null, acting: null }
    sessions.set(db, session)
  }
  return session
}
