import type { Id, StaffMember } from '@shared/domain/types'
import { rights, rightsOfRole, type Right, type RoleId } from '@shared/staff/rights'
import { allStores, scopeOf, type StoreScope } from '@shared/staff/store-scope'
import { THIS_PC } from '../repositories/settings'
import type { RegularsDatabase } from '../schema'
import { sessionOf } from './session'

/** The person whose rights apply now, read fresh so a role edit or deactivation counts at once. */
export interface Actor {
  /** null before the owner's set-up: the base is then open, as it was before staff existed. */
  staffId: Id | null
  name: string
  roleId: RoleId
  rights: ReadonlySet<Right>
  scope: StoreScope
}

/** Before the owner's set-up: everything, as "this PC" (the app shows the set-up first). */
const beforeSetUp: Actor = { staffId: null, name: THIS_PC, roleId: 'owner', rights: new Set(rights), scope: allStores }

/** Whether someone can sign in: an active person with a PIN exists. Until then the base is open. */
export function isSetUp(staff: readonly StaffMember[]): boolean {
  return staff.some((member) => member.active && member.pin !== undefined)
}

/** The acting person, or null when the base is set up and nobody is signed in (locked). */
export async function currentActor(db: RegularsDatabase): Promise<Actor | null> {
  const staff = await db.staff.toArray()
  if (!isSetUp(staff)) return beforeSetUp
  const staffId = sessionOf(db).staffId
  const member = staff.find((candidate) => candidate.id === staffId)
  if (!member || !member.active) return null
  return actorOf(member, await db.roles.toArray())
}

export function actorOf(member: StaffMember, customRoles: Parameters<typeof rightsOfRole>[1]): Actor {
  const owner = member.roleId === 'owner'
  return {
    staffId: member.id!,
    name: member.name,
    roleId: member.roleId,
    rights: rightsOfRole(member.roleId, customRoles),
    // An owner sees every store whatever the row says: someone must see the whole base.
    scope: owner ? allStores : scopeOf(member)
  }
}
