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
  it('unites lists, joins texts, keeps a block and a registration; a name as complete on both sides comes from the older record', () => {
    // "Anna" and "Ania" say as much: the older record (other, created at 500) wins.
    expect(defaultMergeChoices(kept, other)).toMatchObject({ firstName: 'other', lastName: 'other', phones: 'both', notes: 'both', type: 'other', blocked: 'other', birthday: 'kept' })
    expect(defaultMergeChoices(other, kept)).toMatchObject({ firstName: 'kept', lastName: 'kept', phones: 'both', type: 'kept', blocked: 'kept' })
  })

  it('takes the more complete value of each field, whichever record is kept', () => {
    // The newer record, typed in quickly at the desk, is the one kept: its values lose where the older says more.
    const older = {
      ...newCustomer(
        {
          ...emptyProfile(),
          firstName: 'Katarzyna',
          lastName: 'Nowak',
          birthday: '1990-05-12',
          cardNumber: 'K-1',
          discountPercent: 10,
          address: { street: 'ul. Polna 2', postalCode: '00-001', city: 'Warszawa', country: 'PL' },
          referral: { sourceId: 2, note: 'Recommended by Anna K.' }
        },
        500
      ),
      blocked: 0 as const
    }
    const newer = {
      ...newCustomer({ ...emptyProfile(), firstName: 'Kasia', birthday: '--05-12', cardNumber: 'K-2', discountPercent: 5, address: { street: '', postalCode: '', city: 'Kraków', country: '' }, referral: { sourceId: 3, note: '' } }, 9_000),
      blocked: 0 as const
    }
    expect(defaultMergeChoices(newer, older)).toMatchObject({
      firstName: 'other',
      lastName: 'other',
      birthday: 'other',
      address: 'other',
      referral: 'other',
      // As complete on both sides (one card number each, a discount each): the older record's.
      cardNumber: 'other',
      discountPercent: 'other'
    })
    expect(defaultMergeChoices(older, newer)).toMatchObject({ firstName: 'kept', birthday: 'kept', address: 'kept', referral: 'kept', cardNumber: 'kept', discountPercent: 'kept' })
    // A longer value on the newer record wins over the older one.
    const fuller = { ...newer, lastName: 'Nowak-Kowalska', cardNumber: 'K-2000' }
    expect(defaultMergeChoices(fuller, older)).toMatchObject({ lastName: 'kept', cardNumber: 'kept' })
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
    // A source with details says more than one without.
    const both = { ...kept, referral: { sourceId: 3, note: '' } }
    expect(defaultMergeChoices(both, withSource).referral).toBe('other')
    expect(mergedFields(both, withSource, { ...defaultMergeChoices(both, withSource), referral: 'other' }).referral).toEqual({ sourceId: 2, note: 'Anna K.' })
    expect(fieldsAfterUndo(mergedFields(kept, withSource, defaultMergeChoices(kept, withSource)), mergedFields(kept, withSource, defaultMergeChoices(kept, withSource)), pickMergedFields(kept)).referral).toBeUndefined()
  })
})
