import { AppError } from '@shared/errors'
import type { Right } from '@shared/staff/rights'
import { dataErrors } from '../errors'
import type { RegularsDatabase } from '../schema'
import { currentActor, type Actor } from './actor'
import { sessionOf, type Acting } from './session'

/**
 * Refuses unless the acting person has `right`, or a manager approved this one action
 * (`approveOnce`; it ends with the action's audit entry, `takeUsedApproval`). Throws `data.signed-out` when nobody is signed in and
 * `data.not-allowed` with `{ right }` otherwise.
 */
export async function requireRight(db: RegularsDatabase, right: Right): Promise<Acting & { actor: Actor }> {
  const actor = await currentActor(db)
  if (!actor) throw new AppError(dataErrors.signedOut, 'Nobody is signed in')
  if (actor.rights.has(right)) return { actor, staffName: actor.name }
  const session = sessionOf(db)
  const approval = session.approval
  if (approval?.right === right) {
    // Kept until the action's audit entry is written: an export asks once per chunk.
    approval.used = true
    return { actor, staffName: actor.name, approvedBy: approval.approverName }
  }
  throw new AppError(dataErrors.notAllowed, `${actor.name} may not: ${right}`, { right })
}

/**
 * `fn` behind the check of `right`: what `@renderer/db` exports for each function of a guarded
 * kind (access/guarded.ts). `dbOf` finds the database among the arguments (the first, unless
 * the function takes a context holding it). While it runs, the session names the person and
 * approver, so the records it writes (audit, consent events, import batches) say who did it.
 */
export function guarded<F extends (...args: never[]) => Promise<unknown>>(
  right: Right,
  fn: F,
  dbOf: (...args: Parameters<F>) => RegularsDatabase = (...args) => args[0] as RegularsDatabase
): F {
  const checked = async (...args: Parameters<F>) => {
    const db = dbOf(...args)
    const acting = await requireRight(db, right)
    const session = sessionOf(db)
    const before = session.acting
    session.acting = { staffName: acting.staffName, ...(acting.approvedBy ? { approvedBy: acting.approvedBy } : {}) }
    try {
      return await fn(...args)
    } finally {
      session.acting = before
    }
  }
  return checked as unknown as F
}

/**
 * The check alone, for work outside the data layer that needs a right: main's file work
 * (renderer/src/file-work) asks here before each call. Refuses as `requireRight` does.
 */
export async function checkRight(db: RegularsDatabase, right: Right): Promise<void> {
  await requireRight(db, right)
}
