import { beforeEach, describe, expect, it } from 'vitest'
import { exportFacet, exportFieldKeys, fieldEntry } from '@shared/customer-fields/derived'
import { customerWithEveryField, everyFieldLookups } from '@shared/customer-fields/every-field.test-support'
import { emptyProfile, newCustomer } from '@shared/domain/customer'
import { DAY_MS } from '@shared/domain/metrics'
import { defaultMergeChoices } from '@shared/domain/merge'
import { phoneDigitForms } from '@shared/domain/phone'
import { freshDatabaseForEachTest } from '../test-support'
import { checkDatabase } from '../checker'
import { searchCustomerIds } from '../search'
import { appendAudit } from './audit'
import { recordConsentChange } from './consents'
import { createCustomer, customerIdsByContact } from './customers'
import { erasedRow, eraseCustomer } from './erase'
import { mergeCustomers } from './merge'
import { editOrder } from './order-edit'
import { addOrder } from './orders'
import { setFeatureSetting, setSetting } from './settings'
import { createStore } from './stores'
import { createStaffMember } from './staff'
import { profile, t0, visit } from './card-fixtures.test-support'

const db = freshDatabaseForEachTest()
let store: number
const desk = { staffName: 'Marta' }

beforeEach(async () => {
  store = await createStore(db, { name: 'Mokotów', currency: 'PLN' })
})

/** Every value of one person, as the test looks for it: raw, lower-cased, and phone digits. */
const person = {
  firstName: 'Bożena',
  lastName: 'Wróblewska',
  phones: ['+48601234567', '+420777123456'],
  emails: ['bozena.wroblewska@example.pl', 'b.w@firma.cz'],
  address: { street: 'ul. Kwiatowa 17/3', postalCode: '02-512', city: 'Warszawa', country: 'PL' },
  birthday: '1984-11-23',
  cardNumber: 'KARTA-99182',
  notes: 'Her daughter Zofia comes on Saturdays',
  preferences: 'Espresso with oat milk',
  allergies: 'Nickel and latex',
  referral: { sourceId: 2, note: 'Sent by her sister Halina' }
}
/** Her second record, merged into the first before the erasure. */
const secondRecord = { firstName: 'Bożenka', lastName: 'Wróblewska', phones: ['+48698765432'], emails: ['bozenka84@poczta.pl'] }
const wording = 'Ja, Bożena Wróblewska, zgadzam się na SMS'

function personalStrings(): string[] {
  const values = [
    person.firstName,
    person.lastName,
    secondRecord.firstName,
    ...person.emails,
    ...secondRecord.emails,
    person.address.street,
    person.birthday,
    person.cardNumber,
    person.notes,
    person.preferences,
    person.allergies,
    person.referral.note,
    wording,
    // Her street before an import changed it, kept only in that import's undo record.
    'ul. Polna 2'
  ]
  for (const phone of [...person.phones, ...secondRecord.phones]) {
    const { international, national } = phoneDigitForms(phone)
    values.push(phone, international, national)
  }
  return values
}

/** Every row of every table of the database, as one text per table. */
async function everyTable(): Promise<Record<string, string>> {
  const dump: Record<string, string> = {}
  for (const table of db.tables) dump[table.name] = JSON.stringify(await table.toArray())
  return dump
}

function digitsOnly(text: string): string {
  return text.replace(/\D/g, '')
}

describe('erasing a customer’s personal data', () => {
  it('leaves no personal value in any table, keeps the orders as anonymous history, and logs it without the data', async () => {
    const id = await createCustomer(db, profile(person), { now: t0 })
    const second = await createCustomer(db, profile(secondRecord), { now: t0 })
    const neighbour = await createCustomer(db, profile({ firstName: 'Jan', lastName: 'Nowak', phones: ['+48600100200'], notes: 'Neighbour of the salon' }))
    await createStaffMember(db, { name: 'Marta', roleId: 'manager', allStores: true, storeIds: [], active: true }, '2468')

    await addOrder(db, id, visit(store, t0 + DAY_MS, 12_000, { notes: 'Bożena paid by card ending 9182', items: [{ name: 'Gift card for Bożena Wróblewska', quantity: 1, unitPrice: 12_000 }] }))
    await addOrder(db, second, visit(store, t0 + 5 * DAY_MS, 8_000, { tip: 500, notes: 'Call +48 698 765 432 before' }))
    await addOrder(db, neighbour, visit(store, t0 + 2 * DAY_MS, 7_000))
    await recordConsentChange(db, { customerId: id, channel: 'sms', granted: true, at: t0 + DAY_MS, source: 'import', staffName: 'Marta', wording, importFile: 'wroblewska-bozena.xlsx' })
    await mergeCustomers(db, {
      keptId: id,
      otherId: second,
      choices: { ...defaultMergeChoices((await db.customers.get(id))!, (await db.customers.get(second))!), phones: 'kept', emails: 'kept' },
      ...desk
    })
    // Copies elsewhere: an export log naming her, a saved segment searching for her phone,
    // a feature setting remembering her e-mail.
    await appendAudit(db, { action: 'export', staffName: 'Marta', customerIds: [id], details: { fileName: 'bozena-wroblewska-2026-03-02.xlsx', filter: 'Search: Wróblewska' } })
    await db.segments.add({ name: 'Phone 601 234 567', description: 'Those with +48 601 234 567', filters: { search: '601234567' }, createdAt: t0 })
    await setFeatureSetting(db, 'list.lastSearch', { query: 'bozena.wroblewska@example.pl' })
    // An import that updated her and the neighbour keeps what it replaced, for its undo.
    await setFeatureSetting(db, 'import-undo:batch-1:0', [
      { id, fields: [{ field: 'street', before: 'ul. Polna 2', after: person.address.street }], added: { phones: [person.phones[1]], emails: [], categoryIds: [], groupIds: [] }, consents: [], consentEventIds: [] },
      { id: neighbour, fields: [{ field: 'notes', before: '', after: 'Neighbour of the salon' }], added: { phones: [], emails: [], categoryIds: [], groupIds: [] }, consents: [], consentEventIds: [] }
    ])
    await setSetting(db, 'staffName', 'Marta')
    const statsBefore = await db.customerStoreStats.get([id, store])
    const storeTotalBefore = (await db.customerStoreStats.toArray()).reduce((sum, row) => sum + row.totalValue, 0)

    const { auditId, orders } = await eraseCustomer(db, id, { staffName: 'Kamil', now: t0 + 30 * DAY_MS })
    expect(orders).toBe(2)

    // No personal value anywhere: every table, every row, raw and as phone digits.
    const dump = await everyTable()
    for (const [table, text] of Object.entries(dump)) {
      for (const value of personalStrings()) {
        expect(text.toLowerCase().includes(value.toLowerCase()), `${table} still holds “${value}”`).toBe(false)
      }
      for (const phone of [...person.phones, ...secondRecord.phones]) {
        expect(digitsOnly(text).includes(phoneDigitForms(phone).national) && table !== 'customerStoreStats', `${table} still holds ${phone}`).toBe(false)
      }
    }
    expect(Object.keys(dump).sort()).toEqual(db.tables.map((table) => table.name).sort())

    // The row stays as anonymous history with its figures; the store's totals do not change.
    const row = (await db.customers.get(id))!
    expect(row).toMatchObject({ erased: 1, firstName: '', lastName: '', phones: [], emails: [], tokens: [], sortName: '', orderCount: 2, totalValue: 20_000, consentSms: 0 })
    expect(row.referral).toBeUndefined()
    expect(await db.customers.where('referral.sourceId').equals(2).count()).toBe(0)
    expect(await db.customerStoreStats.get([id, store])).toEqual(statsBefore)
    expect((await db.customerStoreStats.toArray()).reduce((sum, row) => sum + row.totalValue, 0)).toBe(storeTotalBefore)
    expect(await db.consentEvents.count()).toBe(1)

    // Findable nowhere: not by name, phone fragment, e-mail, card, nor as a duplicate.
    for (const query of ['Wróblewska', 'bozena', '601 234', '698765', 'bozena.wroblewska', 'KARTA-99182']) expect(await searchCustomerIds(db, query)).toEqual([])
    expect(await customerIdsByContact(db, { phones: person.phones, emails: person.emails })).toEqual([])

    // The audit entry says who erased whom and how much history stayed; the merge cannot be undone.
    expect(await db.audit.get(auditId)).toMatchObject({ action: 'erase', staffName: 'Kamil', customerIds: [id], details: { orders: 2 } })
    expect(await db.audit.where('action').equals('merge').first()).toMatchObject({ undoable: 0 })

    // Nothing else was touched: the neighbour, the staff and the settings stay as they were.
    expect(await db.customers.get(neighbour)).toMatchObject({ firstName: 'Jan', lastName: 'Nowak', phones: ['+48600100200'], notes: 'Neighbour of the salon' })
    expect(await searchCustomerIds(db, 'nowak')).toEqual([neighbour])
    expect((await db.staff.toArray()).map((member) => member.name)).toEqual(['Marta'])
    expect(await db.settings.get('staffName')).toMatchObject({ value: 'Marta' })
    expect(((await db.settings.get('import-undo:batch-1:0'))!.value as { id: number }[]).map((record) => record.id)).toEqual([neighbour])
    expect((await checkDatabase(db)).differences).toEqual([])
  })

  it('cancels upcoming bookings and leaves no note of hers in her orders’ edit history or the log', async () => {
    const id = await createCustomer(db, profile(person), { now: t0 })
    const now = Date.now()
    const past = await addOrder(db, id, visit(store, t0 + DAY_MS, 12_000, { notes: 'First visit' }))
    await editOrder(db, past, { notes: 'Bożena prefers Marta, call her sister Halina', items: [{ name: 'Colour for Bożena Wróblewska', quantity: 1, unitPrice: 12_000 }] }, desk)
    const upcoming = await addOrder(db, id, visit(store, now + 3 * DAY_MS, 0, { kind: 'booking', status: 'accepted' }))
    const pending = await addOrder(db, id, visit(store, now + 5 * DAY_MS, 0, { kind: 'booking', status: 'pending' }))

    const { cancelledBookings, auditId } = await eraseCustomer(db, id, { staffName: 'Kamil', now })
    expect(cancelledBookings).toBe(2)
    for (const booking of [upcoming, pending]) {
      const row = (await db.orders.get(booking))!
      expect(row.status).toBe('cancelled')
      expect(row.statusHistory.at(-1)).toEqual({ status: 'cancelled', at: now, staffName: 'Kamil' })
    }
    expect(await db.openBookings.get(id)).toBeUndefined()
    expect(await db.audit.get(auditId)).toMatchObject({ details: { orders: 3, cancelledBookings: 2 } })

    // The edit stays (when, who, which fields), without the texts that named her.
    const edited = (await db.orders.get(past))!
    expect(edited.edits![0]!.changes.map((change) => change.field)).toEqual(['items', 'notes'])
    const dump = await everyTable()
    for (const text of ['Halina', 'Bożena', 'Wróblewska']) {
      for (const [table, rows] of Object.entries(dump)) expect(rows.includes(text), `${table} still holds “${text}”`).toBe(false)
    }
    expect((await checkDatabase(db)).differences).toEqual([])
  })

  it('wipes exactly the catalogue’s personal fields: each as a blank customer has it, every other field kept', () => {
    const customer = customerWithEveryField()
    const erased = erasedRow(customer, t0)
    const blank = newCustomer(emptyProfile(), t0)
    for (const key of exportFieldKeys) {
      const { value } = exportFacet(key)
      const expected = fieldEntry(key).personal ? value(blank, everyFieldLookups) : value(customer, everyFieldLookups)
      expect(value(erased, everyFieldLookups), key).toEqual(expected)
    }
    expect(erased).toMatchObject({ erased: 1, tokens: [], sortName: '' })
  })

  it('refuses new orders and a second erasure for an erased record', async () => {
    const id = await createCustomer(db, profile({ firstName: 'Ola' }))
    await eraseCustomer(db, id, desk)
    await expect(addOrder(db, id, visit(store, t0, 100))).rejects.toMatchObject({ code: 'data.customer-erased' })
    await expect(eraseCustomer(db, id, desk)).rejects.toMatchObject({ code: 'data.customer-erased' })
    await expect(recordConsentChange(db, { customerId: id, channel: 'email', granted: true, at: t0, source: 'desk', staffName: 'M', wording: 'x' })).rejects.toMatchObject({
      code: 'data.customer-erased'
    })
  })
})
