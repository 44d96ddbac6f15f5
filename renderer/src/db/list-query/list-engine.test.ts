import 'fake-indexeddb/auto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createCustomer, createStore, loadDemoData, updateCustomer } from '@renderer/db'
import type { RegularsDatabase } from '@renderer/db/test-support'
import { emptyProfile } from '@shared/domain/customer'
import { freshDatabase } from '@renderer/db/test-support'
import { DAY_MS } from '@shared/domain/metrics'
import { searchQueryAlternatives, tokensMatch } from '@shared/domain/search-tokens'
import type { Customer, CustomerStoreStats, Id, Metrics, Order } from '@shared/domain/types'
import { addCustomersToGroup } from '@renderer/db/repositories/customer-bulk'
import { combineStoreStats } from './combined-figures'
import { ListEngine, type EngineTuning, type ListPlan } from './list-engine'
import { listOrder } from './list-order.test-support'
import { sortColumns, type ListFilters, type ListQuery, type SortColumn } from '@shared/list/list-query'

/**
 * The engine against a brute-force oracle: every customer, stats row and order in memory,
 * every condition written out plainly, sorted like IndexedDB (value, then id). Each plan is
 * forced by tuning, so the index page, candidates, walk, cached order and full evaluation
 * must all give the same list.
 */

const now = Date.UTC(2026, 10, 22, 12)
let db: RegularsDatabase
let all: { customers: Customer[]; stats: CustomerStoreStats[]; orders: Order[] }
let emptyStoreId: Id

beforeAll(async () => {
  db = await freshDatabase()
  await loadDemoData(db, { customers: 400, orders: 3_000, seed: 11, now })
  // A PLN store without orders: two PLN stores with orders are then NOT all of the main
  // currency's stores, so selecting them sums per-store figures (the `combined` scope).
  emptyStoreId = await createStore(db, { name: 'Nowe studio', currency: 'PLN' })
  all = { customers: await db.customers.toArray(), stats: await db.customerStoreStats.toArray(), orders: await db.orders.toArray() }
}, 60_000)

afterAll(() => db?.close())

/** Puts the shared data back as the oracle read it. */
async function removeCustomersFromGroupForTest(id: Id): Promise<void> {
  await db.customers.update(id, { groupIds: all.customers.find((customer) => customer.id === id)!.groupIds })
}

function dayStart(day: string): number {
  const [y, m, d] = day.split('-').map(Number)
  return new Date(y!, m! - 1, d!).getTime()
}

function oracle(query: ListQuery): Id[] | 'mixed-currencies' {
  const currencyOf: Record<number, string> = { 1: 'PLN', 2: 'PLN', 3: 'CZK', [emptyStoreId]: 'PLN' }
  const stores = query.filters.storeIds ?? []
  if (new Set(stores.map((id) => currencyOf[id])).size > 1) return 'mixed-currencies'
  const f = query.filters
  const words = searchQueryAlternatives(query.search)
  const upcoming = new Set(all.orders.filter((o) => (o.status === 'accepted' || o.status === 'pending') && o.at > now).map((o) => o.customerId))
  const rows: { id: Id; value: string | number | undefined }[] = []
  for (const customer of all.customers) {
    let metrics: Metrics | undefined = customer
    if (stores.length > 0) {
      const own = all.stats.filter((row) => row.customerId === customer.id && stores.includes(row.storeId))
      if (own.length === 0) continue
      const allMain = stores.length === 3 && stores.includes(emptyStoreId)
      metrics = stores.length === 1 ? own[0] : allMain ? customer : combineStoreStats(own)
    }
    const m = metrics!
    const inRange = (value: number, range?: { min?: number; max?: number }) => !range || (value >= (range.min ?? -Infinity) && value <= (range.max ?? Infinity))
    const inDays = (value: number, range?: { from?: string; to?: string }) =>
      !range || (value > 0 && (!range.from || value >= dayStart(range.from)) && (!range.to || value < dayStart(range.to) + DAY_MS))
    if (words.length && !tokensMatch(customer.tokens, words)) continue
    if (query.onlyIds && !query.onlyIds.includes(customer.id!)) continue
    if (!inRange(m.totalValue, f.spend) || !inRange(m.orderCount, f.orderCount)) continue
    if (!inDays(m.lastOrderAt, f.lastVisit) || !inDays(m.firstOrderAt, f.firstVisit)) continue
    if (f.notSeenDays && !(m.lastOrderAt > 0 && m.lastOrderAt <= now - f.notSeenDays * DAY_MS)) continue
    if (f.categoryIds?.length && !customer.categoryIds.some((id) => f.categoryIds!.includes(id))) continue
    if (f.groupIds?.length && !customer.groupIds.some((id) => f.groupIds!.includes(id))) continue
    if (f.referralSourceIds?.length && !(customer.referral && f.referralSourceIds.includes(customer.referral.sourceId))) continue
    if (f.consentEmail !== undefined && customer.consents.email.granted !== f.consentEmail) continue
    if (f.consentSms !== undefined && customer.consents.sms.granted !== f.consentSms) continue
    if (f.type && customer.type !== f.type) continue
    if (f.blocked !== undefined && (customer.blocked === 1) !== f.blocked) continue
    if (f.birthdayThisMonth && customer.birthdayMonth !== new Date(now).getMonth() + 1) continue
    if (f.upcomingBooking && !upcoming.has(customer.id!)) continue
    const column = query.sort.column
    const value =
      column === 'name'
        ? customer.sortName
        : column === 'type'
          ? customer.type
          : column === 'referral'
            ? customer.referral?.sourceId
            : column === 'createdAt' || column === 'discountPercent' || column === 'blocked'
              ? customer[column]
              : m[column]
    rows.push({ id: customer.id!, value })
  }
  return listOrder(rows, query.sort.column, query.sort.direction)
}


const range = (max: number) =>
  fc.option(
    fc.record({ min: fc.option(fc.integer({ min: 0, max }), { nil: undefined }), max: fc.option(fc.integer({ min: 0, max }), { nil: undefined }) }),
    { nil: undefined }
  )
const day = fc.integer({ min: 0, max: 4 * 365 }).map((back) => new Date(now - back * DAY_MS).toISOString().slice(0, 10))
const days = fc.option(fc.record({ from: fc.option(day, { nil: undefined }), to: fc.option(day, { nil: undefined }) }), { nil: undefined })
const maybe = <T,>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined })

const filtersArbitrary: fc.Arbitrary<ListFilters> = fc.record(
  {
    spend: range(400_000),
    orderCount: range(20),
    lastVisit: days,
    notSeenDays: maybe(fc.integer({ min: 1, max: 700 })),
    firstVisit: days,
    categoryIds: maybe(fc.uniqueArray(fc.integer({ min: 1, max: 6 }), { maxLength: 2 })),
    groupIds: maybe(fc.uniqueArray(fc.integer({ min: 1, max: 4 }), { maxLength: 2 })),
    referralSourceIds: maybe(fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 2 })),
    consentEmail: maybe(fc.boolean()),
    consentSms: maybe(fc.boolean()),
    type: maybe(fc.constantFrom('registered' as const, 'contact' as const)),
    blocked: maybe(fc.boolean()),
    storeIds: maybe(fc.constantFrom<Id[]>([], [1], [2], [3], [1, 2], [1, 2, 4], [1, 3])),
    birthdayThisMonth: maybe(fc.constant(true)),
    upcomingBooking: maybe(fc.constant(true))
  },
  { requiredKeys: [] }
)

const searchArbitrary = fc.constantFrom('', '', '', 'a', 'kow', 'an', 'ol', '48', '60 1', 'ма', 'mar ko', '@gmail', 'rc00')
const sortArbitrary = fc.record({ column: fc.constantFrom<SortColumn>(...sortColumns), direction: fc.constantFrom('asc' as const, 'desc' as const) })
// An import's customers: ids past the last customer stand for customers deleted since.
const onlyIdsArbitrary = fc.uniqueArray(fc.integer({ min: 1, max: 420 }), { minLength: 1, maxLength: 80 })
const queryArbitrary = fc.record(
  { sort: sortArbitrary, search: searchArbitrary, filters: filtersArbitrary, onlyIds: fc.option(onlyIdsArbitrary, { nil: undefined, freq: 4 }) },
  { requiredKeys: ['sort', 'search', 'filters'] }
)

// The store ids of the demo are 1–3 and the empty store is 4 (fresh database).
const plans: Record<string, { tuning: Partial<EngineTuning>; expect: ListPlan; fresh?: boolean; warm?: boolean }> = {
  'default thresholds (small data: the first chunk fills a page)': { tuning: {}, expect: 'first-chunk' },
  'narrow conditions read and sorted in memory': { tuning: { firstChunk: 3, candidateRows: 10_000, probeLimit: 10_000 }, expect: 'candidates' },
  'narrow conditions taken in the cached order of the sort': { tuning: { firstChunk: 1, candidateRows: 0, probeLimit: 10_000 }, expect: 'cached-order' },
  // Figure ranges become slices of warmed-up orders (probes that read no keys at all).
  'figure ranges sliced from warmed-up orders': { tuning: { firstChunk: 1, candidateRows: 0, probeLimit: 1 }, expect: 'cached-order', warm: true },
  // The same, with a row budget so small that testing the other conditions on rows gives up and they are probed.
  'rows tested beyond a tiny budget give way to probes': { tuning: { firstChunk: 1, walkChunks: [], candidateRows: 0, probeLimit: 1, rowChunk: 4 }, expect: 'cached-order', warm: true },
  // A fresh engine per query: cached id sets would make later conditions narrow.
  'broad conditions: the sort index walked in growing chunks': { tuning: { probeLimit: 0, firstChunk: 7, walkChunks: [40, 150, 300] }, expect: 'walk', fresh: true },
  'walks over a kept top of the order, read further when it is not enough': { tuning: { probeLimit: 0, firstChunk: 7, walkChunks: [40, 150, 300], topRows: 100 }, expect: 'walk', fresh: true },
  'full evaluation, broad conditions tested on rows': { tuning: { probeLimit: 20, firstChunk: 1, walkChunks: [], candidateRows: 0, keyMs: 1e9 }, expect: 'full' },
  'full evaluation, broad conditions read as keys': { tuning: { probeLimit: 20, firstChunk: 1, walkChunks: [], candidateRows: 0, rowMs: 1e9 }, expect: 'full' }
}

describe('the list engine agrees with a brute-force oracle', () => {
  for (const [name, plan] of Object.entries(plans)) {
    it(name, async () => {
      const shared = new ListEngine(db, plan.tuning)
      if (plan.warm) for (const storeIds of [[], [1], [2], [3]]) await shared.warmUp({ storeIds }, undefined, ['lastOrderAt', 'totalValue', 'orderCount', 'firstOrderAt', 'lastActivityAt'])
      const seen = new Set<ListPlan>()
      await fc.assert(
        fc.asyncProperty(queryArbitrary, async (query) => {
          const expected = oracle(query)
          const engine = plan.fresh ? new ListEngine(db, plan.tuning) : shared
          const run = await engine.run(query, { pageSize: 25, now })
          if (expected === 'mixed-currencies') {
            expect(run).toBe('mixed-currencies')
            return
          }
          if (typeof run === 'string') throw new Error(`unexpected ${run}`)
          seen.add(run.plan)
          expect(run.firstRows.map((row) => row.id)).toEqual(expected.slice(0, 25))
          expect([...(await run.ordered)]).toEqual(expected)
          if (run.knownTotal !== null) expect(run.knownTotal).toBe(expected.length)
          expect(await run.total).toBe(expected.length)
          expect(await engine.count(query.filters, now)).toBe(oracle({ sort: query.sort, search: '', filters: query.filters }).length)
          if (query.search) expect(await engine.countSearch(query.search, now)).toBe(oracle({ sort: query.sort, search: query.search, filters: {} }).length)
        }),
        { numRuns: 70, seed: 4242 }
      )
      expect([...seen]).toContain(plan.expect)
    }, 120_000)
  }

  it('answers from a column order kept in memory once it is known', async () => {
    // No walk: whether a first row happens to match would decide for it, whatever the data.
    const engine = new ListEngine(db, { candidateRows: 0, firstChunk: 1, walkChunks: [] })
    const query: ListQuery = { sort: { column: 'lastActivityAt', direction: 'desc' }, search: '', filters: { consentSms: true } }
    // The list opens without a condition: its first page comes from the index, its full order after.
    const first = await engine.run({ ...query, filters: {} }, { pageSize: 25, now })
    if (typeof first === 'string') throw new Error(first)
    expect(first.plan).toBe('index')
    expect(await first.total).toBe(400)
    await first.ordered
    expect(engine.hasOrder({ kind: 'all', currency: 'PLN' }, 'lastActivityAt')).toBe(true)
    const second = await engine.run({ ...query, search: 'an' }, { pageSize: 25, now })
    if (typeof second === 'string') throw new Error(second)
    expect(second.plan).toBe('cached-order')
    expect([...(await second.ordered)]).toEqual(oracle({ ...query, search: 'an' }))
  })

  it('tests the other conditions on the rows of a warmed-up figure range — a page filled, all rows tested, or given up for probes', async () => {
    const queries: ListQuery[] = [
      { sort: { column: 'lastActivityAt', direction: 'desc' }, search: '', filters: { spend: { min: 100_000 }, categoryIds: [1] } },
      { sort: { column: 'lastActivityAt', direction: 'desc' }, search: '', filters: { notSeenDays: 30, consentSms: true } },
      { sort: { column: 'totalValue', direction: 'asc' }, search: '', filters: { orderCount: { min: 2 }, consentEmail: false, type: 'registered' } },
      { sort: { column: 'totalValue', direction: 'desc' }, search: 'an', filters: { firstVisit: { from: '2025-01-01' }, blocked: false } }
    ]
    // Roomy: the page fills from rows (5 a page) or the range runs out; tiny: each first batch exceeds the budget.
    for (const rowChunk of [2_000, 4, 1]) {
      const engine = new ListEngine(db, { firstChunk: 1, walkChunks: [], candidateRows: 0, rowChunk })
      await engine.warmUp({}, undefined, ['lastOrderAt', 'totalValue', 'orderCount', 'firstOrderAt', 'lastActivityAt'])
      for (const query of queries) {
        const expected = oracle(query) as Id[]
        expect(expected.length, JSON.stringify(query.filters)).toBeGreaterThan(5)
        const run = await engine.run(query, { pageSize: 5, now })
        if (typeof run === 'string') throw new Error(run)
        expect(run.plan).toBe('cached-order')
        expect(run.firstRows.map((row) => row.id), `${rowChunk} ${JSON.stringify(query.filters)}`).toEqual(expected.slice(0, 5))
        expect([...(await run.ordered)]).toEqual(expected)
      }
    }
  })

  it('shows a store\'s own figures, and sums several stores of one currency', async () => {
    const engine = new ListEngine(db)
    const store = await engine.run({ sort: { column: 'totalValue', direction: 'desc' }, search: '', filters: { storeIds: [3] } }, { pageSize: 5, now })
    if (typeof store === 'string') throw new Error(store)
    expect(store.scope).toMatchObject({ kind: 'store', storeId: 3, currency: 'CZK' })
    for (const row of store.firstRows) {
      const own = all.stats.find((stats) => stats.customerId === row.id && stats.storeId === 3)!
      expect(row.metrics.totalValue).toBe(own.totalValue)
    }
    const combined = await engine.run({ sort: { column: 'orderCount', direction: 'desc' }, search: '', filters: { storeIds: [1, 2] } }, { pageSize: 5, now })
    if (typeof combined === 'string') throw new Error(combined)
    expect(combined.scope.kind).toBe('combined')
    for (const row of combined.firstRows) {
      const own = all.stats.filter((stats) => stats.customerId === row.id && stats.storeId !== 3)
      expect(row.metrics.orderCount).toBe(own.reduce((sum, stats) => sum + stats.orderCount, 0))
    }
  })

  it('keeps "has an upcoming booking" right as time passes, minute after minute, with one engine', async () => {
    const engine = new ListEngine(db)
    const query: ListQuery = { sort: { column: 'lastActivityAt', direction: 'desc' }, search: '', filters: { upcomingBooking: true } }
    const slots = all.orders.filter((o) => (o.status === 'accepted' || o.status === 'pending') && o.at > now).map((o) => o.at).sort((a, b) => a - b)
    // Minutes at which bookings have passed one after another, up to after the last one.
    const moments = [now, slots[0]!, slots[Math.floor(slots.length / 3)]! + 60_000, slots[Math.floor(slots.length / 2)]!, slots.at(-1)! + 60_000]
    let previous = Infinity
    for (const moment of moments) {
      const expected = new Set(all.orders.filter((o) => (o.status === 'accepted' || o.status === 'pending') && o.at > Math.floor(moment / 60_000) * 60_000).map((o) => o.customerId))
      const run = await engine.run(query, { pageSize: 25, now: moment })
      if (typeof run === 'string') throw new Error(run)
      expect(new Set(await run.ordered)).toEqual(expected)
      expect(expected.size).toBeLessThanOrEqual(previous)
      previous = expected.size
    }
    expect(previous).toBe(0)
  })

  it('forgets a cached condition set when told the customers changed', async () => {
    const engine = new ListEngine(db)
    const query: ListQuery = { sort: { column: 'name', direction: 'asc' }, search: '', filters: { groupIds: [4] } }
    const before = await engine.run(query, { pageSize: 25, now })
    if (typeof before === 'string') throw new Error(before)
    const count = await before.total
    const outsider = all.customers.find((customer) => !customer.groupIds.includes(4))!
    await addCustomersToGroup(db, [outsider.id!], 4)
    engine.invalidate(new Set(['customers']))
    const after = await engine.run(query, { pageSize: 25, now })
    if (typeof after === 'string') throw new Error(after)
    expect(await after.total).toBe(count + 1)
    expect([...(await after.ordered)]).toContain(outsider.id)
    await removeCustomersFromGroupForTest(outsider.id!)
  })

  it('puts customers without a name (erased) after everyone named, in both directions, whatever the plan', async () => {
    const small = await freshDatabase()
    try {
      const ids: Id[] = []
      for (const lastName of ['Zając', 'Adamska', 'Nowak', 'Kowalska', 'Wiśniewska']) ids.push(await createCustomer(small, { ...emptyProfile(), firstName: 'Ola', lastName }))
      for (const id of [ids[1]!, ids[3]!]) await updateCustomer(small, id, { firstName: '', lastName: '', erased: 1 })
      for (const tuning of [{}, { firstChunk: 1, walkChunks: [2], candidateRows: 0 }, { firstChunk: 1, candidateRows: 100, probeLimit: 100 }]) {
        const engine = new ListEngine(small, tuning)
        for (const [direction, expected] of [
          ['asc', [ids[2], ids[4], ids[0], ids[1], ids[3]]],
          ['desc', [ids[0], ids[4], ids[2], ids[3], ids[1]]]
        ] as const) {
          for (const filters of [{}, { consentSms: false }]) {
            const run = await engine.run({ sort: { column: 'name', direction }, search: '', filters }, { pageSize: 3, now })
            if (typeof run === 'string') throw new Error(run)
            expect([...(await run.ordered)], `${direction} ${JSON.stringify(tuning)} ${JSON.stringify(filters)}`).toEqual(expected)
            expect(run.firstRows.map((row) => row.id)).toEqual(expected.slice(0, 3))
          }
        }
      }
    } finally {
      small.close()
    }
  })

  it('puts customers without a referral after those with one, by source then id, in both directions, whatever the plan; and filters by source', async () => {
    const small = await freshDatabase()
    try {
      const ids: Id[] = []
      // Sources by id: 3 (Instagram), 1 (walk-in), none, 3, none, 2 (recommendation).
      const referrals = [3, 1, undefined, 3, undefined, 2]
      for (const [index, sourceId] of referrals.entries()) {
        ids.push(await createCustomer(small, { ...emptyProfile(), firstName: 'Ola', lastName: `K${index}`, ...(sourceId ? { referral: { sourceId, note: '' } } : {}) }))
      }
      const [a, b, c, d, e, f] = ids as [Id, Id, Id, Id, Id, Id]
      for (const tuning of [{}, { firstChunk: 1, walkChunks: [2], candidateRows: 0 }, { firstChunk: 1, candidateRows: 100, probeLimit: 100 }, { firstChunk: 1, walkChunks: [], candidateRows: 0, probeLimit: 1 }]) {
        const engine = new ListEngine(small, { ...tuning, orderChunk: 2 })
        for (const [direction, expected] of [
          ['asc', [b, f, a, d, c, e]],
          ['desc', [d, a, f, b, e, c]]
        ] as const) {
          for (const filters of [{}, { consentSms: false }]) {
            const run = await engine.run({ sort: { column: 'referral', direction }, search: '', filters }, { pageSize: 3, now })
            if (typeof run === 'string') throw new Error(run)
            const label = `${direction} ${JSON.stringify(tuning)} ${JSON.stringify(filters)}`
            expect([...(await run.ordered)], label).toEqual(expected)
            expect(run.firstRows.map((row) => row.id), label).toEqual(expected.slice(0, 3))
            expect(await run.total, label).toBe(6)
            // A jump to the end reads the rows of the full order.
            expect((await engine.rows(run.scope, expected.slice(4))).map((row) => row?.id), label).toEqual(expected.slice(4))
          }
          const filtered = await engine.run({ sort: { column: 'referral', direction }, search: '', filters: { referralSourceIds: [3, 2] } }, { pageSize: 3, now })
          if (typeof filtered === 'string') throw new Error(filtered)
          expect([...(await filtered.ordered)]).toEqual(expected.filter((id) => [a, d, f].includes(id)))
          expect(await engine.count({ referralSourceIds: [3] }, now)).toBe(2)
        }
      }
      // Recorded later: the customer moves into the index and up the list.
      await updateCustomer(small, c, { referral: { sourceId: 1, note: 'Friend of Ola K0' } })
      const engine = new ListEngine(small)
      const run = await engine.run({ sort: { column: 'referral', direction: 'asc' }, search: '', filters: {} }, { pageSize: 10, now })
      if (typeof run === 'string') throw new Error(run)
      expect([...(await run.ordered)]).toEqual([b, c, f, a, d, e])
    } finally {
      small.close()
    }
  })

  it('forgets cached orders when told the customers changed', async () => {
    const engine = new ListEngine(db)
    const scope = { kind: 'all' as const, currency: 'PLN' }
    await engine.orderedIds(scope, 'name')
    expect(engine.hasOrder(scope, 'name')).toBe(true)
    engine.invalidate(new Set(['orders']))
    expect(engine.hasOrder(scope, 'name')).toBe(true)
    engine.invalidate(new Set(['customers']))
    expect(engine.hasOrder(scope, 'name')).toBe(false)
  })
})
