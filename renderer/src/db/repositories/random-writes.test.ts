import { beforeEach, describe, expect, it } from 'vitest'
import { emptyProfile } from '@shared/domain/customer'
import { DAY_MS } from '@shared/domain/metrics'
import { customerTokens } from '@shared/domain/search-tokens'
import type { OrderInput } from '@shared/domain/schemas'
import type { Id, OrderStatus } from '@shared/domain/types'
import { SeededRandom } from '@shared/demo/random'
import { freshDatabaseForEachTest } from '../test-support'
import { checkDatabase } from '../checker'
import { createCustomer, setCustomerBlocked, updateCustomer } from './customers'
import { addOrder, changeOrderStatus, deleteOrder, updateOrder } from './orders'
import { createStore } from './stores'
import { changeMainCurrency } from './maintenance'
import { orderStatusPaths } from '@shared/domain/order-status-paths.test-support'

const t0 = Date.UTC(2025, 0, 1)
const db = freshDatabaseForEachTest()
let stores: Id[]

beforeEach(async () => {
  stores = [
    await createStore(db, { name: 'A', currency: 'PLN' }),
    await createStore(db, { name: 'B', currency: 'PLN' }),
    await createStore(db, { name: 'C', currency: 'CZK' })
  ]
})

const nextStatus: Record<OrderStatus, OrderStatus[]> = {
  pending: ['accepted', 'rejected', 'cancelled', 'completed'],
  accepted: ['completed', 'cancelled', 'no-show'],
  rejected: ['cancelled'],
  completed: ['cancelled'],
  cancelled: ['pending'],
  'no-show': ['completed']
}

function randomOrder(random: SeededRandom): OrderInput {
  const path = random.pick(orderStatusPaths)
  const at = t0 + random.int(0, 400) * DAY_MS + random.int(0, 600) * 60_000
  return {
    storeId: random.pick(stores),
    kind: random.pick(['order', 'visit', 'booking'] as const),
    channel: random.pick(['walk-in', 'phone', 'online'] as const),
    status: path[path.length - 1]!,
    statusHistory: path.map((status, i) => ({ status, at: at - DAY_MS + i * 3_600_000 })),
    at,
    createdAt: at - DAY_MS,
    value: random.int(0, 50_000),
    tip: random.chance(0.3) ? random.int(0, 3_000) : 0,
    items: [],
    staffName: 'Marta',
    notes: ''
  }
}

describe('10 000 random order writes through the repositories', () => {
  it('leave every stored metric and per-store stat equal to a recomputation from the orders', async () => {
    const random = new SeededRandom(42)
    const customers: Id[] = []
    const orders: Id[] = []
    const counts = { add: 0, update: 0, status: 0, delete: 0, customer: 0 }
    for (let i = 0; i < 120; i++) customers.push(await createCustomer(db, { ...emptyProfile(), firstName: `Klient${i}`, lastName: 'Nowak' }, { now: t0 }))

    for (let write = 0; write < 10_000; write++) {
      const roll = random.next()
      if (roll < 0.4 || orders.length < 20) {
        orders.push(await addOrder(db, random.pick(customers), randomOrder(random), { allowBlocked: true }))
        counts.add++
      } else if (roll < 0.6) {
        const id = random.pick(orders)
        const patch = random.weighted([
          [{ value: random.int(0, 90_000) }, 1],
          [{ tip: random.int(0, 5_000) }, 1],
          [{ at: t0 + random.int(0, 400) * DAY_MS }, 1],
          [{ storeId: random.pick(stores) }, 1]
        ] as const)
        await updateOrder(db, id, patch)
        counts.update++
      } else if (roll < 0.85) {
        const id = random.pick(orders)
        const current = (await db.orders.get(id))!
        await changeOrderStatus(db, id, random.pick(nextStatus[current.status]), current.statusHistory.at(-1)!.at + 60_000)
        counts.status++
      } else if (roll < 0.97) {
        const index = random.int(0, orders.length - 1)
        await deleteOrder(db, orders[index]!)
        orders.splice(index, 1)
        counts.delete++
      } else {
        const id = random.pick(customers)
        if (random.chance(0.5)) await setCustomerBlocked(db, id, random.chance(0.5))
        else await updateCustomer(db, id, { lastName: random.pick(['Kowalska', 'Wiśniewski', 'Шевченко']) })
        counts.customer++
      }
    }
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(10_000)
    expect(counts.delete).toBeGreaterThan(500)
    expect(counts.status).toBeGreaterThan(1_500)

    const result = await checkDatabase(db, { chunkSize: 7 })
    expect(result.differences).toEqual([])
    expect(result.customersChecked).toBe(120)
    expect(result.ordersRead).toBe(orders.length)
    // The writes did produce the cases the rules are about.
    const all = await db.orders.toArray()
    const statuses = new Set(all.map((order) => order.status))
    for (const status of ['pending', 'accepted', 'rejected', 'completed', 'cancelled', 'no-show']) expect(statuses).toContain(status)

    // Changing the main currency recomputes every row; the checker still agrees.
    await changeMainCurrency(db, 'CZK', { chunkSize: 9 })
    expect((await checkDatabase(db)).differences).toEqual([])
  }, 240_000)
})

describe('the checker', () => {
  it('reports a metric, a per-store row and a token that are out of step, and orphaned orders', async () => {
    const id = await createCustomer(db, { ...emptyProfile(), firstName: 'Jan', lastName: 'Nowak' }, { now: t0 })
    const other = await createCustomer(db, { ...emptyProfile(), firstName: 'Eva', lastName: 'Svobodová' }, { now: t0 })
    await addOrder(db, id, { ...randomOrder(new SeededRandom(1)), status: 'completed', statusHistory: [{ status: 'completed', at: t0 }], storeId: stores[0]!, value: 1_000 })
    await addOrder(db, other, { ...randomOrder(new SeededRandom(2)), status: 'completed', statusHistory: [{ status: 'completed', at: t0 }], storeId: stores[2]!, value: 500 })
    expect((await checkDatabase(db)).differences).toEqual([])

    await db.customers.update(id, { totalValue: 999, tokens: ['jan'] })
    await db.customerStoreStats.delete([other, stores[2]!])
    await db.orders.add({ ...randomOrder(new SeededRandom(3)), customerId: 9_999 })
    const { differences, differenceCount } = await checkDatabase(db)
    expect(differences).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ customerId: id, kind: 'metric', field: 'totalValue', stored: 999, expected: 1_000 }),
        expect.objectContaining({ customerId: id, kind: 'derived', field: 'tokens' }),
        expect.objectContaining({ customerId: other, kind: 'store-stats-missing', storeId: stores[2] }),
        expect.objectContaining({ customerId: 9_999, kind: 'orphan-order' })
      ])
    )
    expect(differenceCount).toBe(differences.length)
  })

  it('accepts the tokens rows got before phone suffixes were strided (a suffix at every digit), and nothing else', async () => {
    const id = await createCustomer(db, { ...emptyProfile(), firstName: 'Jan', phones: ['+48601234567'] }, { now: t0 })
    const customer = (await db.customers.get(id))!
    await db.customers.update(id, { tokens: customerTokens(customer, { legacyPhoneSuffixes: true }) })
    expect((await checkDatabase(db)).differences).toEqual([])
    await db.customers.update(id, { tokens: customerTokens(customer).filter((token) => token !== '601234567') })
    expect((await checkDatabase(db)).differences).toEqual([expect.objectContaining({ customerId: id, kind: 'derived', field: 'tokens' })])
  })
})
