import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { installDbProbe } from '../host/db-probe'
import { describe, expect, it, quickSearch, withDemoData } from './fixtures'

/** Every file under a folder (the browser profile: LevelDB logs, tables, manifests, journals…). */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    return entry.isDirectory() ? filesUnder(path) : entry.isFile() ? [path] : []
  })
}

/** The profile's files holding any of the values, as raw bytes: Latin-1 (V8's one-byte strings) or UTF-16LE. */
function filesHolding(profileDir: string, values: string[]): Array<{ file: string; value: string }> {
  const needles = values.flatMap((value) => [Buffer.from(value, 'latin1'), Buffer.from(value, 'utf16le')].map((bytes) => ({ value, bytes })))
  const found: Array<{ file: string; value: string }> = []
  for (const file of filesUnder(profileDir)) {
    if (statSync(file).size > 512 * 1024 * 1024) continue
    const content = readFileSync(file)
    for (const needle of needles) if (content.includes(needle.bytes)) found.push({ file: file.slice(profileDir.length + 1), value: needle.value })
  }
  return found
}

/** Values no generator makes and without repeated parts (so a compressed block keeps them as literals). */
function personalValues(tag: string) {
  return { email: `qz${tag.toLowerCase()}vx.mailbox@example.org`, lastName: `Brzq${tag}ovski`, notes: `Allergic to ${tag}-kiwi latex` }
}

describe('erased and deleted customers leave nothing on disk', () => {
  for (const action of ['erase', 'remove'] as const) {
    it(`after ${action === 'erase' ? 'an erase' : 'a delete'}, none of the customer's values is in the profile's files`, async ({ launch, dataDir }) => {
      const profileDir = join(dataDir, 'chromium-profile')
      let app = await launch()
      await withDemoData(app.page, { customers: 300, orders: 2_000, seed: 21, now: Date.UTC(2026, 10, 22, 12) })
      const values = personalValues(action === 'erase' ? 'H7e' : 'K9d')
      await app.page.evaluate((values) => window.__regularsDbProbe.setContact(12, values), values)
      await app.close()
      // The values are on disk before: the scan would see them.
      expect(filesHolding(profileDir, Object.values(values)).length).toBeGreaterThan(0)

      app = await launch()
      await installDbProbe(app.page)
      await app.page.evaluate((action) => window.__regularsDbProbe[action](12), action)
      await app.close()
      // LevelDB finishes the compaction the scrub started when the app opens the database again.
      app = await launch()
      await app.close()
      expect(filesHolding(profileDir, Object.values(values))).toEqual([])
    }, 240_000)
  }

  it("after a merge and then an erase of the merged person, neither record's values is in the profile's files", async ({ launch, dataDir }) => {
    const profileDir = join(dataDir, 'chromium-profile')
    let app = await launch()
    await withDemoData(app.page, { customers: 300, orders: 2_000, seed: 22, now: Date.UTC(2026, 10, 22, 12) })
    const kept = personalValues('M3k')
    // Nothing in common with the kept record's values or common words: LevelDB compresses a
    // block, and a run of 4 bytes seen before in it is stored as a back-reference the scan cannot
    // see (an e-mail is also stored in pieces among the search tokens, so it is checked whole
    // only at the end, where finding it anywhere fails the test).
    const other = { email: 'wyh8jt.inbox@sample.net', lastName: 'Fhlogueck', notes: 'Vjq8 zuwk pxle 93fa' }
    await app.page.evaluate(({ kept, other }) => Promise.all([window.__regularsDbProbe.setContact(12, kept), window.__regularsDbProbe.setContact(13, other)]), { kept, other })
    await app.close()
    expect(filesHolding(profileDir, [...Object.values(kept), ...Object.values(other)]).length).toBeGreaterThan(0)

    // The merge keeps the kept record's values; the other record's live on only in the snapshot
    // that lets the merge be undone, so they are still on disk — by design, until that goes.
    app = await launch()
    await installDbProbe(app.page)
    await app.page.evaluate(() => window.__regularsDbProbe.merge(12, 13))
    expect(await app.page.evaluate(() => window.__regularsDbProbe.customers([13]))).toEqual([undefined])
    await app.close()
    app = await launch()
    await app.close()
    expect(new Set(filesHolding(profileDir, Object.values(other)).map((hit) => hit.value))).toEqual(new Set([other.lastName, other.notes]))

    // Erasing the merged person drops the snapshot too: nothing of either record is left.
    app = await launch()
    await installDbProbe(app.page)
    await app.page.evaluate(() => window.__regularsDbProbe.erase(12))
    await app.close()
    app = await launch()
    await app.close()
    expect(filesHolding(profileDir, [...Object.values(kept), ...Object.values(other)])).toEqual([])
  }, 300_000)

  it("after deletes from the list's bulk bar on the 2 000-customer demo base, none of the deleted customers' values is in the profile's files", async ({ launch, dataDir }) => {
    const profileDir = join(dataDir, 'chromium-profile')
    let app = await launch()
    await withDemoData(app.page, { customers: 2_000, orders: 20_000, seed: 20_251_122, now: Date.UTC(2026, 10, 22, 12) })
    const doomed = [17, 404, 1_203, 1_999]
    const values = doomed.map((id) => personalValues(`T${id.toString(36)}`))
    for (const [index, id] of doomed.entries()) await app.page.evaluate(({ id, values }) => window.__regularsDbProbe.setContact(id, values), { id, values: values[index]! })
    // Their phone numbers as the demo wrote them, long before: in LevelDB's older table files by now.
    const phones = (await app.page.evaluate((ids) => window.__regularsDbProbe.customers(ids), doomed)).flatMap((customer) => customer!.phones)
    const secrets = [...values.flatMap((value) => Object.values(value)), ...phones]
    await app.close()
    expect(filesHolding(profileDir, secrets).length).toBeGreaterThan(0)

    app = await launch({ path: '#/customers' })
    const { page } = app
    // The four share a surname's first letters: a search finds exactly them.
    await quickSearch(page, 'Brzq')
    await expect.poll(() => page.getByTestId('customer-row').count()).toBe(4)
    // Two ticked and deleted, then the searched list's other two deleted whole (nothing ticked).
    for (const index of [0, 1]) await page.getByTestId('tick-row').nth(index).click()
    await deleteFromBulkBar(page)
    await expect.poll(() => page.getByTestId('customer-row').count()).toBe(2)
    await deleteFromBulkBar(page)
    await expect.poll(() => page.getByTestId('customer-row').count()).toBe(0)
    await installDbProbe(page)
    expect((await page.evaluate((ids) => window.__regularsDbProbe.customers(ids), doomed)).filter(Boolean)).toEqual([])
    // The scrub runs in the background after each delete; closing the app right away waits for it.
    let released = false
    expect(app.main.quit.requestQuit(() => (released = true))).toBe(true)
    await expect.poll(() => released, { timeout: 120_000 }).toBe(true)
    expect(await page.evaluate(() => localStorage.getItem('regulars.freedValuesPending'))).toBeNull()
    await app.close()
    app = await launch()
    await app.close()
    expect(filesHolding(profileDir, secrets)).toEqual([])
  }, 360_000)
})

async function deleteFromBulkBar(page: Page): Promise<void> {
  await page.getByTestId('bulk-delete').click()
  await page.getByTestId('delete-word').locator('input').fill('DELETE')
  await page.getByTestId('delete-confirm').click()
  await expect.poll(() => page.getByTestId('delete-dialog').count()).toBe(0)
}
