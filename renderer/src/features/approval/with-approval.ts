import { AppError } from '@shared/errors'
import type { Id } from '@shared/domain/types'
import { isRight, rightsOfRole, type CustomRole, type Right } from '@shared/staff/rights'
import { dataErrors, type StaffProfile } from '@renderer/db'

/** The right a refusal names, or null when the error is not one an approval can lift. */
export function refusedRight(error: unknown): Right | null {
  if (!(error instanceof AppError) || error.code !== dataErrors.notAllowed) return null
  const right = (error.details as { right?: unknown } | undefined)?.right
  return isRight(right) ? right : null
}

/**
 * Asks a manager or the owner to approve `right` for one action (their PIN, `approveOnce`):
 * true once one did, false when the person at the desk gave up.
 */
export type AskApproval = (right: Right) => Promise<boolean>

export interface ApprovalOptions {
  /**
   * A right the person is already known to lack: asked for before the action starts, so a
   * refusal does not come after the save dialog or half a form.
   */
  lacking?: Right | null
  /** Called when the action is over, used or not: an approval must not outlive its one action. */
  forget?: () => void
}

/**
 * Runs `action`; when the data layer refuses it for a missing right, asks for an approval of
 * that right and, once given, runs it again — once. Declined, the refusal is thrown as it came
 * (the caller shows it as any error); a second refusal is not asked about again.
 */
export async function withApproval<T>(action: () => Promise<T>, ask: AskApproval, options: ApprovalOptions = {}): Promise<T> {
  let approved: Right | null = null
  try {
    if (options.lacking) {
      if (!(await ask(options.lacking))) throw new AppError(dataErrors.notAllowed, `Not approved: ${options.lacking}`, { right: options.lacking })
      approved = options.lacking
    }
    try {
      return await action()
    } catch (error) {
      const right = refusedRight(error)
      if (!right || right === approved || !(await ask(right))) throw error
      approved = right
      return await action()
    }
  } finally {
    if (approved) options.forget?.()
  }
}

/** A job's outcome (jobs/job-runner.ts) with a refusal thrown, so `withApproval` sees it; any other outcome as it is. */
export function throwIfRefused<T extends { status: string }>(outcome: T): T {
  const error = (outcome as { error?: unknown }).error
  if (outcome.status === 'failed' && refusedRight(error)) throw error
  return outcome
}

/** Who can approve `right`: active people with a PIN whose role has it (never the asker). */
export function approversOf(staff: readonly StaffProfile[], roles: readonly CustomRole[], right: Right, asker: Id | null): StaffProfile[] {
  return staff.filter((member) => member.active && member.hasPin && member.id !== asker && rightsOfRole(member.roleId, roles).has(right))
}
