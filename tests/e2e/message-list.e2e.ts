import { readFileSync, readdirSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { AuditEntry } from '../../shared/domain/types'
import type { SeedCustomer } from '../../renderer/src/test-entries/db-probe-api'
import { installDbProbe } from '../host/db-probe'
import type { LaunchedApp } from '../host/launch-app'
import { parseCsv } from '../support/spreadsheet-reader'
import { describe, expect, indexRows, it, screenshot } from './fixtures'

/**
 * F11 "Prepare a message": a segment of customers whose consents and contacts differ, the
 * dialog's counts, the bulk-SMS file read back, the copy, and the export log.
 */

const viewport = { width: 1366, height: 768 }

/** The segment's customers (category "Wiosna") and one outside it who would qualify. */
function audience(category: number, store: number): SeedCustomer[] {
  const inSegment = { categoryIds: [category], homeStoreId: store }
  return [
    { firstName: 'Anna', lastName: 'Nowak', phones: ['+48601234567'], discountPercent: 10, sms: [true], ...inSegment },
    { firstName: 'Bogdan', lastName: 'Wycofał', phones: ['+48602345678'], sms: [true, false], ...inSegment },
    { firstName: 'Celina', lastName: 'Niepytana', phones: ['+48603456789'], ...inSegment },
    { firstName: 'Dorota', lastName: 'Zablokowana', phones: ['+48604567890'], sms: [true], blocked: true, ...inSegment },
    { firstName: 'Filip', lastName: 'Bez Numeru', emails: ['filip@example.pl'], sms: [true], ...inSegment },
    { firstName: 'Iza', lastName: 'Zły Numer', phones: ['+48605678901'], rawPhones: ['601 23'], sms: [true], ...inSegment },
    { firstName: 'Олег', lastName: 'Коваль', phones: ['+380501234567'], discountPercent: 5, sms: [true], ...inSegment },
    { firstName: 'Ewa', lastName: 'Usunięta', phones: ['+48606789012'], sms: [true], erased: true, ...inSegment },
    { firstName: 'Hanna', lastName: 'Poza', phones: ['+48607890123'], sms: [true], homeStoreId: store }
  ]
}

/** The app in a language on the seeded base, the segment open in the list, the message dialog counted. */
async function openMessageDialog(launch: (options: object) => Promise<LaunchedApp>, locale: string): Promise<LaunchedApp> {
  const app = await launch({ locale, viewport, path: '#/customers' })
  const { page } = app
  await installDbProbe(page)
  const [store, category] = await page.evaluate(async () => [await window.__regularsDbProbe.addStore('Studio Mokotów', 'PLN'), await window.__regularsDbProbe.addCategory('Wiosna')])
  const segment = await page.evaluate(async ({ seeds, category }) => {
    for (const seed of seeds) await window.__regularsDbProbe.addCustomer(seed)
    return window.__regularsDbProbe.addSegment('Wiosenna promocja', { categoryIds: [category] })
  }, { seeds: audience(category, store), category })
  await page.reload()
  await page.getByTestId(`segment-${segment}`).click()
  await expect.poll(() => page.getByTestId('customer-row').count()).toBe(7)
  await page.getByTestId('bulk-message').click()
  await page.getByTestId('message-dialog').waitFor()
  return app
}

describe('prepare a message (F11)', () => {
  it('prepares an SMS list from a segment: only consenting, reachable, unblocked customers, the message filled in', async ({ launch, dataDir }) => {
    const app = await openMessageDialog(launch, 'pl-PL')
    const { page } = app
    const dialog = page.getByTestId('message-dialog')
    await expect.poll(() => dialog.getByTestId('message-reach').innerText()).toBe('2 z 7 mogą ją otrzymać — 1 zablokowany, 2 bez zgody, 2 bez numeru komórkowego')

    await dialog.getByTestId('message-text').locator('textarea').fill('Cześć ')
    await dialog.getByTestId('message-insert-firstName').click()
    await dialog.getByTestId('message-text').locator('textarea').press('End')
    await dialog.getByTestId('message-text').locator('textarea').pressSequentially('! Rabat {rabat} w {placówka} do soboty.')
    await expect.poll(() => dialog.getByTestId('message-counter').innerText()).toMatch(/^\d+ znaków · 1 SMS · do 70 znaków w jednym SMS-ie$/)
    await expect(dialog.getByTestId('message-ucs2-note').innerText()).resolves.toContain('„ś”')
    // The preview is the first recipient in the list's order (most recent activity first).
    await expect(dialog.getByTestId('message-preview').innerText()).resolves.toMatch(/Cześć (Anna! Rabat 10%|Олег! Rabat 5%) w Studio Mokotów do soboty\./)
    await page.waitForTimeout(300)
    await screenshot(page, 'message-dialog-pl.png', { folder: 'message-list' })

    const stick = join(dataDir, 'PENDRIVE')
    mkdirSync(stick)
    app.answers.savePath = (options) => join(stick, options.defaultName ?? 'x.csv')
    await dialog.getByTestId('message-file-sms').click()
    await expect.poll(() => page.locator('.n-message').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/^Zapisano lista-sms-[\d-_]+\.csv: 2 klientów\.$/)]))

    const files = readdirSync(stick)
    expect(files).toEqual([expect.stringMatching(/^lista-sms-\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}\.csv$/)])
    const text = readFileSync(join(stick, files[0]), 'utf8')
    expect(text.startsWith('\uFEFF')).toBe(true)
    const [header, ...rows] = parseCsv(text.slice(1), ',')
    expect(header).toEqual(['phone', 'name', 'message'])
    expect(rows.sort((a, b) => a[0].localeCompare(b[0]))).toEqual([
      ['+380501234567', 'Олег Коваль', 'Cześć Олег! Rabat 5% w Studio Mokotów do soboty.'],
      ['+48601234567', 'Anna Nowak', 'Cześć Anna! Rabat 10% w Studio Mokotów do soboty.']
    ])

    await dialog.getByTestId('message-copy').click()
    await expect.poll(() => app.clipboardTexts.map((copied) => copied.split('\n').sort())).toEqual([['+380501234567', '+48601234567']])

    const entries = await indexRows<AuditEntry>(page, { store: 'audit', index: 'action', key: 'export' })
    expect(entries.map((entry) => [entry.details['messageList'], entry.details['channel'], entry.customerCount, entry.details['segment']])).toEqual([
      ['sms', 'sms', 2, 'Wiosenna promocja'],
      ['clipboard', 'sms', 2, 'Wiosenna promocja']
    ])
    expect(entries[0].details['fileName']).toBe(files[0])

    // By e-mail nobody on this list can be reached: no one gave that consent.
    await dialog.getByTestId('message-channel-email').click()
    await expect(dialog.getByTestId('message-reach').innerText()).resolves.toBe('0 z 7 może ją otrzymać — 1 zablokowany, 6 bez zgody\n\nNikt z tej listy nie może jej otrzymać.')
    await expect(dialog.getByTestId('message-file-mailchimp').isDisabled()).resolves.toBe(true)
    await expect(dialog.getByTestId('message-copy').innerText()).resolves.toBe('Kopiuj adresy')
  })

  it('says the same in Ukrainian, with the Cyrillic text counted in Unicode parts', async ({ launch }) => {
    const app = await openMessageDialog(launch, 'uk-UA')
    const dialog = app.page.getByTestId('message-dialog')
    await expect.poll(() => dialog.getByTestId('message-reach').innerText()).toBe('2 з 7 можуть його отримати — 1 заблокований, 2 без згоди, 2 без мобільного номера')
    await dialog.getByTestId('message-text').locator('textarea').fill("Вітаємо, {ім'я}! Для вас знижка {знижка} у закладі {заклад} до кінця тижня. Запишіться на зручний час — чекаємо на вас!")
    await expect.poll(() => dialog.getByTestId('message-counter').innerText()).toMatch(/^\d+ символів · 2 SMS · до 67 символів в одному SMS$/)
    await expect(dialog.getByTestId('message-ucs2-note').innerText()).resolves.toContain('«В»')
    await app.page.waitForTimeout(300)
    await screenshot(app.page, 'message-dialog-uk.png', { folder: 'message-list' })
  })
})
