import { AppError } from '@shared/errors'
import type { EpochMs, Id, StaffMember } from '@shared/domain/types'
import { isValidPin, newRecoveryCode, normaliseRecoveryCode } from '@shared/staff/pin'
import type { Right } from '@shared/staff/rights'
import { hashSecret, secretMatches, type SecretHash } from '@shared/staff/secret-hash'
import { afterWrongPin, noBackoff, waitLeft, type BackoffState } from '@shared/staff/sign-in-backoff'
import { dataErrors } from '../errors'
import type { RegularsDatabase } from '../schema'
import { actorOf, isSetUp } from './actor'
import { allStores } from '@shared/staff/store-scope'
import { lockedScope, sessionOf } from './session'
import { setContactsHidden } from './contact-visibility'

/** What a PIN pad is told: in, or not (and how long it must wait before the next try). */
export type PinResult = { ok: true } | { ok: false; wrongInARow: number; waitMs: number }

/** Wrong tries in a row per person, kept in the database so a reload does not reset them. */
const BACKOFF_KEY = 'signInBackoff'

/**
 * Whether the owner is set up. The app asks this first on start: once set up, reads through
 * the door return no customer until someone signs in.
 */
export async function accessIsSetUp(db: RegularsDatabase): Promise<boolean> {
  const setUp = isSetUp(await db.staff.toArray())
  const session = sessionOf(db)
  if (setUp && session.staffId === null) session.scope = lockedScope
  return setUp
}

/**
 * First start (or the first start after the upgrade): the owner's profile, signed in at once.
 * Answers the recovery code, shown once: only its hash is kept.
 */
export async function setUpOwner(db: RegularsDatabase, input: { name: string; pin: string }): Promise<{ staffId: Id; recoveryCode: string }> {
  const name = input.name.trim()
  if (!name) throw new AppError(dataErrors.invalid, 'Name required', { path: 'name', code: 'name-required' })
  requireValidPin(input.pin)
  const recoveryCode = newRecoveryCode()
  const [pin, recovery] = await Promise.all([hashSecret(input.pin), hashSecret(normaliseRecoveryCode(recoveryCode))])
  const staffId = await db.transaction('rw', db.staff, async () => {
    if (isSetUp(await db.staff.toArray())) throw new AppError(dataErrors.alreadySetUp, 'The owner is already set up')
    return (await db.staff.add({ name, roleId: 'owner', allStores: true, storeIds: [], active: true, pin, recovery })) as Id
  })
  Object.assign(sessionOf(db), { staffId, staffName: name, approval: null, scope: allStores })
  setContactsHidden(db, false)
  return { staffId, recoveryCode }
}

/** Signs `staffId` in with their PIN, unless the wrong tries before call for a wait. */
export async function signIn(db: RegularsDatabase, staffId: Id, pin: string, now: EpochMs = Date.now()): Promise<PinResult> {
  const result = await checkPin(db, staffId, pin, now)
  if (result.ok) {
    const actor = actorOf((await db.staff.get(staffId))!, await db.roles.toArray())
    Object.assign(sessionOf(db), { staffId, staffName: actor.name, approval: null, scope: actor.scope })
    setContactsHidden(db, !actor.rights.has('see-contacts'))
  }
  return result
}

/** Locks: nobody is signed in until a PIN is entered again. */
export function signOut(db: RegularsDatabase): void {
  Object.assign(sessionOf(db), { staffId: null, staffName: null, approval: null, scope: lockedScope })
  // Nothing is read while locked (the scope is no store); whoever signs in next decides anew.
  setContactsHidden(db, true)
}

/** The signed-in person as the UI shows them (no secrets), or null when locked. */
export async function signedInPerson(db: RegularsDatabase): Promise<{ id: Id; name: string; rights: Right[]; allStores: boolean; storeIds: Id[] } | null> {
  const staffId = sessionOf(db).staffId
  const member = staffId === null ? undefined : await db.staff.get(staffId)
  if (!member?.active) return null
  const actor = actorOf(member, await db.roles.toArray())
  return { id: staffId!, name: actor.name, rights: [...actor.rights], allStores: actor.scope.kind === 'all', storeIds: member.storeIds }
}

/**
 * A manager's or owner's PIN approves one action the signed-in person lacks `right` for; the
 * next guarded call needing it uses the approval up and its records name the approver.
 */
export async function approveOnce(db: RegularsDatabase, approverId: Id, pin: string, right: Right, now: EpochMs = Date.now()): Promise<PinResult> {
  const approver = await db.staff.get(approverId)
  if (!approver?.active) throw new AppError(dataErrors.staffNotFound, 'No such active person')
  if (!actorOf(approver, await db.roles.toArray()).rights.has(right)) throw new AppError(dataErrors.notAllowed, `${approver.name} may not: ${right}`, { right })
  const result = await checkPin(db, approverId, pin, now)
  if (result.ok) sessionOf(db).approval = { right, approverId, approverName: approver.name, used: false }
  return result
}

/**
 * Ends an approval that its action did not use up (the person cancelled the save dialog, or the
 * action failed before its audit entry): an approval is for one action, not for the next one.
 */
export function forgetApproval(db: RegularsDatabase): void {
  sessionOf(db).approval = null
}

/** A forgotten owner PIN: the recovery code sets a new one, and a new code replaces the used one. */
export async function resetOwnerPin(
  db: RegularsDatabase,
  ownerId: Id,
  recoveryCode: string,
  newPin: string,
  now: EpochMs = Date.now()
): Promise<PinResult & { recoveryCode?: string }> {
  requireValidPin(newPin)
  const owner = await db.staff.get(ownerId)
  if (!owner?.recovery || owner.roleId !== 'owner') throw new AppError(dataErrors.staffNotFound, 'No owner with a recovery code')
  const result = await checkSecret(db, owner, owner.recovery, normaliseRecoveryCode(recoveryCode), now)
  if (!result.ok) return result
  const fresh = newRecoveryCode()
  const [pin, recovery] = await Promise.all([hashSecret(newPin), hashSecret(normaliseRecoveryCode(fresh))])
  await db.staff.update(ownerId, { pin, recovery, active: true })
  Object.assign(sessionOf(db), { staffId: ownerId, staffName: owner.name, approval: null, scope: allStores })
  setContactsHidden(db, false)
  return { ok: true, recoveryCode: fresh }
}

export function requireValidPin(pin: string): void {
  if (!isValidPin(pin)) throw new AppError(dataErrors.invalid, 'A PIN is 4 to 8 digits', { path: 'pin', code: 'pin-format' })
}

async function checkPin(db: RegularsDatabase, staffId: Id, pin: string, now: EpochMs): Promise<PinResult> {
  const member = await db.staff.get(staffId)
  if (!member?.active || !member.pin) throw new AppError(dataErrors.staffNotFound, 'No such person with a PIN')
  return checkSecret(db, member, member.pin, pin, now)
}

async function checkSecret(db: RegularsDatabase, member: StaffMember, stored: SecretHash, secret: string, now: EpochMs): Promise<PinResult> {
  const backoffs = await readBackoffs(db)
  const before = backoffs[member.id!] ?? noBackoff
  const wait = waitLeft(before, now)
  if (wait > 0) return { ok: false, wrongInARow: before.wrongInARow, waitMs: wait }
  if (await secretMatches(secret, stored)) {
    if (before.wrongInARow > 0) await writeBackoff(db, member.id!, noBackoff)
    return { ok: true }
  }
  const after = afterWrongPin(before, now)
  await writeBackoff(db, member.id!, after)
  return { ok: false, wrongInARow: after.wrongInARow, waitMs: waitLeft(after, now) }
}

async function readBackoffs(db: RegularsDatabase): Promise<Record<number, BackoffState>> {
  const row = await db.settings.get(BACKOFF_KEY)
  return (row?.value as Record<number, BackoffState> | undefined) ?? {}
}

async function writeBackoff(db: RegularsDatabase, staffId: Id, state: BackoffState): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const all = await readBackoffs(db)
    await db.settings.put({ key: BACKOFF_KEY, value: { ...all, [staffId]: state } })
  })
}
