import { AppError } from '@shared/errors'
import type { Id, StaffMember } from '@shared/domain/types'
import type { CustomRole } from '@shared/staff/rights'
import { hashSecret } from '@shared/staff/secret-hash'
import { customRoleInputSchema, staffInputSchema, type CustomRoleInput, type StaffInput } from '@shared/staff/staff-input'
import { actorOf, currentActor } from '../access/actor'
import { sessionOf } from '../access/session'
import { requireValidPin } from '../access/sign-in'
import { dataErrors, parseOrThrow } from '../errors'
import type { RegularsDatabase } from '../schema'

/** A person as lists, pickers and the staff editor see them: never their hashes. */
export type StaffProfile = Omit<StaffMember, 'pin' | 'recovery' | 'id'> & { id: Id; hasPin: boolean }

export async function listStaff(db: RegularsDatabase): Promise<StaffProfile[]> {
  const staff = await db.staff.toArray()
  return staff.map(({ pin, recovery: _recovery, id, ...profile }) => ({ ...profile, id: id!, hasPin: pin !== undefined }))
}

export async function createStaffMember(db: RegularsDatabase, input: StaffInput, pin: string): Promise<Id> {
  const member = parseOrThrow(staffInputSchema, input)
  requireValidPin(pin)
  await refuseOwnerChangeByNonOwner(db, member.roleId === 'owner')
  const hashed = await hashSecret(pin)
  return (await db.staff.add({ ...member, pin: hashed })) as Id
}

/** Edits a person; there is no delete — a person who leaves is made inactive and history keeps the name. */
export async function updateStaffMember(db: RegularsDatabase, id: Id, input: StaffInput): Promise<void> {
  const member = parseOrThrow(staffInputSchema, input)
  // The roles table too: the check of who may change an owner reads the acting person's role.
  await db.transaction('rw', db.staff, db.roles, async () => {
    const before = await db.staff.get(id)
    if (!before) throw new AppError(dataErrors.staffNotFound, `No staff member ${id}`)
    await refuseOwnerChangeByNonOwner(db, before.roleId === 'owner' || member.roleId === 'owner')
    const after: StaffMember = { ...before, ...member }
    const staff = (await db.staff.toArray()).map((other) => (other.id === id ? after : other))
    if (!staff.some((other) => other.active && other.roleId === 'owner' && other.pin)) {
      throw new AppError(dataErrors.lastOwner, 'The last active owner must stay an active owner')
    }
    await db.staff.put(after)
    // The signed-in person's own edit counts at once for what they see.
    const session = sessionOf(db)
    if (session.staffId === id) Object.assign(session, { staffName: after.name, scope: actorOf(after, await db.roles.toArray()).scope })
  })
}

export async function setStaffPin(db: RegularsDatabase, id: Id, pin: string): Promise<void> {
  requireValidPin(pin)
  const member = await db.staff.get(id)
  if (!member) throw new AppError(dataErrors.staffNotFound, `No staff member ${id}`)
  await refuseOwnerChangeByNonOwner(db, member.roleId === 'owner')
  await db.staff.update(id, { pin: await hashSecret(pin) })
}

export async function listRoles(db: RegularsDatabase): Promise<CustomRole[]> {
  return db.roles.toArray()
}

export async function createRole(db: RegularsDatabase, input: CustomRoleInput): Promise<Id> {
  return (await db.roles.add(parseOrThrow(customRoleInputSchema, input))) as Id
}

export async function updateRole(db: RegularsDatabase, id: Id, input: CustomRoleInput): Promise<void> {
  const role = parseOrThrow(customRoleInputSchema, input)
  await db.transaction('rw', db.roles, async () => {
    if (!(await db.roles.get(id))) throw new AppError(dataErrors.invalid, `No role ${id}`, { path: 'roleId', code: 'not-found' })
    await db.roles.put({ ...role, id })
  })
}

/** Owners are made, changed and given PINs by owners only: whoever manages staff cannot take over the base. */
async function refuseOwnerChangeByNonOwner(db: RegularsDatabase, touchesOwner: boolean): Promise<void> {
  if (!touchesOwner) return
  const actor = await currentActor(db)
  if (actor?.roleId !== 'owner') throw new AppError(dataErrors.notAllowed, 'Only an owner changes owners', { right: 'manage-staff' })
}
