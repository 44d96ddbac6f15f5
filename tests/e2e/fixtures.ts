import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { test as base } from 'vitest'
import type { Customer, Order } from '../../shared/domain/types'
import { installDbProbe } from '../host/db-probe'
import { launchApp, type LaunchedApp, type LaunchOptions } from '../host/launch-app'
import { makeTempDir } from '../host/temp-dir'

// The lock and the owner's set-up: launch() gets past them by itself unless told `signIn: false`.
export { TEST_OWNER, signInAs, lockNow, setUpOwner, readRecoveryCode, typePin, firstScreen } from '../host/desk-access'

/**
 * What every end-to-end file needs: the app launched in a temp folder and cleaned up after
 * it, and the few page helpers more than one file uses. Files import `it`, `describe` and
 * `expect` from here.
 */

export { describe, expect } from 'vitest'

/** Everything launchApp takes but the data folder, which the fixture owns. */
type AppOptions = Omit<LaunchOptions, 'dataDir'>
type Launch = (options?: AppOptions) => Promise<LaunchedApp>

/** A temp folder removed when the fixture's scope ends. */
function tempFolder(onCleanup: (cleanup: () => void) => void): string {
  const dir = makeTempDir()
  onCleanup(dir.remove)
  return dir.path
}

/** Launches the app on one folder as often as asked (a restart is a second launch) and closes each when the scope ends. */
function launcher(dataDir: string, onCleanup: (cleanup: () => Promise<void>) => void): Launch {
  const opened: LaunchedApp[] = []
  onCleanup(async () => {
    for (const app of opened) await app.close()
  })
  return async (options = {}) => {
    const app = await launchApp({ ...options, dataDir })
    opened.push(app)
    return app
  }
}

/**
 * `it` with fixtures, named in a test's first argument when it needs them:
 * - `dataDir`: a fresh temp folder (the browser profile, files the test writes or reads);
 * - `launch(options)`: the built app on `dataDir`.
 * After the test every app it launched is closed, then the folder is removed.
 * Files whose tests go on from one another's state use `fileDataDir` and `launchForFile`
 * in `it.beforeAll`: the same, once for the whole file.
 */
export const it = base
  // Vitest reads a fixture's dependencies from this pattern; a temp folder has none.
  // eslint-disable-next-line no-empty-pattern
  .extend('dataDir', async ({}, { onCleanup }) => tempFolder(onCleanup))
  .extend('launch', async ({ dataDir }, { onCleanup }) => launcher(dataDir, onCleanup))
  // eslint-disable-next-line no-empty-pattern
  .extend('fileDataDir', { scope: 'file' }, async ({}, { onCleanup }) => tempFolder(onCleanup))
  .extend('launchForFile', { scope: 'file' }, async ({ fileDataDir }, { onCleanup }) => launcher(fileDataDir, onCleanup))

/** tests/artifacts/<folder>, created: what a person looks at after a run (git ignores it). */
export function artifactsFolder(folder: string): string {
  const path = join(import.meta.dirname, '../artifacts', folder)
  mkdirSync(path, { recursive: true })
  return path
}

/** Saves the page as tests/artifacts/<folder>/<name> (folder "screenshots" unless named). */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean; folder?: string } = {}): Promise<void> {
  await page.screenshot({ path: join(artifactsFolder(options.folder ?? 'screenshots'), name), fullPage: options.fullPage ?? false })
}

interface DemoSize {
  customers: number
  orders: number
  seed: number
  /** The demo's "today" (ms since the epoch); the loader's default is the real now. */
  now?: number
}

/** Seeded demo data written into the page's database by the data layer's own loader; leaves the db probe installed. */
export async function loadDemoData(page: Page, size: DemoSize): Promise<void> {
  await installDbProbe(page)
  await page.evaluate((size) => window.__regularsDbProbe.loadDemo(size), size)
}

/** Demo data as the app's screens show it: loaded, then the page reloaded (the probe goes with the old page and is installed again). */
export async function withDemoData(page: Page, size: DemoSize): Promise<void> {
  await loadDemoData(page, size)
  await page.reload()
  await page.waitForSelector('.frame')
  await installDbProbe(page)
}

/** The customers with ids 1…count that exist, read through the db probe (installed by loadDemoData). */
export async function customersUpTo(page: Page, count: number): Promise<Customer[]> {
  const rows = await page.evaluate((ids) => window.__regularsDbProbe.customers(ids), Array.from({ length: count }, (_, index) => index + 1))
  return rows.filter((row): row is Customer => row !== undefined && row !== null)
}

/**
 * The list files' base: 2 000 demo customers loaded once into the file's data folder (the
 * template each test copies); every customer's row, for the tests' own expectations.
 */
export async function loadListBase(launchForFile: () => Promise<LaunchedApp>, now: number): Promise<Customer[]> {
  const app = await launchForFile()
  await loadDemoData(app.page, { customers: 2_000, orders: 20_000, seed: 20_251_122, now })
  const customers = await customersUpTo(app.page, 2_100)
  await app.close()
  return customers
}

/** Which rows of a store to read through one of its indexes: those with one key, or between two keys inclusive. */
type IndexQuery = { store: string; index: string } & ({ key: string | number } | { from: number[]; to: number[] })

/** A store's rows straight from IndexedDB, not through the app's data layer. */
export function indexRows<T>(page: Page, query: IndexQuery): Promise<T[]> {
  return page.evaluate(
    (query) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('regulars')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const index = open.result.transaction(query.store).objectStore(query.store).index(query.index)
          const request = index.getAll('key' in query ? query.key : IDBKeyRange.bound(query.from, query.to))
          request.onsuccess = () => {
            open.result.close()
            resolve(request.result as T[])
          }
          request.onerror = () => reject(request.error)
        }
      }),
    query
  )
}

/** Types into the frame's quick-search box, as the desk does. */
export async function quickSearch(page: Page, text: string): Promise<void> {
  await page.getByTestId('quick-search').locator('input').fill(text)
}

/** The ids of the customer rows the list has drawn, top to bottom. */
export function shownCustomerIds(page: Page): Promise<number[]> {
  return page.getByTestId('customer-row').evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-id'))))
}

/** Intl groups digits with (narrow) no-break spaces in many languages: plain spaces, trimmed. */
export function spaced(text: string | null): string {
  return (text ?? '').replace(/[\u00a0\u202f]/g, ' ').trim()
}

/** A PDF's text laid out as on paper (poppler's pdftotext; pages end with a form feed). */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
}

/** A customer's row straight from IndexedDB (throws if it is gone). */
export async function customerRow(page: Page, id: number): Promise<Customer> {
  const [row] = await page.evaluate((ids) => window.__regularsDbProbe.customers(ids), [id])
  if (!row) throw new Error(`customer ${id} is gone`)
  return row
}

/** The customer's orders from `from` on, oldest first, straight from IndexedDB. */
export function ordersFrom(page: Page, customerId: number, from: number): Promise<Order[]> {
  return indexRows<Order>(page, { store: 'orders', index: '[customerId+at]', from: [customerId, from], to: [customerId, 8_640_000_000_000_000] })
}
