import { describe, expect, it } from 'vitest'
import { draftProblem, newStaffDraft, staffInputOf } from './staff-form'

describe('the staff dialog', () => {
  it('asks a new person for a name, a store when limited, and the same PIN of 4–8 digits twice', () => {
    const draft = newStaffDraft()
    expect(draftProblem(draft, true)).toBe('name-required')
    Object.assign(draft, { name: 'Kasia', allStores: false })
    expect(draftProblem(draft, true)).toBe('store-required')
    draft.storeIds = [2]
    expect(draftProblem(draft, true)).toBe('pin-required')
    Object.assign(draft, { pin: '12a4', pinAgain: '12a4' })
    expect(draftProblem(draft, true)).toBe('pin-format')
    Object.assign(draft, { pin: '1234', pinAgain: '1243' })
    expect(draftProblem(draft, true)).toBe('pin-mismatch')
    draft.pinAgain = '1234'
    expect(draftProblem(draft, true)).toBeNull()
    expect(staffInputOf(draft)).toEqual({ name: 'Kasia', roleId: 'front-desk', allStores: false, storeIds: [2], active: true })
  })

  it('keeps the PIN of a person edited with both PIN fields empty', () => {
    expect(draftProblem({ ...newStaffDraft(), name: 'Marta' }, false)).toBeNull()
  })

  it('saves an owner as seeing all stores, whatever stores were ticked', () => {
    const draft = { ...newStaffDraft(), name: 'Ewa', roleId: 'owner' as const, allStores: false, storeIds: [1] }
    expect(draftProblem(draft, false)).toBeNull()
    expect(staffInputOf(draft)).toMatchObject({ allStores: true, storeIds: [] })
  })
})
