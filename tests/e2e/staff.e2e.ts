import { mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import type { Customer, Store } from '../../shared/domain/types'
import type { LaunchedApp } from '../host/launch-app'
import { readXlsx } from '../support/spreadsheet-reader'
import { customersUpTo, describe, expect, it, lockNow, quickSearch, screenshot, shownCustomerIds, signInAs, spaced, TEST_OWNER, withDemoData } from './fixtures'

/**
 * Staff and their limits (F23) as the owner sets them up and the front desk meets them: a
 * front-desk person limited to one store finds none of the other stores' customers — not by
 * search, in the list's count, by a typed card address or in an export — and an export their
 * role does not allow goes through once the owner approves it with their PIN; the audit log
 * names both. Front desk has no export right (shared/staff/rights.ts): every export of theirs
 * needs an approval.
 */

const KASIA = { name: 'Kasia Front', pin: '1357' }
const demo = { customers: 400, orders: 4_000, seed: 23, now: Date.UTC(2026, 10, 22, 12) }

/** A table's rows straight from IndexedDB (the small set-up tables). */
function tableRows<T>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (table) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('regulars')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const request = open.result.transaction(table).objectStore(table).getAll()
          request.onsuccess = () => {
            open.result.close()
            resolve(request.result as T[])
          }
          request.onerror = () => reject(request.error)
        }
      }),
    table
  )
}

/** Moves inside the app as a typed address does, without reloading the page (a reload locks the desk). */
async function goTo(page: Page, hash: string): Promise<void> {
  await page.evaluate((hash) => (location.hash = hash), hash)
}

/** The data layer's refusal to leave the base without an active owner, as the two languages say it. */
const lastOwner = {
  pl: 'Musi pozostać co najmniej jeden aktywny właściciel z PIN-em.',
  uk: 'Має залишитися принаймні один активний власник з PIN-кодом.'
}

const fullName = (customer: Customer) => `${customer.firstName} ${customer.lastName}`

/** Picks an option of a naive-ui select by its text. */
async function choose(page: Page, selectTestId: string, option: string): Promise<void> {
  await page.getByTestId(selectTestId).click()
  await page.locator('.n-base-select-option').filter({ hasText: option }).first().click()
}

/** The owner adds a front-desk person limited to one store, in Settings → Staff. */
async function addLimitedPerson(page: Page, person: { name: string; pin: string }, storeName: string): Promise<void> {
  await goTo(page, '#/settings')
  await page.getByTestId('staff-add').click()
  const dialog = page.getByTestId('staff-dialog')
  await dialog.waitFor()
  await page.getByTestId('staff-name').locator('input').fill(person.name)
  // A new person is front desk unless the owner picks another role.
  await page.getByTestId('staff-scope-some').click()
  await choose(page, 'staff-stores', storeName)
  await page.keyboard.press('Escape')
  await page.getByTestId('staff-pin').locator('input').fill(person.pin)
  await page.getByTestId('staff-pin-again').locator('input').fill(person.pin)
  await page.getByTestId('staff-save').click()
  await dialog.waitFor({ state: 'detached' })
}

/** The list's summary: "400 customers", "0 matches of 170 customers". */
const summary = (page: Page) => page.getByTestId('list-summary').innerText().then(spaced)

describe('staff limited to their store, and a manager’s approval', () => {
  it('keeps the other stores’ customers from a one-store front desk, and lets the owner approve one export', { timeout: 300_000 }, async ({ launch, dataDir }) => {
    const app: LaunchedApp = await launch()
    const { page } = app
    await withDemoData(page, demo)
    const customers = (await customersUpTo(page, demo.customers)).filter((customer) => !customer.erased)
    const stores = await tableRows<Store>(page, 'stores')
    const storeB = stores[1]!
    const seenByKasia = (customer: Customer) => customer.homeStoreId === storeB.id || customer.storeIds.includes(storeB.id!)
    const visible = customers.filter(seenByKasia)
    // A customer of the other stores only, with a name nobody else has (a search for it can only find them).
    const hidden = customers.find((customer) => !seenByKasia(customer) && customers.filter((other) => fullName(other) === fullName(customer)).length === 1)!
    expect(visible.length).toBeGreaterThan(10)
    expect(hidden).toBeDefined()

    // The owner adds Kasia: front desk, store B only, a PIN.
    await addLimitedPerson(page, KASIA, storeB.name)
    const row = page.locator('[data-testid^="staff-row-"]').filter({ hasText: KASIA.name })
    expect(spaced(await row.innerText())).toMatch(new RegExp(`${KASIA.name}\\s+Front desk\\s+${storeB.name}\\s+Set\\s+Active`))
    await page.setViewportSize({ width: 1366, height: 768 })
    await page.getByTestId('settings-staff').scrollIntoViewIfNeeded()
    await screenshot(page, 'staff-settings-en.png', { folder: 'staff' })

    // Kasia signs in at the locked desk.
    await lockNow(page)
    await signInAs(page, KASIA.name, KASIA.pin)
    expect(await page.getByTestId('signed-in-name').innerText()).toBe(KASIA.name)

    // The list counts only her store's customers, and a search for the other's finds nobody.
    await goTo(page, '#/customers')
    await expect.poll(() => summary(page), { timeout: 30_000 }).toBe(`${visible.length} customers`)
    await quickSearch(page, fullName(hidden))
    await expect.poll(() => page.getByTestId('list-no-matches').count(), { timeout: 20_000 }).toBe(1)
    expect(await shownCustomerIds(page)).not.toContain(hidden.id)
    expect(await page.locator('main').innerText()).not.toContain(hidden.lastName + ',')
    await quickSearch(page, '')
    await expect.poll(() => summary(page)).toBe(`${visible.length} customers`)

    // Typing the card's address shows "not found", never the customer.
    await goTo(page, `#/customers/${hidden.id}`)
    await page.getByTestId('card-missing').waitFor()
    const cardText = await page.locator('main').innerText()
    expect(cardText).not.toContain(hidden.lastName)
    for (const phone of hidden.phones) expect(cardText).not.toContain(phone)

    // Export: her role does not allow it; the owner approves it once with their PIN.
    await goTo(page, '#/customers')
    await expect.poll(() => summary(page)).toBe(`${visible.length} customers`)
    const stick = join(dataDir, 'STICK')
    mkdirSync(stick)
    app.answers.savePath = join(stick, 'store-b.xlsx')
    await page.getByTestId('bulk-export').click()
    await page.getByTestId('export-options').waitFor()
    await page.getByTestId('export-start').click()
    const approval = page.getByTestId('approval-panel')
    await approval.waitFor()
    expect(await page.getByTestId('approval-refusal').innerText()).toBe('Your role does not allow: Export and print lists. Ask a manager or the owner to approve this once.')
    await screenshot(page, 'approval-en.png', { folder: 'staff' })
    // A wrong PIN is refused and nothing is written.
    await page.getByTestId('approval-pin').locator('input').fill('9999')
    await page.getByTestId('approval-approve').click()
    await expect.poll(() => page.getByTestId('approval-problem').innerText(), { timeout: 20_000 }).toContain('Wrong PIN.')
    expect(readdirSync(stick)).toEqual([])
    await page.getByTestId('approval-pin').locator('input').fill(TEST_OWNER.pin)
    await page.getByTestId('approval-approve').click()
    await expect.poll(() => readdirSync(stick), { timeout: 60_000 }).toEqual(['store-b.xlsx'])

    // The file holds her store's customers and nobody else.
    const [sheet] = readXlsx(join(stick, 'store-b.xlsx')).sheets
    const header = sheet!.rows[0]!.map((cell) => cell?.v)
    const names = sheet!.rows.slice(1).map((cells) => `${cells[header.indexOf('First name')]?.v ?? ''} ${cells[header.indexOf('Last name')]?.v ?? ''}`)
    expect(names.sort()).toEqual(visible.map(fullName).sort())
    expect(names).not.toContain(fullName(hidden))

    // The approval was for that one export: the next one asks again.
    await page.getByTestId('bulk-export').click()
    await page.getByTestId('export-options').waitFor()
    await page.getByTestId('export-start').click()
    await approval.waitFor()
    await page.getByTestId('approval-cancel').click()
    await approval.waitFor({ state: 'detached' })
    // Turned down, the export ends as if cancelled: no file, no audit entry.
    await expect.poll(() => page.locator('.n-message').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('cancelled')]))
    expect(readdirSync(stick)).toEqual(['store-b.xlsx'])

    // The owner reads the audit log: the export names Kasia and who approved it.
    await lockNow(page)
    await signInAs(page, TEST_OWNER.name, TEST_OWNER.pin)
    await goTo(page, '#/audit')
    await choose(page, 'audit-filter-staff', KASIA.name)
    const exportRow = page.locator('[data-testid^="audit-row-"]').filter({ hasText: 'store-b.xlsx' })
    await exportRow.waitFor()
    expect(await page.locator('[data-testid^="audit-row-"]').count()).toBe(1)
    expect(spaced(await exportRow.innerText())).toContain(`${KASIA.name} · approved by ${TEST_OWNER.name}`)
    await screenshot(page, 'audit-by-person-en.png', { folder: 'staff' })
    // Filtered by the approver, the log shows it too, beside what the owner did themself.
    await choose(page, 'audit-filter-staff', TEST_OWNER.name)
    await expect.poll(() => page.locator('[data-testid^="audit-row-"]').filter({ hasText: 'store-b.xlsx' }).count()).toBe(1)
  })
})

describe('staff settings and a refused action, as Polish and Ukrainian desks see them', () => {
  for (const locale of ['pl-PL', 'uk-UA'] as const) {
    const language = locale.slice(0, 2)
    it(`${language}: the staff and roles settings, and the approval a refused export asks for`, { timeout: 240_000 }, async ({ launch }) => {
      const { page } = await launch({ locale })
      await page.setViewportSize({ width: 1366, height: 768 })
      await withDemoData(page, { customers: 60, orders: 600, seed: 5, now: demo.now })
      const [, storeB] = await tableRows<Store>(page, 'stores')
      await addLimitedPerson(page, KASIA, storeB!.name)
      await page.getByTestId('settings-staff').scrollIntoViewIfNeeded()
      await screenshot(page, `staff-settings-${language}.png`, { folder: 'staff' })
      // A custom role: front desk copied, with export switched on.
      await page.getByTestId('roles-copy').click()
      await expect.poll(() => tableRows<{ name: string; rights: string[] }>(page, 'roles')).toEqual([
        { id: 1, name: language === 'pl' ? 'Recepcja – kopia' : 'Рецепція – копія', rights: ['see-contacts', 'edit-consents'] }
      ])
      await page.getByTestId('right-export-print').click()
      await expect.poll(async () => (await tableRows<{ rights: string[] }>(page, 'roles'))[0]?.rights).toEqual(['see-contacts', 'export-print', 'edit-consents'])
      await page.getByTestId('settings-roles').scrollIntoViewIfNeeded()
      await page.waitForTimeout(300)
      await screenshot(page, `roles-settings-${language}.png`, { folder: 'staff' })

      // The last active owner cannot be made inactive: the refusal is said in the UI language.
      await page.locator('[data-testid^="staff-row-"]').filter({ hasText: TEST_OWNER.name }).getByRole('button').click()
      await page.getByTestId('staff-dialog').waitFor()
      await page.getByTestId('staff-active').click()
      await page.getByTestId('staff-save').click()
      await expect
        .poll(() => page.getByTestId('staff-problem').innerText(), { timeout: 20_000 })
        .toBe(language === 'pl' ? lastOwner.pl : lastOwner.uk)
      await page.waitForTimeout(300)
      await screenshot(page, `staff-dialog-${language}.png`, { folder: 'staff' })
      await page.keyboard.press('Escape')

      await lockNow(page)
      await signInAs(page, KASIA.name, KASIA.pin)
      await goTo(page, '#/customers')
      await page.getByTestId('customer-row').first().waitFor()
      await page.getByTestId('bulk-export').click()
      await page.getByTestId('export-options').waitFor()
      await page.getByTestId('export-start').click()
      await page.getByTestId('approval-panel').waitFor()
      await page.getByTestId('approval-pin').locator('input').fill('0000')
      await page.getByTestId('approval-approve').click()
      await page.getByTestId('approval-problem').waitFor({ timeout: 20_000 })
      await page.waitForTimeout(300)
      await screenshot(page, `approval-${language}.png`, { folder: 'staff' })
      const refusal = await page.getByTestId('approval-refusal').innerText()
      expect(refusal).toContain(language === 'pl' ? 'Eksportuje i drukuje listy' : 'Експортує та друкує списки')
      await page.getByTestId('approval-cancel').click()
    })
  }
})
