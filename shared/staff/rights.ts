import type { Id } from '../domain/types'

/**
 * What a person at the desk may do, each its own switch (F23). A role is a set of these; the
 * data layer checks them (renderer/src/db/access/), the UI only hides what would be refused.
 */
export const rights = [
  'see-contacts',
  'export-print',
  'import',
  'delete',
  'erase',
  'merge',
  'block',
  'edit-consents',
  'manage-segmentation',
  'see-audit',
  'backup-restore',
  'manage-staff',
  'settings'
] as const

export type Right = (typeof rights)[number]

export const builtInRoleKeys = ['owner', 'manager', 'front-desk'] as const
export type BuiltInRoleKey = (typeof builtInRoleKeys)[number]

/** A built-in role by its key, or a custom role by its row id. */
export type RoleId = BuiltInRoleKey | Id

/** A role the owner made by copying another and switching rights on or off. */
export interface CustomRole {
  id?: Id
  name: string
  rights: Right[]
}

/**
 * The built-in roles' rights, fixed in code so an update can give them a new right:
 * - the owner has everything, always (someone must be able to manage staff and restore);
 * - a manager runs the place but does not hand out access or replace the whole base;
 * - the front desk finds customers, records visits and consents, and asks a manager for more.
 */
export const builtInRoleRights: Readonly<Record<BuiltInRoleKey, readonly Right[]>> = {
  owner: rights,
  manager: rights.filter((right) => right !== 'manage-staff' && right !== 'backup-restore'),
  'front-desk': ['see-contacts', 'edit-consents']
}

export function isBuiltInRole(roleId: RoleId): roleId is BuiltInRoleKey {
  return typeof roleId === 'string' && (builtInRoleKeys as readonly string[]).includes(roleId)
}

/** The rights of a role; a custom role that no longer exists grants nothing. */
export function rightsOfRole(roleId: RoleId, customRoles: readonly CustomRole[]): ReadonlySet<Right> {
  if (isBuiltInRole(roleId)) return new Set(builtInRoleRights[roleId])
  const role = customRoles.find((candidate) => candidate.id === roleId)
  return new Set(role ? role.rights.filter(isRight) : [])
}

export function isRight(value: unknown): value is Right {
  return typeof value === 'string' && (rights as readonly string[]).includes(value)
}

/** A new custom role with the rights of another, to be edited switch by switch. */
export function copyRole(from: RoleId, name: string, customRoles: readonly CustomRole[]): CustomRole {
  return { name, rights: rights.filter((right) => rightsOfRole(from, customRoles).has(right)) }
}

/** A role with one right switched on or off, the rights kept in the order of `rights`. */
export function withRight(role: CustomRole, right: Right, on: boolean): CustomRole {
  const next = new Set(role.rights)
  if (on) next.add(right)
  else next.delete(right)
  return { ...role, rights: rights.filter((candidate) => next.has(candidate)) }
}
