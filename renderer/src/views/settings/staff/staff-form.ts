import type { Id } from '@shared/domain/types'
import { isValidPin } from '@shared/staff/pin'
import type { RoleId } from '@shared/staff/rights'
import type { StaffInput } from '@shared/staff/staff-input'
import type { StaffProfile } from '@renderer/db'

/** The staff dialog's fields: a person, and a PIN typed twice (empty when editing keeps the old one). */
export interface StaffDraft {
  name: string
  roleId: RoleId
  allStores: boolean
  storeIds: Id[]
  active: boolean
  pin: string
  pinAgain: string
}

export type StaffDraftProblem = 'name-required' | 'store-required' | 'pin-required' | 'pin-format' | 'pin-mismatch'

export function newStaffDraft(): StaffDraft {
  return { name: '', roleId: 'front-desk', allStores: true, storeIds: [], active: true, pin: '', pinAgain: '' }
}

export function draftOf(member: StaffProfile): StaffDraft {
  return { name: member.name, roleId: member.roleId, allStores: member.allStores, storeIds: [...member.storeIds], active: member.active, pin: '', pinAgain: '' }
}

/**
 * What stops the draft from being saved, first problem first. A new person needs a PIN (they
 * sign in with it); an owner always sees every store, so their stores are not asked for.
 */
export function draftProblem(draft: StaffDraft, isNew: boolean): StaffDraftProblem | null {
  if (!draft.name.trim()) return 'name-required'
  if (draft.roleId !== 'owner' && !draft.allStores && draft.storeIds.length === 0) return 'store-required'
  if (isNew && !draft.pin) return 'pin-required'
  if (draft.pin && !isValidPin(draft.pin)) return 'pin-format'
  if (draft.pin !== draft.pinAgain) return 'pin-mismatch'
  return null
}

export function staffInputOf(draft: StaffDraft): StaffInput {
  const allStores = draft.roleId === 'owner' || draft.allStores
  return { name: draft.name.trim(), roleId: draft.roleId, allStores, storeIds: allStores ? [] : [...draft.storeIds], active: draft.active }
}
