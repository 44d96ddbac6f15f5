import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { LaunchedApp } from '../host/launch-app'
import { backupFileName } from '../../electron/main/services/backup/backup-names'
import { describe, expect, it, withDemoData } from './fixtures'

const password = 'correct horse battery'
const demo = { customers: 150, orders: 900, seed: 5, now: Date.UTC(2026, 10, 22, 12) }

function backupsIn(folder: string): string[] {
  return existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.regularsbackup')).sort() : []
}

/** A manual backup with "Remember on this PC" ticked: from now on the automatic ones run. */
async function rememberPassword(app: LaunchedApp, folder: string): Promise<void> {
  mkdirSync(folder, { recursive: true })
  app.answers.savePath = (options) => join(folder, options.defaultName ?? 'backup.regularsbackup')
  await app.page.goto(`${app.page.url().split('#')[0]}#/settings`)
  await app.page.getByTestId('backup-password').locator('input').fill(password)
  await app.page.getByTestId('backup-password-repeat').locator('input').fill(password)
  await app.page.getByTestId('backup-remember').click()
  await app.page.getByTestId('backup-now').click()
  await expect.poll(() => backupsIn(folder), { timeout: 60_000 }).toHaveLength(1)
  await expect.poll(() => app.page.getByTestId('backup-forget').count()).toBe(1)
}

/** The page has started and decided whether this start makes a backup (Settings shows the overview). */
async function started(app: LaunchedApp): Promise<void> {
  await app.page.getByTestId('backup-last').waitFor()
  // The start's own check of main's overview and, when due, the backup's begin call, are done within this.
  await app.page.waitForTimeout(1_500)
}

describe('automatic backups', () => {
  it('are made at the first start of a day and on closing, into the data folder, and copied to the chosen folder whenever it is there', async ({ launch, dataDir }) => {
    // Main's clock, moved by the test; the page's own clock plays no part in when backups are due.
    let clock = new Date(2026, 11, 7, 8, 0, 0)
    const now = () => clock
    const automatic = join(dataDir, 'backups', 'automatic')
    const stick = join(dataDir, 'stick')

    let app = await launch({ now })
    await withDemoData(app.page, demo)
    await rememberPassword(app, join(dataDir, 'manual'))
    // The chosen folder is a stick that is not plugged in now.
    app.answers.folder = stick
    await app.page.getByTestId('backup-choose-folder').click()
    await expect.poll(() => app.page.getByTestId('backup-folder').textContent()).toContain(stick)
    await app.close()

    // The first start of the day makes one; the stick is absent, which is no error.
    clock = new Date(2026, 11, 7, 9, 0, 0)
    app = await launch({ now, path: '#/settings' })
    await expect.poll(() => backupsIn(automatic), { timeout: 60_000 }).toHaveLength(1)
    const morning = backupsIn(automatic)[0]!
    expect(morning).toMatch(/ 2026-12-07 090000\.regularsbackup$/)
    expect(existsSync(stick)).toBe(false)
    await app.close()

    // A second start the same day makes none.
    clock = new Date(2026, 11, 7, 12, 0, 0)
    app = await launch({ now, path: '#/settings' })
    await started(app)
    expect(backupsIn(automatic)).toEqual([morning])

    // Closing: main holds the close until the page has written its backup.
    clock = new Date(2026, 11, 7, 18, 30, 0)
    let filesWhenReleased: string[] | null = null
    expect(app.main.quit.requestQuit(() => (filesWhenReleased = backupsIn(automatic)))).toBe(true)
    await expect.poll(() => filesWhenReleased, { timeout: 60_000 }).not.toBeNull()
    // Written before the close went on; the day's earlier one made way for it (one a day is kept).
    expect(filesWhenReleased).toHaveLength(1)
    const evening = filesWhenReleased![0]!
    expect(evening).toMatch(/ 2026-12-07 183000\.regularsbackup$/)
    await app.close()

    // The stick is plugged in while the app runs: main's background work copies the newest backup.
    mkdirSync(stick)
    app = await launch({ now, path: '#/settings' })
    await started(app)
    const stopBackground = app.main.startBackgroundWork()
    try {
      await expect.poll(() => backupsIn(stick), { timeout: 30_000 }).toEqual([evening])
    } finally {
      stopBackground()
    }
    await app.close()

    // The next day's first start: a new backup, copied at once to the stick that is there.
    clock = new Date(2026, 11, 8, 8, 45, 0)
    app = await launch({ now, path: '#/settings' })
    await expect.poll(() => backupsIn(automatic), { timeout: 60_000 }).toHaveLength(2)
    const nextDay = backupsIn(automatic).find((name) => / 2026-12-08 084500/.test(name))!
    await expect.poll(() => backupsIn(stick), { timeout: 30_000 }).toEqual([evening, nextDay].sort())
  }, 300_000)

  it('keep the last 7 days and 4 weeks before them, and remove nothing that is not their own', async ({ launch, dataDir }) => {
    let clock = new Date(2026, 11, 7, 8, 0, 0)
    const now = () => clock
    const automatic = join(dataDir, 'backups', 'automatic')
    let app = await launch({ now })
    await withDemoData(app.page, demo)
    await rememberPassword(app, join(dataDir, 'manual'))
    await app.close()
    // Forty earlier days of backups (two a day, as first start and closing make them), and a file of the manager's.
    clock = new Date(2026, 11, 7, 9, 0, 0)
    app = await launch({ now })
    await expect.poll(() => backupsIn(automatic), { timeout: 60_000 }).toHaveLength(1)
    await app.close()
    const real = join(automatic, backupsIn(automatic)[0]!)
    const business = backupsIn(automatic)[0]!.replace(/ \d{4}-\d{2}-\d{2} \d{6}\.regularsbackup$/, '')
    for (let day = 1; day <= 40; day++) {
      for (const hour of [8, 19]) copyFileSync(real, join(automatic, backupFileName(business, new Date(2026, 11, 7 - day, hour, 5, 0))))
    }
    writeFileSync(join(automatic, 'notes.txt'), 'the manager keeps this here')

    // The next day's start makes one and rotates.
    clock = new Date(2026, 11, 8, 8, 0, 0)
    await launch({ now })
    await expect.poll(() => backupsIn(automatic).length, { timeout: 60_000 }).toBeLessThan(20)
    const kept = backupsIn(automatic).map((name) => name.slice(business.length + 1, -'.regularsbackup'.length))
    expect(kept).toEqual([
      // Weekly: the newest of each of the 4 weeks (Monday to Sunday) before the daily ones —
      // three Sundays, and Tuesday the 1st, the newest of the week the daily ones began in.
      '2026-11-15 190500',
      '2026-11-22 190500',
      '2026-11-29 190500',
      '2026-12-01 190500',
      // Daily: the newest of each of the last 7 days with a backup (8 December: the one just made).
      '2026-12-02 190500',
      '2026-12-03 190500',
      '2026-12-04 190500',
      '2026-12-05 190500',
      '2026-12-06 190500',
      '2026-12-07 090000',
      '2026-12-08 080000'
    ])
    expect(readdirSync(automatic)).toContain('notes.txt')
  }, 240_000)
})
