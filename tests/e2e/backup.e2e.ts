import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import type { Customer } from '../../shared/domain/types'
import type { LaunchedApp } from '../host/launch-app'
import { installDbProbe } from '../host/db-probe'
import { TEST_OWNER } from '../host/desk-access'
import { describe, expect, it, screenshot, withDemoData } from './fixtures'
import { writeV1Backup } from '../support/v1-backup'

const password = 'correct horse battery'
const demo = { customers: 400, orders: 3_000, seed: 11, now: Date.UTC(2026, 10, 22, 12) }

async function openSettings(page: Page): Promise<void> {
  await page.goto(`${page.url().split('#')[0]}#/settings`)
  await page.getByTestId('backup-settings').waitFor()
}

function backupsIn(folder: string): string[] {
  return readdirSync(folder).filter((name) => name.endsWith('.regularsbackup'))
}

/** "Back up now" into `folder` (the save dialog answered there); answers the file's path. */
async function backUpNow(app: LaunchedApp, folder: string): Promise<string> {
  mkdirSync(folder, { recursive: true })
  app.answers.savePath = (options) => join(folder, options.defaultName ?? 'backup.regularsbackup')
  await openSettings(app.page)
  await app.page.getByTestId('backup-password').locator('input').fill(password)
  await app.page.getByTestId('backup-password-repeat').locator('input').fill(password)
  await app.page.getByTestId('backup-now').click()
  await expect.poll(() => backupsIn(folder), { timeout: 60_000 }).toHaveLength(1)
  // Only the finished file: no temporary file left beside it.
  expect(readdirSync(folder)).toEqual(backupsIn(folder))
  return join(folder, backupsIn(folder)[0]!)
}

/** Opens the restore dialog on `file` and types the password; the preview or an error follows. */
async function unlockBackup(app: LaunchedApp, file: string, typed: string): Promise<void> {
  await openSettings(app.page)
  app.answers.openPath = file
  // A second file is chosen in the open dialog, as a person would after a refusal.
  if (!(await app.page.getByTestId('restore-dialog').isVisible())) await app.page.getByTestId('restore-open').click()
  await app.page.getByTestId('restore-choose').click()
  await app.page.getByTestId('restore-password').locator('input').fill(typed)
  await app.page.getByTestId('restore-unlock').click()
}

/** Writes a customer's first name straight into IndexedDB (the active database), as a later edit would. */
function renameCustomer(page: Page, databaseName: string, id: number, firstName: string): Promise<void> {
  return page.evaluate(
    ({ databaseName, id, firstName }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(databaseName)
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const store = open.result.transaction('customers', 'readwrite').objectStore('customers')
          const read = store.get(id)
          read.onsuccess = () => {
            store.put({ ...read.result, firstName })
            store.transaction.oncomplete = () => {
              open.result.close()
              resolve()
            }
          }
        }
      }),
    { databaseName, id, firstName }
  )
}

async function customer(page: Page, id: number): Promise<Customer | undefined> {
  await installDbProbe(page)
  const [row] = await page.evaluate((ids) => window.__regularsDbProbe.customers(ids), [id])
  return row ?? undefined
}

function databaseNames(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await indexedDB.databases()).map((info) => info.name ?? ''))
}

describe('backup and restore', () => {
  it('backs up, restores the backup over changed data, and the audit log says so', async ({ launch, dataDir }) => {
    const app = await launch()
    await withDemoData(app.page, demo)
    const original = await customer(app.page, 7)
    const file = await backUpNow(app, join(dataDir, 'USB'))
    // The file is renamed into place before main answers the page, so Settings may say so a moment later.
    await expect.poll(() => app.page.getByTestId('backup-last').innerText()).toContain(join(dataDir, 'USB'))
    await screenshot(app.page, 'settings-after-backup.png', { folder: 'backup', fullPage: true })

    await renameCustomer(app.page, 'regulars', 7, 'Changed after the backup')
    expect((await customer(app.page, 7))?.firstName).toBe('Changed after the backup')

    await unlockBackup(app, file, password)
    const preview = app.page.getByTestId('restore-preview')
    await preview.waitFor()
    expect(await app.page.getByTestId('restore-count-customers').innerText()).toContain('400')
    expect(await app.page.getByTestId('restore-count-orders').innerText()).toContain('3,000')
    await screenshot(app.page, 'restore-preview.png', { folder: 'backup' })
    expect(await app.page.getByTestId('restore-start').isDisabled()).toBe(true)
    await app.page.getByTestId('restore-confirm').locator('input').fill('RESTORE')
    // The page reloads on the restored database; read it only after that, as the probe could
    // see the restored rows through the pointer a moment before the reload cuts it off.
    const reloaded = app.page.waitForEvent('load', { timeout: 120_000 })
    await app.page.getByTestId('restore-start').click()
    await reloaded
    await expect.poll(async () => (await customer(app.page, 7).catch(() => undefined))?.firstName, { timeout: 120_000 }).toBe(original?.firstName)
    expect(await customer(app.page, 7)).toEqual(original)
    const check = await app.page.evaluate(() => window.__regularsDbProbe.check())
    expect(check.differenceCount).toBe(0)
    // The replaced database is gone (removed at the start after the switch); a safety backup of it was made.
    await expect.poll(() => databaseNames(app.page)).not.toContain('regulars')
    expect(backupsIn(join(dataDir, 'backups', 'before-restore'))).toHaveLength(1)

    await app.page.goto(`${app.page.url().split('#')[0]}#/audit`)
    await expect.poll(() => app.page.locator('main').innerText()).toMatch(/Restore/)
    // Polled too: the log may redraw (its list reloads) between two reads.
    await expect.poll(() => app.page.locator('main').innerText()).toContain(file.split('/').pop()!)
    // The entry names the person who restored, not the PC: nobody was signed in to the restored data yet.
    // The log is not rewound with the data: the "Backup" entry made after the file was written is
    // still there, above it the "Restore" entry, which names the file too.
    const rowsOfFile = () => app.page.locator('main tr', { hasText: file.split('/').pop()! }).locator('td:nth-child(2)').allInnerTexts()
    await expect.poll(rowsOfFile).toEqual(['Restore', 'Backup'])
    // Both count every customer the file holds, as an export of the whole base would.
    const countsOfFile = await app.page.locator('main tr', { hasText: file.split('/').pop()! }).locator('td:nth-child(4)').allInnerTexts()
    expect(countsOfFile).toEqual(['400', '400'])
    expect(await app.page.locator('main tr', { hasText: 'Restore' }).innerText()).toContain(TEST_OWNER.name)
    await screenshot(app.page, 'audit-after-restore.png', { folder: 'backup' })
  }, 300_000)

  it('refuses a wrong password, a changed byte and a cut-off file, with the data untouched', async ({ launch, dataDir }) => {
    const app = await launch()
    await withDemoData(app.page, { ...demo, customers: 100, orders: 600 })
    const file = await backUpNow(app, join(dataDir, 'USB'))
    const before = await customer(app.page, 3)

    await unlockBackup(app, file, 'not the password')
    await expect.poll(() => app.page.getByTestId('restore-error').innerText()).toBe('This password does not open the backup. Nothing was changed.')
    await screenshot(app.page, 'wrong-password.png', { folder: 'backup' })

    const changed = join(dataDir, 'changed.regularsbackup')
    const bytes = readFileSync(file)
    bytes[Math.floor(bytes.length / 2)] ^= 0x01
    writeFileSync(changed, bytes)
    await unlockBackup(app, changed, password)
    await expect.poll(() => app.page.getByTestId('restore-error').innerText()).toMatch(/^The backup file is damaged/)

    const cut = join(dataDir, 'cut.regularsbackup')
    copyFileSync(file, cut)
    truncateSync(cut, Math.floor(statSync(file).size * 0.6))
    await unlockBackup(app, cut, password)
    await expect.poll(() => app.page.getByTestId('restore-error').innerText()).toMatch(/^The backup file is incomplete/)

    expect(await customer(app.page, 3)).toEqual(before)
    expect(await databaseNames(app.page)).toEqual(expect.arrayContaining(['regulars']))
  }, 300_000)

  it('keeps the previous data when the browser is killed in the middle of a restore', async ({ launch, dataDir }) => {
    let app = await launch()
    await withDemoData(app.page, { ...demo, customers: 2_000, orders: 20_000 })
    const file = await backUpNow(app, join(dataDir, 'USB'))
    await renameCustomer(app.page, 'regulars', 5, 'Kept through the crash')

    await unlockBackup(app, file, password)
    await app.page.getByTestId('restore-confirm').locator('input').fill('RESTORE')
    await app.page.getByTestId('restore-start').click()
    await expect.poll(() => app.page.getByTestId('restore-progress').innerText().catch(() => ''), { timeout: 120_000, interval: 50 }).toMatch(/^Restoring: [1-9]/)
    // A power cut: the browser dies at once, nothing is closed in order.
    killBrowserOf(join(dataDir, 'chromium-profile'))

    app = await launch()
    expect((await customer(app.page, 5))?.firstName).toBe('Kept through the crash')
    expect((await app.page.evaluate(() => window.__regularsDbProbe.counts())).customers).toBe(2_000)
    // The restore's unfinished database was removed at this start.
    await expect.poll(async () => (await databaseNames(app.page)).filter((name) => name.startsWith('regulars-restored-'))).toEqual([])
  }, 300_000)

  it('restores a backup made by schema version 1 and upgrades it', async ({ launch, dataDir }) => {
    const app = await launch()
    const file = join(dataDir, 'Studio 2025-03-01 090000.regularsbackup')
    await installDbProbe(app.page)
    await writeV1Backup(file, password, await app.page.evaluate(() => window.__regularsDbProbe.v1FixtureRows()))
    await unlockBackup(app, file, password)
    await app.page.getByTestId('restore-preview').waitFor()
    expect(await app.page.getByTestId('restore-preview').innerText()).toContain('(data version 1)')
    await app.page.getByTestId('restore-confirm').locator('input').fill('RESTORE')
    const reloaded = app.page.waitForEvent('load', { timeout: 120_000 })
    await app.page.getByTestId('restore-start').click()
    await reloaded
    await expect.poll(async () => (await customer(app.page, 1).catch(() => undefined))?.lastName, { timeout: 60_000 }).toBe('Wójcik')
    const restored = await customer(app.page, 1)
    // Version 2 dropped the phones index; the rows are as version 1 wrote them, upgraded in step.
    expect(restored?.phones).toEqual(['+48601234567'])
    expect((await app.page.evaluate(() => window.__regularsDbProbe.check())).differenceCount).toBe(0)
    // Upgraded through every version to the current one (5, staff and roles; Dexie stores version × 10).
    const restoredVersion = await app.page.evaluate(async () => (await indexedDB.databases()).find((info) => info.name?.startsWith('regulars-restored-'))?.version)
    expect(restoredVersion).toBe(50)
  }, 300_000)
})

/** SIGKILL to the Chromium processes of this test's profile (found by its unique folder): only what this test started. */
function killBrowserOf(profileDir: string): void {
  const pids = execFileSync('pgrep', ['-f', '--', `--user-data-dir=${profileDir}`], { encoding: 'utf8' }).split(/\s+/).filter(Boolean)
  expect(pids.length).toBeGreaterThan(0)
  for (const pid of pids) {
    try {
      process.kill(Number(pid), 'SIGKILL')
    } catch {
      // Gone already with its parent.
    }
  }
}
