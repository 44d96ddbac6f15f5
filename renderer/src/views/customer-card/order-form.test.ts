import { describe, expect, it } from 'vitest'
import type { Order } from '@shared/domain/types'
import { defaultDraft, draftAmounts, draftErrors, draftFromOrder, draftToEdit, draftToInput, parseTypedNumber } from './order-form'

const now = Date.UTC(2026, 10, 22, 12)
const cut = { name: 'Cut', quantity: 1, unitPrice: 120 }
const oil = { name: 'Oil', quantity: 2, unitPrice: 7.9 }

describe('the visit / order / booking form', () => {
  it('reads money as the desk types it', () => {
    expect(parseTypedNumber('12,50')).toBe(12.5)
    expect(parseTypedNumber('1 200,00')).toBe(1200)
    expect(parseTypedNumber('')).toBeNull()
    expect(parseTypedNumber('abc')).toBeNull()
  })

  it('builds a completed visit whose value is the sum of its lines unless typed', () => {
    const visit = { ...defaultDraft('visit', 3, now, 'Marta'), lines: [cut, oil] }
    expect(draftErrors(visit, now, 100)).toEqual({})
    const input = draftToInput(visit, 100, now, 'Desk')
    expect(input).toMatchObject({ storeId: 3, kind: 'visit', status: 'completed', value: 13_580, tip: 0, staffName: 'Marta', statusHistory: [{ status: 'completed', at: now, staffName: 'Desk' }] })
    expect(input.discount).toBeUndefined()
    expect(draftToInput({ ...visit, value: 100, tip: 10 }, 100, now, 'Desk')).toMatchObject({ value: 10_000, tip: 1_000 })
  })

  it('refuses a visit in the future, a booking in the past, and an order without a store', () => {
    expect(draftErrors({ ...defaultDraft('visit', 1, now, ''), value: 50, at: now + 86_400_000 }, now, 100)).toEqual({ at: 'future-done' })
    expect(draftErrors({ ...defaultDraft('booking', 1, now, ''), at: now - 86_400_000 }, now, 100)).toEqual({ at: 'booking-past' })
    expect(draftErrors({ ...defaultDraft('order', null, now, ''), value: 20 }, now, 100)).toEqual({ storeId: 'store-required' })
    expect(defaultDraft('booking', 1, now, '')).toMatchObject({ status: 'accepted', channel: 'phone' })
  })

  it('refuses a visit or order with nothing sold, not an empty booking nor a no-show', () => {
    expect(draftErrors(defaultDraft('visit', 1, now, ''), now, 100)).toEqual({ value: 'nothing-sold' })
    expect(draftErrors({ ...defaultDraft('order', 1, now, ''), value: 0 }, now, 100)).toEqual({ value: 'nothing-sold' })
    // A line without a name is not an item: it is dropped when saving.
    expect(draftErrors({ ...defaultDraft('visit', 1, now, ''), lines: [{ name: ' ', quantity: 1, unitPrice: null }] }, now, 100)).toEqual({ value: 'nothing-sold' })
    expect(draftErrors(defaultDraft('booking', 1, now, ''), now, 100)).toEqual({})
    expect(draftErrors({ ...defaultDraft('visit', 1, now, ''), status: 'no-show' }, now, 100)).toEqual({})
    expect(draftErrors({ ...defaultDraft('visit', 1, now, ''), lines: [{ name: 'Consultation', quantity: 1, unitPrice: null }] }, now, 100)).toEqual({})
    // A visit of 0.00 saved before they were refused can still be corrected in other ways; a saved one cannot be emptied.
    const draft = { ...defaultDraft('visit', 1, now, ''), at: now - 86_400_000, notes: 'Paid in cash' }
    expect(draftErrors(draft, now, 100, { at: now - 86_400_000, kind: 'visit', status: 'completed', items: [], value: 0 })).toEqual({})
    expect(draftErrors(draft, now, 100, { at: now - 86_400_000, kind: 'visit', status: 'completed', items: [], value: 5_000 })).toEqual({ value: 'nothing-sold' })
  })

  it('takes the customer’s permanent discount off the price, unless switched off or the value is typed', () => {
    const visit = { ...defaultDraft('visit', 1, now, '', 10), lines: [cut] }
    expect(visit.applyDiscount).toBe(true)
    expect(draftAmounts(visit, 100)).toEqual({ price: 12_000, discount: 1_200, value: 10_800, valueTyped: false })
    expect(draftToInput(visit, 100, now, 'Desk')).toMatchObject({ value: 10_800, discount: { percent: 10, amount: 1_200 } })
    // A price typed without lines is discounted the same way.
    expect(draftToInput({ ...defaultDraft('visit', 1, now, '', 10), price: 80 }, 100, now, 'Desk')).toMatchObject({ value: 7_200, discount: { percent: 10, amount: 800 } })
    // Switched off for this visit: the full price.
    const full = draftToInput({ ...visit, applyDiscount: false }, 100, now, 'Desk')
    expect(full.value).toBe(12_000)
    expect(full.discount).toBeUndefined()
    // A value typed by hand is what was charged; no discount is recorded.
    const typed = draftToInput({ ...visit, value: 100 }, 100, now, 'Desk')
    expect(typed.value).toBe(10_000)
    expect(typed.discount).toBeUndefined()
  })

  it('shows a saved order for editing with the amounts that follow from its lines still computed', () => {
    const saved: Order = {
      id: 7,
      customerId: 1,
      storeId: 2,
      kind: 'visit',
      channel: 'walk-in',
      status: 'completed',
      statusHistory: [{ status: 'completed', at: now - 86_400_000 }],
      at: now - 86_400_000,
      createdAt: now - 86_400_000,
      value: 10_800,
      discount: { percent: 10, amount: 1_200 },
      tip: 500,
      items: [{ name: 'Cut', quantity: 1, unitPrice: 12_000 }],
      staffName: 'Marta',
      notes: 'Short'
    }
    const draft = draftFromOrder(saved, 100, 15)
    expect(draft).toMatchObject({ price: null, value: null, discountPercent: 10, applyDiscount: true, tip: 5, lines: [{ name: 'Cut', quantity: 1, unitPrice: 120 }] })
    // Unchanged, it saves the same content.
    expect(draftToEdit(draft, 100)).toMatchObject({ value: 10_800, discount: { percent: 10, amount: 1_200 }, tip: 500, items: saved.items, notes: 'Short', storeId: 2 })
    // A line added: the price, the discount and the value follow.
    draft.lines.push({ name: 'Wash', quantity: 1, unitPrice: 30 })
    expect(draftToEdit(draft, 100)).toMatchObject({ value: 13_500, discount: { percent: 10, amount: 1_500 } })

    // An order whose value was typed keeps it typed; one without a discount keeps it off.
    const typed = draftFromOrder({ ...saved, value: 9_000, discount: undefined }, 100, 15)
    expect(typed).toMatchObject({ value: 90, applyDiscount: false, discountPercent: 15 })
    // A past booking may be corrected as long as its time is not moved into the past.
    const booking = draftFromOrder({ ...saved, kind: 'booking', status: 'accepted', discount: undefined }, 100, 0)
    expect(draftErrors(booking, now, 100, saved)).toEqual({})
    expect(draftErrors({ ...booking, at: booking.at - 60 * 60_000 }, now, 100, saved)).toEqual({ at: 'booking-past' })
  })
})
