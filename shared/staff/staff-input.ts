import * as v from 'valibot'
import { idSchema, MAX_NAME } from '../domain/schemas'
import { builtInRoleKeys, rights } from './rights'

/** A person as the staff editor saves them; the PIN is set apart (it is hashed, never stored as typed). */
export const staffInputSchema = v.strictObject({
  name: v.pipe(v.string(), v.trim(), v.minLength(1, 'name-required'), v.maxLength(MAX_NAME, 'too-long')),
  roleId: v.union([v.picklist(builtInRoleKeys), idSchema]),
  allStores: v.boolean(),
  storeIds: v.array(idSchema),
  active: v.boolean()
})

export type StaffInput = v.InferOutput<typeof staffInputSchema>

export const customRoleInputSchema = v.strictObject({
  name: v.pipe(v.string(), v.trim(), v.minLength(1, 'name-required'), v.maxLength(MAX_NAME, 'too-long')),
  rights: v.array(v.picklist(rights))
})

export type CustomRoleInput = v.InferOutput<typeof customRoleInputSchema>
