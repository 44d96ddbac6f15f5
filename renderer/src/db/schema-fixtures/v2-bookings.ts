import type Dexie from 'dexie'
import { customerTokens } from '@shared/domain/search-tokens'
import { fillFirstStartSettings, type SchemaFixture } from './fixture'
import { v2Fixture } from './v2'

// A version 2 base with an accepted booking for next month, which version 2 counted as money
// spent at once; version 3 counts only what has happened, so its upgrade marks such customers
// due and the app recomputes them (applyDueFigures). Times are relative to the test's clock:
// the booking must lie after the upgrade.

const day = 86_400_000
const created = Date.UTC(2025, 2, 1, 9)
const visitAt = created + day
export const v2BookingAt = Date.now() + 30 * day

export const v2BookingsFixture: SchemaFixture = {
  version: 2,
  // The same frozen stores as v2.ts.
  stores: v2Fixture.stores,

  async fill(db: Dexie) {
    await fillFirstStartSettings(db, 'PLN', 'PL')
    await db.table('stores').add({ id: 1, name: 'Studio Mokotów', currency: 'PLN' })
    // As version 2 stored them: the visit and the accepted booking both counted.
    const metrics = {
      orderCount: 2,
      totalValue: 24_000,
      averageValue: 12_000,
      tipsTotal: 0,
      visits: 1,
      noShows: 0,
      firstOrderAt: visitAt,
      lastOrderAt: v2BookingAt,
      lastActivityAt: created + 2 * day,
      active: 1,
      estimatedAnnualValue: -1
    }
    await db.table('customers').add({
      id: 1,
      firstName: 'Olena',
      lastName: 'Kovalenko',
      phones: ['+380961111622'],
      emails: [],
      address: { street: '', postalCode: '', city: '', country: '' },
      birthday: '',
      cardNumber: '',
      notes: '',
      preferences: '',
      allergies: '',
      discountPercent: 0,
      categoryIds: [],
      groupIds: [],
      homeStoreId: 1,
      type: 'contact',
      ...metrics,
      createdAt: created,
      updatedAt: created,
      blocked: 0,
      erased: 0,
      consents: { email: { granted: false, at: 0 }, sms: { granted: false, at: 0 } },
      consentEmail: 0,
      consentSms: 0,
      birthdayMonth: 0,
      storeIds: [1],
      // The search tokens rule has not changed since version 2.
      tokens: customerTokens({ firstName: 'Olena', lastName: 'Kovalenko', phones: ['+380961111622'], emails: [], cardNumber: '', erased: 0 }),
      sortName: 'kovalenko olena'
    })
    const order = (id: number, at: number, status: string, history: string[]) => ({
      id,
      customerId: 1,
      storeId: 1,
      kind: id === 1 ? 'visit' : 'booking',
      channel: 'phone',
      status,
      statusHistory: history.map((each, index) => ({ status: each, at: created + 2 * day - (history.length - index) * 60_000 })),
      at,
      createdAt: created,
      value: 12_000,
      tip: 0,
      items: [],
      staffName: 'Marta',
      notes: ''
    })
    await db.table('orders').bulkAdd([order(1, visitAt, 'completed', ['completed']), order(2, v2BookingAt, 'accepted', ['pending', 'accepted'])])
    await db.table('customerStoreStats').add({ customerId: 1, storeId: 1, ...metrics })
    await db.table('openBookings').add({ customerId: 1, latestAt: v2BookingAt })
  },

  async expectAfterUpgrade(db, expect) {
    // Due at once: the stored figures still count next month's booking until the app's pass.
    expect(await db.figuresDue.toArray()).toEqual([{ customerId: 1, dueAt: 0 }])
    expect(await db.customers.get(1)).toMatchObject({ orderCount: 2, lastName: 'Kovalenko' })
    expect(await db.openBookings.toArray()).toEqual([{ customerId: 1, latestAt: v2BookingAt }])
  }
}
