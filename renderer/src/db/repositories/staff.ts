import { staffInputSchema, type StaffInput } from '@shared/domain/schemas'
import type { Id, StaffMember } from '@shared/domain/types'
import { parseOrThrow } from '../errors'
import type { RegularsDatabase } from '../schema'

export function listStaff(db: RegularsDatabase): Promise<StaffMember[]> {
  return db.staff.toArray()
}

export async function createStaffMember(db: RegularsDatabase, input: StaffInput): Promise<Id> {
  return (await db.staff.add(parseOrThrow(staffInputSchema, input))) as Id
}

export async function updateStaffMember(db: RegularsDatabase, id: Id, input: StaffInput): Promise<void> {
  await db.staff.put({ ...parseOrThrow(staffInputSchema, input), id })
}

export async function deleteStaffMember(db: RegularsDatabase, id: Id): Promise<void> {
  await db.staff.delete(id)
}
