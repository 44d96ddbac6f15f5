import type { Page } from 'playwright-core'
import type { Customer } from '../../shared/domain/types'
import { customersUpTo, describe, expect, it, screenshot, withDemoData } from './fixtures'

// Automatic rules (F27) as a manager sets them up and the desk meets them: a rule created in
// Settings → Rules, its preview counted as the list counts the same filters, the category it
// gives explained on the card, taken off there by hand and still off after another pass,
// then given back by Undo. Screenshots of the rules screen and the card in Polish and Ukrainian.

const VIP = 1

async function openSettings(page: Page): Promise<void> {
  await page.evaluate(() => (location.hash = '#/settings'))
  await page.getByTestId('rules-settings').waitFor()
}

async function openCard(page: Page, id: number): Promise<void> {
  await page.evaluate((target) => (location.hash = `#/customers/${target}`), id)
  await page.locator(`[data-testid="customer-card"][data-customer-id="${id}"]`).waitFor()
  await page.getByTestId('tags-panel').waitFor()
}

async function pickFromSelect(page: Page, testId: string, option: string): Promise<void> {
  await page.getByTestId(testId).click()
  await page.locator('.n-base-select-option', { hasText: option }).first().click()
}

/** Waits until `count` background passes have finished since the app started (each change starts one). */
async function passesDone(page: Page, count: number): Promise<void> {
  await page.locator(`[data-testid="rules-pass-done"][data-passes="${count}"]`).waitFor({ timeout: 60_000 })
}

async function row(page: Page, id: number): Promise<Customer> {
  const [found] = await page.evaluate((ids) => window.__regularsDbProbe.customers(ids), [id])
  return found!
}

function firstNumber(text: string): number {
  return Number((/\d[\d\s ,.]*/.exec(text)?.[0] ?? '').replace(/\D/g, ''))
}

describe('automatic rules', () => {
  it('preview, explained category, a hand-made exception that survives a pass, Undo', { timeout: 300_000 }, async ({ launch }) => {
    const app = await launch({ locale: 'en-US', viewport: { width: 1366, height: 768 } })
    const { page } = app
    await withDemoData(page, { customers: 300, orders: 3_000, seed: 23 })

    await openSettings(page)
    await page.getByTestId('rule-new').click()
    await page.getByTestId('rule-name').locator('input').fill('Spent over 2 000')
    await page.getByTestId('rule-spend-min').locator('input').fill('2000')
    await pickFromSelect(page, 'rule-add-category', 'VIP')
    await page.getByTestId('rule-preview').click()
    const previewText = await page.getByTestId('rule-preview-count').innerText({ timeout: 60_000 })
    const previewCount = firstNumber(previewText)
    expect(previewText).toMatch(/^Applies to \d+ customers? now$/)

    // The preview's customers are the list's with the same filter, one click away.
    await page.getByTestId('rule-preview-show').click()
    await expect.poll(async () => firstNumber(await page.getByTestId('list-summary').innerText()), { timeout: 30_000 }).toBe(previewCount)
    const expected = (await customersUpTo(page, 300)).filter((customer) => customer.totalValue >= 200_000)
    expect(previewCount).toBe(expected.length)

    await page.goBack()
    await page.getByTestId('rules-settings').waitFor()
    // The editor is gone with the screen: set the rule up again and save it.
    await page.getByTestId('rule-new').click()
    await page.getByTestId('rule-name').locator('input').fill('Spent over 2 000')
    await page.getByTestId('rule-spend-min').locator('input').fill('2000')
    await pickFromSelect(page, 'rule-add-category', 'VIP')
    await page.getByTestId('rule-save').click()
    await passesDone(page, 1)
    await expect.poll(() => page.getByTestId('rule-row').count()).toBe(1)

    // A customer the rule made VIP (not one who had it by hand).
    const chosen = (await customersUpTo(page, 300)).find((customer) => customer.ruleEffects?.categories?.some((grant) => grant.id === VIP) && !customer.erased)
    expect(chosen).toBeDefined()
    await openCard(page, chosen!.id!)
    const explained = page.getByTestId('rule-given').first()
    await expect.poll(() => explained.innerText()).toMatch(/^VIP — by rule “Spent over 2 000” since \d{1,2} \w+ \d{4}|^VIP — by rule “Spent over 2 000” since \w+ \d{1,2}, \d{4}/)

    // Taken off by hand: an exception, and another pass does not put it back.
    await page.locator('[data-testid="category-chip"][data-rule-given="yes"]', { hasText: 'VIP' }).locator('.n-tag__close').click()
    await page.getByTestId('rule-exception').waitFor()
    expect((await row(page, chosen!.id!)).categoryIds).not.toContain(VIP)
    await openSettings(page)
    await page.getByTestId('rule-enabled').click()
    await passesDone(page, 2)
    await page.getByTestId('rule-enabled').click()
    await passesDone(page, 3)
    await openCard(page, chosen!.id!)
    expect((await row(page, chosen!.id!)).categoryIds).not.toContain(VIP)
    await expect.poll(() => page.getByTestId('rule-exception').innerText()).toContain('taken off by hand')

    // Undo: the rule is in charge again and gives it back at once.
    await page.getByTestId('rule-exception-undo').click()
    await page.getByTestId('rule-exception').waitFor({ state: 'detached' })
    expect((await row(page, chosen!.id!)).categoryIds).toContain(VIP)
    await app.close()

    // The same screens in Polish and Ukrainian, as a person sees them at 1366×768.
    for (const [locale, tag] of [
      ['pl-PL', 'pl'],
      ['uk-UA', 'uk']
    ] as const) {
      const shown = await launch({ locale, viewport: { width: 1366, height: 768 }, path: '#/settings' })
      await shown.page.getByTestId('rules-settings').waitFor()
      await shown.page.getByTestId('rule-edit').click()
      await shown.page.getByTestId('rule-editor').waitFor()
      await shown.page.getByTestId('rule-preview').click()
      await shown.page.getByTestId('rule-preview-count').waitFor({ timeout: 60_000 })
      await shown.page.getByTestId('rules-settings').evaluate((element) => element.scrollIntoView({ block: 'start' }))
      await screenshot(shown.page, `rules-settings-${tag}.png`, { folder: 'rules' })
      await openCard(shown.page, chosen!.id!)
      await shown.page.getByTestId('rule-given').first().waitFor()
      await shown.page.getByTestId('tags-panel').evaluate((element) => element.scrollIntoView({ block: 'center' }))
      await screenshot(shown.page, `rules-card-${tag}.png`, { folder: 'rules' })
      await shown.close()
    }
  })
})
