import type Dexie from 'dexie'
import { fillFirstStartSettings, type SchemaFixture } from './fixture'
import { customerIdsByContact } from '../repositories/customers'

// Version 1 as shipped: its stores stay frozen. Version 2 moved data (the openBookings table)
// and dropped the phones index, so the rows gained an open booking and the expectations follow.

const day = 86_400_000
const created = Date.UTC(2025, 2, 1, 9)
const visitAt = created + day

export const v1Fixture: SchemaFixture = {
  version: 1,
  stores: {
    customers:
      '++id, sortName, createdAt, orderCount, totalValue, averageValue, visits, tipsTotal, discountPercent, firstOrderAt, lastOrderAt, lastActivityAt, estimatedAnnualValue, type, blocked, consentEmail, consentSms, birthdayMonth, importBatchId, *tokens, *categoryIds, *groupIds, *storeIds, *phones, *emails',
    orders: '++id, [customerId+at], [status+at], importBatchId',
    customerStoreStats:
      '[customerId+storeId], [storeId+lastActivityAt], [storeId+orderCount], [storeId+totalValue], [storeId+averageValue], [storeId+visits], [storeId+tipsTotal], [storeId+firstOrderAt], [storeId+lastOrderAt], [storeId+estimatedAnnualValue]',
    stores: '++id',
    categories: '++id',
    groups: '++id',
    consentEvents: '++id, [customerId+at]',
    audit: '++id, at, action',
    settings: 'key',
    staff: '++id',
    segments: '++id'
  },

  async fill(db: Dexie) {
    await fillFirstStartSettings(db, 'PLN', 'PL')
    await db.table('stores').add({ id: 1, name: 'Studio Mokotów', currency: 'PLN' })
    await db.table('categories').add({ id: 1, name: 'VIP', color: '#d4a017' })
    await db.table('groups').add({ id: 1, name: 'Newsletter', description: '' })
    const metrics = {
      orderCount: 1,
      totalValue: 12_000,
      averageValue: 12_000,
      tipsTotal: 500,
      visits: 1,
      noShows: 0,
      firstOrderAt: visitAt,
      lastOrderAt: visitAt,
      lastActivityAt: created + 2 * day + 60_000,
      active: 1,
      estimatedAnnualValue: -1
    }
    await db.table('customers').add({
      id: 1,
      firstName: 'Zofia',
      lastName: 'Wójcik',
      phones: ['+48601234567'],
      emails: ['zofia.wojcik@wp.pl'],
      address: { street: 'ul. Długa 5', postalCode: '00-238', city: 'Warszawa', country: 'PL' },
      birthday: '1984-05-17',
      cardNumber: 'RC0000042',
      notes: 'Woli terminy po 17:00',
      preferences: '',
      allergies: 'Uczulenie na amoniak',
      discountPercent: 10,
      categoryIds: [1],
      groupIds: [1],
      homeStoreId: 1,
      type: 'registered',
      ...metrics,
      createdAt: created,
      updatedAt: created,
      blocked: 0,
      erased: 0,
      consents: { email: { granted: true, at: created, source: 'desk' }, sms: { granted: false, at: 0 } },
      consentEmail: 1,
      consentSms: 0,
      birthdayMonth: 5,
      storeIds: [1],
      tokens: ['zofia', 'зофиа', 'wojcik', 'воицик', '48601234567', '8601234567', '601234567', '01234567', '1234567', '234567', '34567', '4567', '567', 'zofia.wojcik@wp.pl', 'wojcik@wp.pl', 'rc0000042', '0000042'],
      sortName: 'wojcik zofia'
    })
    await db.table('orders').bulkAdd([
      {
        id: 1,
        customerId: 1,
        storeId: 1,
        kind: 'visit',
        channel: 'phone',
        status: 'completed',
        statusHistory: [
          { status: 'pending', at: created },
          { status: 'accepted', at: created + 60_000 },
          { status: 'completed', at: visitAt }
        ],
        at: visitAt,
        createdAt: created,
        value: 12_000,
        tip: 500,
        items: [{ name: 'Strzyżenie damskie', quantity: 1, unitPrice: 12_000 }],
        staffName: 'Marta',
        notes: ''
      },
      {
        id: 2,
        customerId: 1,
        storeId: 1,
        kind: 'booking',
        channel: 'online',
        status: 'cancelled',
        statusHistory: [
          { status: 'pending', at: created + 2 * day },
          { status: 'cancelled', at: created + 2 * day + 60_000 }
        ],
        at: created + 5 * day,
        createdAt: created + 2 * day,
        value: 28_000,
        tip: 0,
        items: [{ name: 'Koloryzacja', quantity: 1, unitPrice: 28_000 }],
        staffName: 'Marta',
        notes: ''
      }
    ])
    // Still pending, a month ahead: version 2's upgrade must find it (not counted, no new activity).
    await db.table('orders').add({
      id: 3,
      customerId: 1,
      storeId: 1,
      kind: 'booking',
      channel: 'phone',
      status: 'pending',
      statusHistory: [{ status: 'pending', at: created + 2 * day }],
      at: created + 30 * day,
      createdAt: created + 2 * day,
      value: 15_000,
      tip: 0,
      items: [],
      staffName: 'Marta',
      notes: ''
    })
    await db.table('customerStoreStats').add({ customerId: 1, storeId: 1, ...metrics })
    await db.table('consentEvents').add({ id: 1, customerId: 1, channel: 'email', granted: true, at: created, source: 'desk', staffName: 'this PC', wording: 'Zgoda na e-mail' })
    await db.table('audit').add({ id: 1, at: created, action: 'block', staffName: 'this PC', customerCount: 1, customerIds: [1], details: {}, undoable: 0, undoneAt: 0 })
  },

  async expectAfterUpgrade(db, expect) {
    expect(await db.customers.where('tokens').startsWith('wojc').distinct().primaryKeys()).toEqual([1])
    expect((await customerIdsByContact(db, { phones: ['+48601234567'] }))).toEqual([1])
    expect((await customerIdsByContact(db, { emails: ['Zofia.Wojcik@wp.pl'] }))).toEqual([1])
    expect(await db.openBookings.toArray()).toEqual([{ customerId: 1, latestAt: created + 30 * day }])
    expect(await db.openBookings.where('latestAt').above(created + 29 * day).primaryKeys()).toEqual([1])
    expect(await db.orders.where('[customerId+at]').between([1, 0], [1, Infinity]).count()).toEqual(3)
    expect(await db.customers.get(1)).toMatchObject({ lastName: 'Wójcik', totalValue: 12_000, allergies: 'Uczulenie na amoniak' })
    expect(await db.consentEvents.count()).toEqual(1)
    expect(await db.audit.count()).toEqual(1)
    expect((await db.settings.get('mainCurrency'))?.value).toEqual('PLN')
  }
}
