import { describe, expect, it } from 'vitest'
import { defaultDraft, draftErrors, draftToInput, parseTypedNumber } from './order-form'

const now = Date.UTC(2026, 10, 22, 12)

describe('the new visit / booking form', () => {
  it('reads money as the desk types it', () => {
    expect(parseTypedNumber('12,50')).toBe(12.5)
    expect(parseTypedNumber('1 200,00')).toBe(1200)
    expect(parseTypedNumber('')).toBeNull()
    expect(parseTypedNumber('abc')).toBeNull()
  })

  it('builds a completed visit whose value is the sum of its lines unless typed', () => {
    const visit = { ...defaultDraft('visit', 3, now, 'Marta'), lines: [{ name: 'Cut', quantity: 1, unitPrice: 120 }, { name: 'Oil', quantity: 2, unitPrice: 7.9 }] }
    expect(draftErrors(visit, now)).toEqual({})
    const input = draftToInput(visit, 100, now, 'Desk')
    expect(input).toMatchObject({ storeId: 3, kind: 'visit', status: 'completed', value: 13_580, tip: 0, staffName: 'Marta', statusHistory: [{ status: 'completed', at: now, staffName: 'Desk' }] })
    expect(draftToInput({ ...visit, value: 100, tip: 10 }, 100, now, 'Desk')).toMatchObject({ value: 10_000, tip: 1_000 })
  })

  it('refuses a visit in the future, a booking in the past, and an order without a store', () => {
    expect(draftErrors({ ...defaultDraft('visit', 1, now, ''), at: now + 86_400_000 }, now)).toEqual({ at: 'future-done' })
    expect(draftErrors({ ...defaultDraft('booking', 1, now, ''), at: now - 86_400_000 }, now)).toEqual({ at: 'booking-past' })
    expect(draftErrors(defaultDraft('order', null, now, ''), now)).toEqual({ storeId: 'store-required' })
    expect(defaultDraft('booking', 1, now, '')).toMatchObject({ status: 'accepted', channel: 'phone' })
  })
})
