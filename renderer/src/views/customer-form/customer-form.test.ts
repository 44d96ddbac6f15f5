import { describe, expect, it } from 'vitest'
import { emptyProfile, newCustomer } from '@shared/domain/customer'
import { birthdayFromParts, draftFromCustomer, emptyDraft, validateDraft, type CustomerDraft } from './customer-form'

function draft(patch: Partial<CustomerDraft>): CustomerDraft {
  return { ...emptyDraft(), ...patch }
}

describe('the customer form', () => {
  it('requires a name, a phone or an e-mail', () => {
    expect(validateDraft(draft({}), 'PL').errors).toEqual({ form: 'name-or-contact-required' })
    expect(validateDraft(draft({ lastName: '  Nowak ' }), 'PL').profile).toMatchObject({ lastName: 'Nowak', phones: [], emails: [] })
    expect(validateDraft(draft({ phones: ['601 234 567'] }), 'PL').profile).toMatchObject({ phones: ['+48601234567'] })
  })

  it('reads phones with the default country, keeps foreign ones, and names the bad entry', () => {
    const result = validateDraft(draft({ firstName: 'Jana', phones: ['777 123 456', '+48 601-234-567', '777123456'] }), 'CZ')
    expect(result.profile?.phones).toEqual(['+420777123456', '+48601234567'])
    expect(validateDraft(draft({ firstName: 'Jana', phones: ['601 234 567', 'call me'] }), 'PL').errors).toEqual({ 'phones.1': 'phone-not-a-number' })
    expect(validateDraft(draft({ firstName: 'Jana', phones: ['123'] }), 'PL').errors).toEqual({ 'phones.0': 'phone-invalid' })
  })

  it('lower-cases e-mails and refuses malformed ones', () => {
    expect(validateDraft(draft({ emails: [' Anna.Nowak@Example.PL '] }), 'PL').profile?.emails).toEqual(['anna.nowak@example.pl'])
    expect(validateDraft(draft({ firstName: 'A', emails: ['', 'anna(at)example.pl'] }), 'PL').errors).toEqual({ 'emails.1': 'email-invalid' })
  })

  it('accepts a birthday with or without the year and refuses dates that do not exist', () => {
    expect(birthdayFromParts(29, 2, null)).toBe('--02-29')
    expect(birthdayFromParts(8, 12, 1962)).toBe('1962-12-08')
    expect(birthdayFromParts(29, 2, 2023)).toBeNull()
    expect(birthdayFromParts(31, 4, null)).toBeNull()
    expect(birthdayFromParts(1, 1, new Date().getFullYear() + 1)).toBeNull()
    expect(birthdayFromParts(null, null, null)).toBe('')
    expect(validateDraft(draft({ firstName: 'A', birthDay: 31, birthMonth: 2 }), 'PL').errors).toEqual({ birthday: 'birthday-invalid' })
  })

  it('maps the schema’s own limits to the field', () => {
    expect(validateDraft(draft({ firstName: 'A', notes: 'x'.repeat(2_001) }), 'PL').errors).toEqual({ notes: 'too-long' })
    expect(validateDraft(draft({ firstName: 'A', discountPercent: 120 }), 'PL').errors).toEqual({ discountPercent: 'discount-range' })
  })

  it('records how they found us as a source with details, and takes it off when the source is cleared', () => {
    expect(validateDraft(draft({ firstName: 'A', referralSourceId: 2, referralNote: ' Anna K. ' }), 'PL').profile?.referral).toEqual({ sourceId: 2, note: 'Anna K.' })
    const cleared = validateDraft(draft({ firstName: 'A', referralSourceId: null, referralNote: 'left over' }), 'PL').profile!
    expect('referral' in cleared && cleared.referral === undefined).toBe(true)
    expect(validateDraft(draft({ firstName: 'A', referralSourceId: 2, referralNote: 'x'.repeat(201) }), 'PL').errors).toEqual({ referralNote: 'too-long' })
    const customer = newCustomer({ ...emptyProfile(), firstName: 'A', referral: { sourceId: 5, note: 'maps' } }, 0)
    expect(draftFromCustomer(customer)).toMatchObject({ referralSourceId: 5, referralNote: 'maps' })
    expect(draftFromCustomer(newCustomer({ ...emptyProfile(), firstName: 'B' }, 0))).toMatchObject({ referralSourceId: null, referralNote: '' })
  })
})
