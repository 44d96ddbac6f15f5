import { demoCategoryInputs, demoGroupInputs, demoStores, DEMO_MAIN_CURRENCY } from '@shared/demo/catalogue'
import { generateDemoCustomers, MAX_DEMO_CUSTOMERS, MAX_DEMO_ORDERS, type DemoCustomer, type DemoRefs } from '@shared/demo/generate'
import { demoCustomerRows } from '@shared/demo/rows'
import { demoTextsFor, type DemoTexts } from '@shared/demo/texts'
import type { ConsentEvent, CustomerStoreStats, FiguresDue, Id, OpenBooking, Order } from '@shared/domain/types'
import { AppError } from '@shared/errors'
import { throwIfCancelled, type JobOptions } from '@shared/jobs/job'
import { dataErrors } from './errors'
import { appendAudit } from './repositories/audit'
import { getSetting } from './repositories/settings'
import { markSearchTokensCurrent } from './search-token-refresh'
import type { RegularsDatabase } from './schema'

/**
 * Loads seeded demo data (shared/demo) into an EMPTY database, fast: customers are generated
 * and their metrics, per-store stats and tokens computed in memory with the same rules the
 * repositories use, then written with bulk writes, one transaction per chunk. Progress is
 * reported after every chunk (customers done of all, `counts.orders`); cancelling removes
 * everything it wrote, so the database is empty again, as before, and throws JobCancelled.
 */

export interface DemoLoadOptions extends JobOptions {
  customers: number
  orders: number
  seed?: number
  /** "Today" of the data; the real clock by default. */
  now?: number
  /** Customers per transaction. */
  chunkSize?: number
  /** The UI's language ("pl", "uk-UA"…): categories, groups and services are named in it; English when absent. */
  language?: string
}

export interface DemoLoadResult {
  customers: number
  orders: number
  milliseconds: number
}

/** Sizes offered in the UI (and used by tests and the benchmark). */
export const demoSizes = {
  small: { customers: 2_000, orders: 20_000 },
  medium: { customers: 20_000, orders: 200_000 },
  full: { customers: MAX_DEMO_CUSTOMERS, orders: MAX_DEMO_ORDERS }
} as const

export type DemoSizeName = keyof typeof demoSizes

export const DEFAULT_DEMO_SEED = 20_251_122

/**
 * No customer and no order: one key read per table. (Dexie answers `limit(1).count()` with a
 * full count — seconds on 2 000 000 orders — so this reads one primary key instead.)
 */
export async function isDatabaseEmpty(db: RegularsDatabase): Promise<boolean> {
  return (await db.customers.limit(1).primaryKeys()).length === 0 && (await db.orders.limit(1).primaryKeys()).length === 0
}

export async function loadDemoData(db: RegularsDatabase, options: DemoLoadOptions): Promise<DemoLoadResult> {
  const started = performance.now()
  if (options.customers < 1 || options.customers > MAX_DEMO_CUSTOMERS || options.orders < 0 || options.orders > MAX_DEMO_ORDERS) {
    throw new AppError(dataErrors.invalid, 'Demo size out of range', { path: 'size', code: 'demo-size' })
  }
  if (!(await isDatabaseEmpty(db))) throw new AppError(dataErrors.notEmpty, 'Demo data loads only into an empty database')

  // Its rows are written with today's tokens: the background refresh has nothing to look at.
  await markSearchTokensCurrent(db)
  const texts = demoTextsFor(options.language)
  const refs = await writeCatalogue(db, texts)
  const mainCurrency = await getSetting(db, 'mainCurrency')
  const mainStores = new Set(demoStores.map((store, index) => (store.currency === mainCurrency ? refs.storeIds[index]! : 0)))
  const isMain = (storeId: Id) => mainStores.has(storeId)
  const chunkSize = options.chunkSize ?? 2_000
  const progress = { customers: 0, orders: 0 }
  const now = options.now ?? Date.now()

  try {
    reportProgress(progress, options)
    let chunk: ReturnType<typeof prepare>[] = []
    for (const demo of generateDemoCustomers({ customers: options.customers, orders: options.orders, seed: options.seed ?? DEFAULT_DEMO_SEED, now, texts }, refs)) {
      // Figures as they stand now (the data may be generated for another day, as the benchmark's is).
      chunk.push(prepare(demo, isMain, Math.max(now, Date.now())))
      if (chunk.length === chunkSize) {
        await writeChunk(db, chunk, progress, options)
        chunk = []
      }
    }
    if (chunk.length > 0) await writeChunk(db, chunk, progress, options)
  } catch (error) {
    await removeDemoData(db, refs)
    throw error
  }
  await appendAudit(db, {
    action: 'demo-data',
    staffName: await getSetting(db, 'staffName'),
    customerIds: [],
    customerCount: progress.customers,
    details: { customers: progress.customers, orders: progress.orders, seed: options.seed ?? DEFAULT_DEMO_SEED }
  })
  return { customers: progress.customers, orders: progress.orders, milliseconds: performance.now() - started }
}

function reportProgress(progress: { customers: number; orders: number }, options: DemoLoadOptions): void {
  options.onProgress?.({ done: progress.customers, total: options.customers, counts: { orders: progress.orders } })
}

function prepare(demo: DemoCustomer, isMain: (storeId: Id) => boolean, figuresAt: number) {
  const rows = demoCustomerRows(demo, isMain, figuresAt)
  return { ...rows, orders: demo.orders, consentEvents: demo.consentEvents }
}

async function writeChunk(db: RegularsDatabase, chunk: ReturnType<typeof prepare>[], progress: { customers: number; orders: number }, options: DemoLoadOptions): Promise<void> {
  throwIfCancelled(options.signal, 'Demo data loading was cancelled')
  let orderCount = 0
  await db.transaction('rw', [db.customers, db.orders, db.customerStoreStats, db.consentEvents, db.openBookings, db.figuresDue], async () => {
    const ids = (await db.customers.bulkAdd(
      chunk.map((item) => item.customer),
      { allKeys: true }
    )) as Id[]
    const orders: Order[] = []
    const stats: CustomerStoreStats[] = []
    const consentEvents: ConsentEvent[] = []
    const openBookings: OpenBooking[] = []
    const figuresDue: FiguresDue[] = []
    chunk.forEach((item, index) => {
      const customerId = ids[index]!
      if (item.latestBookingAt !== undefined) openBookings.push({ customerId, latestAt: item.latestBookingAt })
      if (item.dueAt !== undefined) figuresDue.push({ customerId, dueAt: item.dueAt })
      for (const order of item.orders) orders.push({ ...order, customerId })
      for (const row of item.storeStats) stats.push({ ...row, customerId })
      for (const event of item.consentEvents) consentEvents.push({ ...event, customerId })
    })
    orderCount = orders.length
    await db.orders.bulkAdd(orders)
    await db.customerStoreStats.bulkAdd(stats)
    if (consentEvents.length > 0) await db.consentEvents.bulkAdd(consentEvents)
    if (openBookings.length > 0) await db.openBookings.bulkAdd(openBookings)
    if (figuresDue.length > 0) await db.figuresDue.bulkAdd(figuresDue)
  })
  progress.customers += chunk.length
  progress.orders += orderCount
  reportProgress(progress, options)
}

async function writeCatalogue(db: RegularsDatabase, texts: DemoTexts): Promise<DemoRefs> {
  return db.transaction('rw', [db.stores, db.categories, db.groups, db.settings], async () => {
    // The demo's sums are in PLN; an empty database has nothing in another currency yet.
    await db.settings.put({ key: 'mainCurrency', value: DEMO_MAIN_CURRENCY })
    const storeIds = (await db.stores.bulkAdd(
      demoStores.map(({ name, currency, address, country }) => ({ name, currency, address, country })),
      { allKeys: true }
    )) as Id[]
    const categoryIds = (await db.categories.bulkAdd(demoCategoryInputs(texts), { allKeys: true })) as Id[]
    const groupIds = (await db.groups.bulkAdd(demoGroupInputs(texts), { allKeys: true })) as Id[]
    return { storeIds, categoryIds, groupIds }
  })
}

/** Undoes a cancelled or failed load: the database was empty, so empty it again. */
async function removeDemoData(db: RegularsDatabase, refs: DemoRefs): Promise<void> {
  await db.transaction('rw', [db.customers, db.orders, db.customerStoreStats, db.consentEvents, db.openBookings, db.figuresDue, db.stores, db.categories, db.groups], async () => {
    await Promise.all([db.customers.clear(), db.orders.clear(), db.customerStoreStats.clear(), db.consentEvents.clear(), db.openBookings.clear(), db.figuresDue.clear()])
    await db.stores.bulkDelete([...refs.storeIds])
    await db.categories.bulkDelete([...refs.categoryIds])
    await db.groups.bulkDelete([...refs.groupIds])
  })
}

