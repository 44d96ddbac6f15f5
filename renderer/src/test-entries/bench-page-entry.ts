import Dexie from 'dexie'
import { demoStores, DEMO_MAIN_CURRENCY } from '@shared/demo/catalogue'
import { demoTexts } from '@shared/demo/texts'
import { generateDemoCustomers } from '@shared/demo/generate'
import { demoCustomerRows } from '@shared/demo/rows'
import { searchQueryAlternatives, tokensMatch } from '@shared/domain/search-tokens'
import type { Id } from '@shared/domain/types'
import { RegularsDatabase } from '../db/schema'
import { loadDemoData } from '../db/demo-loader'
import { applyDueFigures } from '../db/repositories/due-figures'
import { searchCustomerIds } from '../db/search'
import { signIn } from '../db/access/sign-in'
import { hashSecret } from '@shared/staff/secret-hash'
import * as door from '../db/access/scoped-reads'
import { ListEngine } from '../db/list-query/list-engine'
import { deleteRule, listRules, saveRule } from '../db/rules/rules-store'
import { runRulesPass } from '../db/rules/rules-pass'
import type { BenchPage, RulesPassFigures, UiAction, UiDone } from '@renderer/test-entries/bench-page-api'

// The benchmark's side inside the page: tests/bench/harness/page-bundle.ts bundles
// this file on its own and evaluates it through the DevTools protocol, like the data layer's
// test probe; nothing in the app imports it, so it never ships. It opens the app's own
// IndexedDB database with the data layer's code, and every figure is timed here, in the page.
const db = new RegularsDatabase()
let inMemory: { id: Id; tokens: string[] }[] = []
// The benchmark's own people, made on first use in the run's copy of the base.
const BENCH_PINS = { owner: '1111', 'one-store': '2222' } as const
let benchStaff: Record<keyof typeof BENCH_PINS, Id> | null = null
const warmEngines = new Map<keyof typeof BENCH_PINS, ListEngine>()
let paintTracking = false
let rulesPass: Promise<RulesPassFigures> | null = null
const listPaints: { markAt: number; paintedAt: number }[] = []

function matcher(query: string): (tokens: readonly string[]) => boolean {
  const alternatives = searchQueryAlternatives(query)
  return (tokens) => alternatives.length > 0 && tokensMatch(tokens, alternatives)
}

function perform(action: UiAction): void {
  if (action.kind === 'navigate') {
    window.location.hash = action.hash
    return
  }
  const element = document.querySelector(action.selector)
  if (!element) throw new Error(`No element ${action.selector} to ${action.kind}`)
  if (action.kind === 'click') (element as HTMLElement).click()
  else if (action.kind === 'type') {
    const input = element as HTMLInputElement
    input.focus()
    input.value = action.text
    input.dispatchEvent(new InputEvent('input', { bubbles: true, data: action.text.slice(-1), inputType: 'insertText' }))
  } else element.scrollTop = action.fraction * (element.scrollHeight - element.clientHeight)
}

/** What a done-condition compares with: the text and attributes before the action. */
function snapshot(done: UiDone): Map<UiDone, string | null> {
  const values = new Map<UiDone, string | null>()
  const visit = (condition: UiDone) => {
    if (condition.kind === 'all') condition.of.forEach(visit)
    else if (condition.kind === 'text-changed') values.set(condition, document.querySelector(condition.selector)?.textContent ?? null)
    else if (condition.kind === 'attribute-changed') values.set(condition, document.querySelector(condition.selector)?.getAttribute(condition.attribute) ?? null)
  }
  visit(done)
  return values
}

function holds(done: UiDone, before: Map<UiDone, string | null>): boolean {
  switch (done.kind) {
    case 'present':
      return document.querySelector(done.selector) !== null
    case 'absent':
      return document.querySelector(done.selector) === null
    case 'text-changed': {
      const text = document.querySelector(done.selector)?.textContent ?? null
      return text !== null && text !== before.get(done)
    }
    case 'attribute-changed': {
      const value = document.querySelector(done.selector)?.getAttribute(done.attribute) ?? null
      return value !== null && value !== before.get(done)
    }
    case 'all':
      return done.of.every((condition) => holds(condition, before))
  }
}

function afterNextFrame(): Promise<void> {
  // rAF runs just before the frame is painted; the task queued from it runs after the paint.
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
}

/** A table in primary-key order, `size` rows at a time, by key range (as the backup reads it). */
async function* keyChunks(table: Dexie.Table, size: number): AsyncGenerator<unknown[]> {
  const keyPath = table.schema.primKey.keyPath as string | string[]
  let rows = await table.orderBy(':id').limit(size).toArray()
  while (rows.length > 0) {
    yield rows
    if (rows.length < size) return
    rows = await table.where(':id').above(Dexie.getByKeyPath(rows[rows.length - 1], keyPath)).limit(size).toArray()
  }
}

const page: BenchPage = {
  progress: null,

  timeUi(action, done, timeoutMs = 30_000) {
    const before = snapshot(done)
    return new Promise<number>((resolve, reject) => {
      const started = performance.now()
      let finished = false
      const observer = new MutationObserver(() => check())
      const timer = setTimeout(() => finish(new Error(`Not done within ${timeoutMs} ms: ${JSON.stringify(done)}`)), timeoutMs)
      const finish = (error?: Error) => {
        if (finished) return
        finished = true
        observer.disconnect()
        clearTimeout(timer)
        if (error) return reject(error)
        void afterNextFrame().then(() => resolve(performance.now() - started))
      }
      const check = () => {
        if (holds(done, before)) finish()
      }
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true })
      try {
        perform(action)
      } catch (error) {
        finish(error as Error)
        return
      }
      check()
    })
  },

  trackListPaints() {
    if (paintTracking) return
    paintTracking = true
    // Wraps performance.mark: the list sets its mark right after the DOM update, so the frame
    // requested here is the one that shows the rows (an observer would be told later).
    const mark = performance.mark.bind(performance)
    performance.mark = ((name: string, options?: PerformanceMarkOptions) => {
      const entry = mark(name, options)
      if (name === 'regulars:list-rows') {
        const markAt = entry.startTime
        requestAnimationFrame(() => setTimeout(() => listPaints.push({ markAt, paintedAt: performance.now() }), 0))
      }
      return entry
    }) as typeof performance.mark
  },

  takeListPaints() {
    return listPaints.splice(0)
  },

  settle(quietMs, maxMs) {
    return new Promise((resolve) => {
      const started = performance.now()
      const finish = () => {
        observer.disconnect()
        clearTimeout(timer)
        resolve()
      }
      let timer = setTimeout(finish, quietMs)
      const observer = new MutationObserver(() => {
        clearTimeout(timer)
        timer = setTimeout(finish, performance.now() - started >= maxMs ? 0 : quietMs)
      })
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true })
    })
  },

  async bareListPage({ index, direction, offset, size }) {
    const started = performance.now()
    let collection = db.customers.orderBy(index)
    if (direction === 'desc') collection = collection.reverse()
    const rows = await collection.offset(offset).limit(size).toArray()
    return { ms: performance.now() - started, rows: rows.length }
  },

  async bareStorePage(storeId, size) {
    const started = performance.now()
    const stats = await db.customerStoreStats
      .where('[storeId+lastActivityAt]')
      .between([storeId, Dexie.minKey], [storeId, Dexie.maxKey])
      .reverse()
      .limit(size)
      .toArray()
    const rows = await db.customers.bulkGet(stats.map((row) => row.customerId))
    return { ms: performance.now() - started, rows: rows.length }
  },

  async bareFilterPage({ index, value, sortBy, size }) {
    const started = performance.now()
    const rows = await db.customers.where(index).equals(value).toArray()
    const key = sortBy as keyof (typeof rows)[number]
    rows.sort((a, b) => Number(b[key]) - Number(a[key]))
    const page = rows.slice(0, size)
    return { ms: performance.now() - started, rows: page.length }
  },

  async applyDueFigures() {
    const started = performance.now()
    const customers = await applyDueFigures(db)
    return { customers, ms: performance.now() - started }
  },
  async loadDemo(options) {
    page.progress = { customersDone: 0, ordersDone: 0 }
    const result = await loadDemoData(db, { ...options, onProgress: (progress) => (page.progress = { customersDone: progress.done, ordersDone: progress.counts?.orders ?? 0 }) })
    return { customers: result.customers, orders: result.orders, ms: result.milliseconds }
  },

  async loadDemoBare(options) {
    // Same generator, same prepared rows, no secondary index: what the writes cost bare.
    const scratch = new Dexie(`bench-bare-${Date.now()}`, { chromeTransactionDurability: 'strict' })
    scratch.version(1).stores({ customers: '++id', orders: '++id', customerStoreStats: '++id', consentEvents: '++id' })
    const refs = { storeIds: demoStores.map((_, index) => index + 1), categoryIds: [1, 2, 3, 4, 5, 6], groupIds: [1, 2, 3] }
    const started = performance.now()
    let customers = 0
    let orders = 0
    let chunk: ReturnType<typeof demoCustomerRows>[] = []
    let histories: { orders: object[]; consentEvents: object[] }[] = []
    const write = async () => {
      await scratch.transaction('rw', ['customers', 'orders', 'customerStoreStats', 'consentEvents'], async () => {
        const ids = (await scratch.table('customers').bulkAdd(chunk.map((item) => item.customer), { allKeys: true })) as number[]
        const orderRows = histories.flatMap((history, index) => history.orders.map((order) => ({ ...order, customerId: ids[index] })))
        await scratch.table('orders').bulkAdd(orderRows)
        await scratch.table('customerStoreStats').bulkAdd(chunk.flatMap((item, index) => item.storeStats.map((row) => ({ ...row, customerId: ids[index] }))))
        const events = histories.flatMap((history, index) => history.consentEvents.map((event) => ({ ...event, customerId: ids[index] })))
        if (events.length > 0) await scratch.table('consentEvents').bulkAdd(events)
        orders += orderRows.length
      })
      customers += chunk.length
      chunk = []
      histories = []
    }
    try {
      for (const demo of generateDemoCustomers({ ...options, texts: demoTexts.en }, refs)) {
        chunk.push(demoCustomerRows(demo, (storeId) => demoStores[storeId - 1]?.currency === DEMO_MAIN_CURRENCY, options.now))
        histories.push({ orders: demo.orders, consentEvents: demo.consentEvents })
        if (chunk.length === 2_000) await write()
      }
      if (chunk.length > 0) await write()
      return { customers, orders, ms: performance.now() - started }
    } finally {
      scratch.close()
      await Dexie.delete(scratch.name)
    }
  },

  async bareBackupRead(chunkRows, sink) {
    const send = (window as unknown as Record<string, (text: string) => Promise<void>>)[sink]!
    const started = performance.now()
    let rows = 0
    let chars = 0
    for (const table of db.tables) {
      for await (const chunk of keyChunks(table, chunkRows)) {
        const json = JSON.stringify(chunk)
        await send(json)
        rows += chunk.length
        chars += json.length
      }
    }
    return { ms: performance.now() - started, rows, chars }
  },
  async bareBulkAddCopy(chunkRows) {
    const scratch = new RegularsDatabase('regulars-bench-bulkadd')
    await scratch.open()
    let ms = 0
    let rows = 0
    try {
      for (const table of db.tables) {
        for await (const chunk of keyChunks(table, chunkRows)) {
          const started = performance.now()
          await scratch.table(table.name).bulkAdd(chunk)
          ms += performance.now() - started
          rows += chunk.length
        }
      }
    } finally {
      scratch.close()
      await Dexie.delete('regulars-bench-bulkadd')
    }
    return { ms, rows }
  },
  counts: async () => ({ customers: await db.customers.count(), orders: await db.orders.count() }),

  customers: (ids) => db.customers.bulkGet(ids),

  async stores() {
    return (await db.stores.toArray()).map((store) => ({ id: store.id!, name: store.name, currency: store.currency }))
  },

  async newestCustomerId() {
    const id = await db.customers.orderBy(':id').lastKey()
    if (id === undefined) throw new Error('The database has no customer')
    return id as Id
  },

  async bareCardReads(customerId, pageSize) {
    const started = performance.now()
    const [customer, , orders] = await Promise.all([
      db.customers.get(customerId),
      db.customerStoreStats.where('[customerId+storeId]').between([customerId, Dexie.minKey], [customerId, Dexie.maxKey]).toArray(),
      db.orders.where('[customerId+at]').between([customerId, Dexie.minKey], [customerId, Dexie.maxKey]).reverse().limit(pageSize).toArray()
    ])
    const ms = performance.now() - started
    if (!customer) throw new Error(`No customer ${customerId}`)
    return { ms, orders: orders.length }
  },

  async bareOrderAdd(customerId) {
    const [newest] = await db.orders.where('[customerId+at]').between([customerId, Dexie.minKey], [customerId, Dexie.maxKey]).reverse().limit(1).toArray()
    if (!newest) throw new Error(`Customer ${customerId} has no order to copy`)
    const { id: _id, ...order } = newest
    const started = performance.now()
    const id = await db.transaction('rw', db.orders, () => db.orders.add({ ...order, at: Date.now(), createdAt: Date.now() }))
    const ms = performance.now() - started
    await db.orders.delete(id)
    return { ms }
  },

  async searchFirstPage(query, pageSize) {
    const started = performance.now()
    const ids = await searchCustomerIds(db, query, pageSize)
    const rows = await db.customers.bulkGet(ids)
    const ms = performance.now() - started
    if (rows.some((row) => row === undefined)) throw new Error(`search "${query}": an id without a row`)
    return { ms, ids }
  },

  searchAll: (query) => searchCustomerIds(db, query),

  async signInAs(person, storeId) {
    if (!benchStaff) {
      // Written straight into the run's copy of the base, beside whoever it already has (the test
      // host's owner, set up at launch, whose PIN this page does not know), and removed again by
      // forgetBenchStaff. The PINs are hashed as the app hashes them.
      const owner = (await db.staff.add({ name: 'Bench owner', roleId: 'owner', allStores: true, storeIds: [], active: true, pin: await hashSecret(BENCH_PINS.owner) })) as Id
      const oneStore = (await db.staff.add({ name: 'Bench desk', roleId: 'front-desk', allStores: false, storeIds: [storeId], active: true, pin: await hashSecret(BENCH_PINS['one-store']) })) as Id
      benchStaff = { owner, 'one-store': oneStore }
    }
    const result = await signIn(db, benchStaff[person], BENCH_PINS[person])
    if (!result.ok) throw new Error(`the benchmark's ${person} could not sign in`)
  },

  async forgetBenchStaff() {
    // Back to the base as loaded (its own people only), so the app and later measures find it so.
    const ids = benchStaff ? Object.values(benchStaff) : []
    await db.transaction('rw', db.staff, db.settings, async () => {
      await db.staff.bulkDelete(ids)
      await db.settings.delete('signInBackoff')
    })
    benchStaff = null
    warmEngines.clear()
  },

  async scopedSearchFirstPage(query, pageSize) {
    const started = performance.now()
    const ids = await door.searchCustomerIds(db, query, pageSize)
    const rows = await door.getCustomers(db, ids)
    const ms = performance.now() - started
    if (rows.length !== ids.length) throw new Error(`search "${query}": a hit the person may not see`)
    return { ms, ids }
  },

  async engineFirstPage(query, pageSize) {
    // A fresh engine each time: nothing cached from an earlier run, as when the list first asks.
    // Only the first page: the complete answer is abandoned (on a fresh engine it reads whole
    // orders — tens of seconds at full size under load — and the warm figures time the count).
    const engine = new ListEngine(db)
    const abandon = new AbortController()
    const started = performance.now()
    const run = await engine.run(query, { pageSize, now: Date.now(), signal: abandon.signal, completeAfterMs: 60_000 })
    if (typeof run === 'string') throw new Error(`list: ${run}`)
    const ms = performance.now() - started
    abandon.abort()
    run.total.catch(() => undefined)
    run.ordered.catch(() => undefined)
    return { ms, rows: run.firstRows.length, plan: run.plan }
  },

  async warmEngineFirstPage(person, query, pageSize) {
    let engine = warmEngines.get(person)
    if (!engine) {
      // The engine the desk has once the list has opened for this person: it answered the default view and its count.
      engine = new ListEngine(db)
      const opened = await engine.run({ sort: { column: 'lastActivityAt', direction: 'desc' }, search: '', filters: {} }, { pageSize, now: Date.now() })
      if (typeof opened !== 'string') await Promise.all([opened.total, opened.ordered.catch(() => undefined)])
      warmEngines.set(person, engine)
    }
    const started = performance.now()
    const run = await engine.run(query, { pageSize, now: Date.now() })
    if (typeof run === 'string') throw new Error(`list: ${run}`)
    const ms = performance.now() - started
    const total = run.knownTotal ?? (await run.total)
    const countMs = performance.now() - started
    await run.ordered.catch(() => undefined)
    return { ms, countMs, rows: run.firstRows.length, total, plan: run.plan }
  },

  async scanWithDexieFilter(query) {
    const matches = matcher(query)
    const started = performance.now()
    const rows = await db.customers.filter((customer) => matches(customer.tokens)).toArray()
    return { ms: performance.now() - started, ids: rows.map((row) => row.id!) }
  },

  async prepareInMemory() {
    const started = performance.now()
    inMemory = []
    await db.customers.each((customer) => {
      inMemory.push({ id: customer.id!, tokens: customer.tokens })
    })
    return { rows: inMemory.length, ms: performance.now() - started }
  },

  async scanInMemory(query) {
    const matches = matcher(query)
    const started = performance.now()
    const ids: Id[] = []
    for (const row of inMemory) if (matches(row.tokens)) ids.push(row.id)
    return { ms: performance.now() - started, ids }
  },

  dropInMemory() {
    inMemory = []
  },

  async bareCustomerChunks(chunkRows) {
    const started = performance.now()
    let rows = 0
    let after = 0
    for (;;) {
      const chunk = await db.customers.where(':id').above(after).limit(chunkRows).toArray()
      if (chunk.length === 0) break
      rows += chunk.length
      after = chunk[chunk.length - 1]!.id!
    }
    return { ms: performance.now() - started, rows }
  },

  startRulesPass({ rule, deleteRules, chunkRows }) {
    rulesPass = (async () => {
      if (deleteRules) for (const existing of await listRules(db)) await deleteRule(db, existing.id)
      if (rule) await saveRule(db, rule)
      const started = performance.now()
      const result = await runRulesPass(db, { reason: 'rule-change', chunkSize: chunkRows })
      return { ms: performance.now() - started, customers: result.customers, changed: result.changed }
    })()
  },

  async finishRulesPass() {
    if (!rulesPass) throw new Error('No rules pass was started')
    const figures = await rulesPass
    rulesPass = null
    return figures
  },

  async bareRewriteOfLastPass(batchRows) {
    const last = await db.audit.where('action').equals('rules-pass').last()
    const ids = [...(last?.customerIds ?? [])]
    const started = performance.now()
    for (let from = 0; from < ids.length; from += batchRows) {
      const batch = ids.slice(from, from + batchRows)
      await db.transaction('rw', db.customers, async () => {
        const rows = await db.customers.bulkGet(batch)
        await db.customers.bulkPut(rows.filter((row) => row !== undefined))
      })
    }
    const dexieMs = performance.now() - started
    // The same rows put back through IndexedDB itself (no Dexie): what the browser's writes cost.
    const idb = db.backendDB()
    const rawStarted = performance.now()
    for (let from = 0; from < ids.length; from += batchRows) {
      const batch = ids.slice(from, from + batchRows)
      await new Promise<void>((resolve, reject) => {
        const transaction = idb.transaction('customers', 'readwrite')
        const store = transaction.objectStore('customers')
        for (const id of batch) {
          const request = store.get(id)
          request.onsuccess = () => { if (request.result) store.put(request.result) }
        }
        transaction.oncomplete = () => resolve()
        transaction.onerror = () => reject(transaction.error)
      })
    }
    return { ms: dexieMs, rawMs: performance.now() - rawStarted, rows: ids.length }
  },

  auditCount: (action) => db.audit.where('action').equals(action).count(),

  close: () => db.close()
}

;(window as unknown as { __regularsBench: BenchPage }).__regularsBench = page
