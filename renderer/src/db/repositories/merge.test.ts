import { beforeEach, describe, expect, it } from 'vitest'
import { DAY_MS } from '@shared/domain/metrics'
import { defaultMergeChoices, type MergeChoices } from '@shared/domain/merge'
import { freshDatabaseForEachTest } from '../test-support'
import { checkDatabase } from '../checker'
import { searchCustomerIds } from '../search'
import { deleteCustomerAudited } from './audited-actions'
import { createCategory } from './categories'
import { consentHistory, recordConsentChange } from './consents'
import { createCustomer, updateCustomer } from './customers'
import { addOrder } from './orders'
import { mergeCustomers, mergeUndoKey, undoMerge } from './merge'
import { createStore } from './stores'
import { profile, t0, visit } from './card-fixtures.test-support'

const db = freshDatabaseForEachTest()
let mokotow: number
let praha: number
let vip: number
let newsletter: number
const desk = { staffName: 'Marta' }

beforeEach(async () => {
  mokotow = await createStore(db, { name: 'Mokotów', currency: 'PLN' })
  praha = await createStore(db, { name: 'Vinohrady', currency: 'CZK' })
  vip = await createCategory(db, { name: 'VIP', color: '#aa0000' })
  newsletter = await createCategory(db, { name: 'Newsletter', color: '#00aa00' })
})

/** Two records of one person: an old one with history and a new one the desk typed in again. */
async function twoRecords() {
  const kept = await createCustomer(
    db,
    profile({ firstName: 'Anna', lastName: 'Nowak', phones: ['+48601234567'], notes: 'Prefers mornings', categoryIds: [vip], type: 'registered' }),
    { now: t0 }
  )
  const other = await createCustomer(
    db,
    profile({ firstName: 'Ania', lastName: 'Nowak-Kowalska', phones: ['+48601234567', '+48512345678'], emails: ['ania@example.pl'], notes: 'Allergic to latex gloves', birthday: '1990-05-17', categoryIds: [newsletter] }),
    { now: t0 + DAY_MS }
  )
  await addOrder(db, kept, visit(mokotow, t0 + 2 * DAY_MS, 12_000))
  await addOrder(db, kept, visit(mokotow, t0 + 3 * DAY_MS, 8_000))
  await addOrder(db, other, visit(mokotow, t0 + 10 * DAY_MS, 20_000, { tip: 1_000 }))
  await addOrder(db, other, visit(praha, t0 + 11 * DAY_MS, 50_000))
  await addOrder(db, other, visit(mokotow, t0 + 12 * DAY_MS, 0, { status: 'no-show' }))
  await recordConsentChange(db, { customerId: kept, channel: 'sms', granted: true, at: t0 + 2 * DAY_MS, source: 'desk', staffName: 'Marta', wording: 'SMS ok' })
  await recordConsentChange(db, { customerId: other, channel: 'sms', granted: false, at: t0 + 10 * DAY_MS, source: 'form', staffName: 'Kamil', wording: 'SMS no' })
  await recordConsentChange(db, { customerId: other, channel: 'email', granted: true, at: t0 + 10 * DAY_MS, source: 'form', staffName: 'Kamil', wording: 'E-mail ok' })
  return { kept, other }
}

describe('merging two customers', () => {
  it('moves orders, consents, notes and categories to the kept record, takes the chosen fields, and recomputes its figures', async () => {
    const { kept, other } = await twoRecords()
    const before = (await db.customers.get(kept))!
    const choices: MergeChoices = { ...defaultMergeChoices(before, (await db.customers.get(other))!), lastName: 'other' }
    expect(choices).toMatchObject({ firstName: 'kept', phones: 'both', emails: 'other', notes: 'both', birthday: 'other', type: 'kept' })

    const result = await mergeCustomers(db, { keptId: kept, otherId: other, choices, ...desk, now: t0 + 20 * DAY_MS })
    expect(result).toMatchObject({ movedOrders: 3, movedConsentEvents: 2 })

    expect(await db.customers.get(other)).toBeUndefined()
    const merged = (await db.customers.get(kept))!
    expect(merged).toMatchObject({
      firstName: 'Anna',
      lastName: 'Nowak-Kowalska',
      phones: ['+48601234567', '+48512345678'],
      emails: ['ania@example.pl'],
      notes: 'Prefers mornings\nAllergic to latex gloves',
      birthday: '1990-05-17',
      birthdayMonth: 5,
      categoryIds: [vip, newsletter],
      type: 'registered',
      createdAt: t0,
      // PLN orders only on the customer row: 12 000 + 8 000 + 20 000, the no-show counts with 0.
      orderCount: 4,
      totalValue: 40_000,
      tipsTotal: 1_000,
      visits: 3,
      noShows: 1,
      storeIds: [mokotow, praha],
      // The later decision wins: SMS withdrawn on day 10 after it was given on day 2.
      consents: { sms: { granted: false, at: t0 + 10 * DAY_MS }, email: { granted: true } },
      consentSms: 0,
      consentEmail: 1
    })
    expect(await db.customerStoreStats.get([kept, praha])).toMatchObject({ orderCount: 1, totalValue: 50_000 })
    expect(await db.customerStoreStats.where('[customerId+storeId]').between([other, 0], [other, Infinity]).count()).toBe(0)
    expect((await consentHistory(db, kept)).map((event) => event.wording)).toEqual(['SMS ok', 'SMS no', 'E-mail ok'])
    // Findable by the other record's phone and name, under the kept id only.
    expect(await searchCustomerIds(db, '512 345')).toEqual([kept])
    expect(await searchCustomerIds(db, 'kowalska')).toEqual([kept])

    const entry = (await db.audit.get(result.auditId))!
    // The log names both ids and how much moved; the undo snapshot sits beside it, not in it.
    expect(entry).toMatchObject({ action: 'merge', customerIds: [kept, other], undoable: 1, staffName: 'Marta' })
    expect(entry.details).toEqual({ keptId: kept, otherId: other, orders: 3, consentEvents: 2 })
    expect(JSON.stringify(entry.details)).not.toContain('Nowak')
    expect(await db.settings.get(mergeUndoKey(result.auditId))).toBeDefined()
    expect((await checkDatabase(db)).differences).toEqual([])
  })

  it('undoes a merge: both records as they were, orders and consents back, later edits and orders kept', async () => {
    const { kept, other } = await twoRecords()
    const keptBefore = (await db.customers.get(kept))!
    const otherBefore = (await db.customers.get(other))!
    const choices = defaultMergeChoices(keptBefore, otherBefore)
    const { auditId } = await mergeCustomers(db, { keptId: kept, otherId: other, choices, ...desk, now: t0 + 20 * DAY_MS })

    // After the merge the desk changes the card number and records a new visit.
    await updateCustomer(db, kept, { cardNumber: 'K-77' })
    await addOrder(db, kept, visit(mokotow, t0 + 21 * DAY_MS, 9_000))

    await undoMerge(db, (await db.audit.get(auditId))!, { staffName: 'Kamil', now: t0 + 22 * DAY_MS })

    const restoredOther = (await db.customers.get(other))!
    expect(restoredOther).toMatchObject({ firstName: 'Ania', lastName: 'Nowak-Kowalska', emails: ['ania@example.pl'], orderCount: 2, totalValue: 20_000, noShows: 1 })
    expect(restoredOther.tokens).toEqual(otherBefore.tokens)
    const restoredKept = (await db.customers.get(kept))!
    expect(restoredKept).toMatchObject({
      lastName: 'Nowak',
      phones: ['+48601234567'],
      emails: [],
      notes: 'Prefers mornings',
      categoryIds: [vip],
      cardNumber: 'K-77',
      orderCount: 3,
      totalValue: 29_000,
      consents: { sms: { granted: true } }
    })
    expect((await consentHistory(db, other)).map((event) => event.wording)).toEqual(['SMS no', 'E-mail ok'])
    expect(await searchCustomerIds(db, '512 345')).toEqual([other])
    expect(await db.settings.get(mergeUndoKey(auditId))).toBeUndefined()
    const undoEntry = (await db.audit.where('action').equals('merge-undo').first())!
    expect(undoEntry).toMatchObject({ staffName: 'Kamil', customerIds: [kept, other], details: { mergeAuditId: auditId } })
    expect((await checkDatabase(db)).differences).toEqual([])
  })

  it('refuses to merge a record with itself or with an erased one, and refuses undo once the kept record is deleted', async () => {
    const { kept, other } = await twoRecords()
    const choices = defaultMergeChoices((await db.customers.get(kept))!, (await db.customers.get(other))!)
    await expect(mergeCustomers(db, { keptId: kept, otherId: kept, choices, ...desk })).rejects.toMatchObject({ code: 'merge.same-customer' })
    const { auditId } = await mergeCustomers(db, { keptId: kept, otherId: other, choices, ...desk })
    await deleteCustomerAudited(db, kept, desk)
    const entry = (await db.audit.get(auditId))!
    // Deleting the person drops the undo snapshot (it held their data): nothing to undo from.
    expect(entry.undoable).toBe(0)
    expect(await db.settings.get(mergeUndoKey(auditId))).toBeUndefined()
    await expect(undoMerge(db, entry, desk)).rejects.toMatchObject({ code: 'merge.undo-unavailable' })
  })

  it('refuses a merge whose result is not a valid customer, and changes nothing', async () => {
    const { kept, other } = await twoRecords()
    await updateCustomer(db, kept, { notes: 'x'.repeat(1_500) })
    await updateCustomer(db, other, { notes: 'y'.repeat(1_500) })
    const choices = { ...defaultMergeChoices((await db.customers.get(kept))!, (await db.customers.get(other))!), notes: 'both' as const }
    await expect(mergeCustomers(db, { keptId: kept, otherId: other, choices, ...desk })).rejects.toMatchObject({ code: 'data.invalid', details: { path: 'notes' } })
    expect(await db.customers.get(other)).toBeDefined()
    expect(await db.audit.count()).toBe(0)
    expect((await checkDatabase(db)).differences).toEqual([])
  })
})
