import { describe, expect, it } from 'vitest'
import { emptyProfile, newCustomer } from './customer'
import { defaultMergeChoices, fieldsAfterUndo, mergedFields, pickMergedFields } from './merge'

const kept = { ...newCustomer({ ...emptyProfile(), firstName: 'Anna', phones: ['+48601234567'], notes: 'Mornings', categoryIds: [1] }, 1_000), blocked: 0 as const }
const other = {
  ...newCustomer({ ...emptyProfile(), firstName: 'Ania', lastName: 'Nowak', phones: ['+48512345678'], notes: 'Latex allergy', categoryIds: [1, 2], type: 'registered' }, 500),
  blocked: 1 as const,
  consents: { email: { granted: true, at: 9_000 }, sms: { granted: false, at: 0 } }
}

describe('merge rules', () => {
  it('defaults to the kept value unless empty, unites lists, joins texts, keeps a block and a registration', () => {
    expect(defaultMergeChoices(kept, other)).toMatchObject({ firstName: 'kept', lastName: 'other', phones: 'both', notes: 'both', type: 'other', blocked: 'other', birthday: 'kept' })
  })

  it('builds the merged fields from the choices', () => {
    const merged = mergedFields(kept, other, { ...defaultMergeChoices(kept, other), firstName: 'other', notes: 'kept', blocked: 'kept' })
    expect(merged).toMatchObject({ firstName: 'Ania', lastName: 'Nowak', phones: ['+48601234567', '+48512345678'], notes: 'Mornings', categoryIds: [1, 2], blocked: 0, createdAt: 500 })
    expect(merged.consents.email).toEqual({ granted: true, at: 9_000 })
  })

  it('undoes field by field, keeping what was changed after the merge', () => {
    const before = pickMergedFields(kept)
    const written = mergedFields(kept, other, defaultMergeChoices(kept, other))
    const current = { ...written, firstName: 'Anna Maria' }
    const restored = fieldsAfterUndo(current, written, before)
    expect(restored).toMatchObject({ firstName: 'Anna Maria', lastName: '', phones: ['+48601234567'], notes: 'Mornings', categoryIds: [1], blocked: 0, createdAt: 1_000 })
  })

  it('treats how they found us like any single field: the side that has one, or the desk’s pick', () => {
    const withSource = { ...other, referral: { sourceId: 2, note: 'Anna K.' } }
    expect(defaultMergeChoices(kept, withSource).referral).toBe('other')
    expect(mergedFields(kept, withSource, defaultMergeChoices(kept, withSource)).referral).toEqual({ sourceId: 2, note: 'Anna K.' })
    const both = { ...kept, referral: { sourceId: 3, note: '' } }
    expect(defaultMergeChoices(both, withSource).referral).toBe('kept')
    expect(mergedFields(both, withSource, { ...defaultMergeChoices(both, withSource), referral: 'other' }).referral).toEqual({ sourceId: 2, note: 'Anna K.' })
    expect(fieldsAfterUndo(mergedFields(kept, withSource, defaultMergeChoices(kept, withSource)), mergedFields(kept, withSource, defaultMergeChoices(kept, withSource)), pickMergedFields(kept)).referral).toBeUndefined()
  })
})
