import { emptyProfile } from '@shared/domain/customer'
import { DAY_MS } from '@shared/domain/metrics'
import type { Id, Order, OrderStatus } from '@shared/domain/types'
import { createCustomer, customerIdsByContact, figureTables, getDataSettings, listCategories, listGroups, listStaff, listStores, recomputeCustomerFigures } from '@renderer/db'
import { RegularsDatabase } from '@renderer/db/schema'
import { orderRefusalFor } from '@renderer/db/repositories/blocking'
import { customerOrdersPage, customerStoreFigures, recentConsentEvents } from '@renderer/db/repositories/customer-history'
import type { CardBenchPage } from '@renderer/test-entries/card-bench-api'

// Installed into the page by tests/bench/measures/card.ts only (bundled on its own, evaluated
// through the DevTools protocol); nothing in the app imports it, so it never ships. It opens
// the app's own database with the data layer's code.
const db = new RegularsDatabase()

const statuses: OrderStatus[] = ['completed', 'completed', 'completed', 'completed', 'completed', 'completed', 'no-show', 'cancelled', 'accepted', 'rejected']
const services = ['Strzyżenie damskie', 'Koloryzacja', 'Modelowanie', 'Manicure hybrydowy', 'Pedicure', 'Henna brwi i rzęs']

const page: CardBenchPage = {
  /**
   * A regular with a long history: `orders` past orders over the last years (every status,
   * items, tips) plus 3 upcoming bookings, in a store of the main currency, written the way an
   * import writes history (one transaction, figures recomputed once, checker-consistent).
   */
  async seedCustomerWithOrders(orders: number, now: number): Promise<Id> {
    const [settings, stores] = await Promise.all([getDataSettings(db), listStores(db)])
    const store = stores.find((candidate) => candidate.currency === settings.mainCurrency) ?? stores[0]
    if (!store) throw new Error('The database has no store')
    const id = await createCustomer(
      db,
      { ...emptyProfile(), firstName: 'Halina', lastName: 'Długosz-Benchmark', allergies: 'Latex', homeStoreId: store.id! },
      { now: now - 4 * 365 * DAY_MS }
    )
    const span = 3 * 365 * DAY_MS
    const rows: Order[] = []
    for (let index = 0; index < orders; index++) {
      const at = now - span + Math.floor((index / orders) * span)
      const status = statuses[index % statuses.length]!
      const service = services[index % services.length]!
      const value = 6_000 + (index % 9) * 1_500
      const history = status === 'completed' || status === 'no-show' ? [{ status: 'accepted' as const, at: at - DAY_MS }, { status, at }] : [{ status, at }]
      rows.push({ customerId: id, storeId: store.id!, kind: 'visit', channel: 'phone', status, statusHistory: history, at, createdAt: at - DAY_MS, value, tip: index % 4 === 0 ? 500 : 0, items: [{ name: service, quantity: 1, unitPrice: value }], staffName: 'Marta', notes: '' })
    }
    for (let days = 1; days <= 3; days++) {
      const at = now + days * 7 * DAY_MS
      rows.push({ customerId: id, storeId: store.id!, kind: 'booking', channel: 'phone', status: 'accepted', statusHistory: [{ status: 'accepted', at: now }], at, createdAt: now, value: 0, tip: 0, items: [], staffName: 'Marta', notes: '' })
    }
    await db.transaction('rw', figureTables(db), async () => {
      await db.orders.bulkAdd(rows)
      await recomputeCustomerFigures(db, id)
    })
    return id
  },
  async orderCount(customerId: Id): Promise<number> {
    return (await db.customers.get(customerId))?.orderCount ?? -1
  },
  async timeCardReads(customerId: Id): Promise<Record<string, number>> {
    const times: Record<string, number> = {}
    const time = async <T>(name: string, read: () => Promise<T>): Promise<T> => {
      const started = performance.now()
      const result = await read()
      times[name] = Math.round((performance.now() - started) * 10) / 10
      return result
    }
    const now = Date.now()
    await time('setUp', () => Promise.all([listStores(db), listCategories(db), listGroups(db), listStaff(db), getDataSettings(db)]))
    const row = (await time('customer', () => db.customers.get(customerId)))!
    await time('storeFigures', () => customerStoreFigures(db, customerId))
    await time('refusal', () => orderRefusalFor(db, row))
    await time('duplicates', () => customerIdsByContact(db, { phones: row.phones, emails: row.emails }))
    await time('historyPage', () => customerOrdersPage(db, { customerId, part: 'past', now, offset: 0, limit: 25 }))
    await time('historyPageCompleted', () => customerOrdersPage(db, { customerId, part: 'past', now, statuses: ['completed'], offset: 0, limit: 25 }))
    await time('historyLastPage', () => customerOrdersPage(db, { customerId, part: 'past', now, offset: 475, limit: 25 }))
    await time('upcoming', () => customerOrdersPage(db, { customerId, part: 'upcoming', now, offset: 0, limit: 5 }))
    await time('consents', () => recentConsentEvents(db, customerId, 6))
    return times
  }
}

;(window as unknown as { __regularsCardBench: CardBenchPage }).__regularsCardBench = page
