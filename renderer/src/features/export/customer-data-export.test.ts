import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Id } from '@shared/domain/types'
import { JobCancelled, type JobProgress } from '@shared/jobs/job'
import { loadDemoData } from '@renderer/db'
import { freshDatabase, setAppDb, type RegularsDatabase } from '@renderer/db/test-support'
import { createAppI18n } from '@renderer/i18n'
import { exportCustomerData } from './customer-data-export'
import { readXlsx, realMain, realMainWithDialogs } from './real-main.test-support'

/** One customer's data for an access request (F22): the file, its progress, and Cancel. */

let folder: string
let db: RegularsDatabase
let busiest: Id
beforeEach(async () => {
  folder = mkdtempSync(join(tmpdir(), 'regulars-access-export-'))
  db = await freshDatabase()
  setAppDb(db)
  await loadDemoData(db, { customers: 40, orders: 600, seed: 3, now: Date.UTC(2026, 10, 22, 12) })
  busiest = (await db.customers.orderBy('orderCount').reverse().first())!.id!
})
afterEach(() => {
  setAppDb(undefined)
  db.close()
  rmSync(folder, { recursive: true, force: true })
})

const i18n = createAppI18n('en')
const t = (key: string, named?: Record<string, unknown>) => i18n.global.t(key, named ?? {})

describe('exporting one customer\'s data', () => {
  it('writes profile, every order and the consent history, reporting the orders as they go, then logs it', async () => {
    const target = join(folder, 'anna.xlsx')
    const seen: JobProgress[] = []
    const started: string[] = []
    const result = await exportCustomerData(busiest, t, 'en', await realMain(folder, target), 'this PC', {
      onStarted: (fileName) => started.push(fileName),
      onProgress: (progress) => seen.push(progress)
    })
    const orders = await db.orders.where('[customerId+at]').between([busiest, -Infinity], [busiest, Infinity]).count()
    expect(result).toMatchObject({ fileName: 'anna.xlsx', orders })
    expect(started).toEqual(['anna.xlsx'])
    expect(seen[0]).toEqual({ phase: 'orders', done: 0, total: orders, counts: { orders: 0 } })
    expect(seen.at(-1)).toMatchObject({ phase: 'finishing', done: orders, cancellable: false })
    const book = await readXlsx(target)
    expect(book.sheets.map((sheet) => sheet.rows.length)).toEqual([2, 1 + orders, expect.any(Number)])
    expect(await db.audit.where('action').equals('export').count()).toBe(1)
  })

  it('suggests a file name in the UI language with the customer\'s name and the time, so two requests of one day never collide', async () => {
    await db.customers.update(busiest, { firstName: 'Łucja', lastName: 'Wąs-Nowak' })
    const clock = [new Date(2026, 10, 22, 10, 5, 9), new Date(2026, 10, 22, 16, 40, 0)]
    const { main, suggestedNames } = await realMainWithDialogs(folder, join(folder, 'dane.xlsx'), () => clock[0]!)
    const polish = createAppI18n('pl')
    const tPl = (key: string, named?: Record<string, unknown>) => polish.global.t(key, named ?? {})
    await exportCustomerData(busiest, tPl, 'pl', main, 'this PC')
    clock.shift()
    await exportCustomerData(busiest, tPl, 'pl', main, 'this PC')
    expect(suggestedNames()).toEqual(['dane-klienta-łucja-wąs-nowak-2026-11-22_10-05-09.xlsx', 'dane-klienta-łucja-wąs-nowak-2026-11-22_16-40-00.xlsx'])
  })

  it('cancelled once it has begun: no file, no audit entry', async () => {
    const controller = new AbortController()
    const target = join(folder, 'anna.xlsx')
    const running = exportCustomerData(busiest, t, 'en', await realMain(folder, target), 'this PC', {
      signal: controller.signal,
      onProgress: () => controller.abort()
    })
    await expect(running).rejects.toBeInstanceOf(JobCancelled)
    expect(existsSync(target)).toBe(false)
    expect(readdirSync(folder)).toEqual([])
    expect(await db.audit.where('action').equals('export').count()).toBe(0)
  })
})
