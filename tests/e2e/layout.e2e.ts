import type { Page } from 'playwright-core'
import { describe, expect, it, screenshot, withDemoData } from './fixtures'

/**
 * The front desk's screens at the sizes its PCs have (1366×768, 1024×768): the list fits
 * without sideways scrolling, chips and e-mails read whole, tooltips stay inside the window.
 */

/** Visible elements matching the selector whose text is cut off (an ellipsis or hidden overflow). */
function cutOff(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(
    (css) =>
      [...document.querySelectorAll<HTMLElement>(css)]
        .filter((element) => element.offsetParent !== null && element.getBoundingClientRect().top < innerHeight)
        .filter((element) => element.scrollWidth > element.clientWidth + 1)
        .map((element) => element.textContent ?? ''),
    selector
  )
}

/** The tooltip's box after hovering the element, and the window's width. */
async function tooltipBox(page: Page, testid: string): Promise<{ left: number; right: number; window: number }> {
  await page.mouse.move(0, 0)
  await page.locator('.n-tooltip').waitFor({ state: 'detached' })
  await page.getByTestId(testid).hover()
  const tooltip = page.locator('.n-tooltip')
  await tooltip.waitFor()
  await page.waitForTimeout(300)
  const box = (await tooltip.boundingBox())!
  return { left: box.x, right: box.x + box.width, window: page.viewportSize()!.width }
}

describe('layout at the desk’s window sizes', () => {
  it('shows a 30-character e-mail whole on the card and keeps the hold tooltip inside the window', async ({ launch }) => {
    const app = await launch({ locale: 'pl-PL', viewport: { width: 1366, height: 768 } })
    const { page } = app
    const email = 'katarzyna.nowakowska@gmail.com'
    expect(email).toHaveLength(30)
    await page.evaluate(() => (location.hash = '#/customers/new'))
    await page.getByTestId('field-firstName').locator('input').fill('Katarzyna')
    await page.getByTestId('field-lastName').locator('input').fill('Nowakowska')
    await page.getByTestId('field-emails-0').locator('input').fill(email)
    await page.getByTestId('save-customer').click()
    await page.getByTestId('card-name').waitFor()

    await expect(page.getByTestId('contact-emails').innerText()).resolves.toBe(email)
    expect(await cutOff(page, '[data-testid="contact-panel"] .facts__line')).toEqual([])

    for (const width of [1366, 1024]) {
      await page.setViewportSize({ width, height: 768 })
      const box = await tooltipBox(page, 'hold-switch')
      expect(box.left).toBeGreaterThanOrEqual(0)
      expect(box.right).toBeLessThanOrEqual(box.window)
      await screenshot(page, `layout-card-tooltip-pl-${width}.png`, { folder: 'layout' })
    }
  })

  for (const locale of ['pl-PL', 'uk-UA', 'bg-BG', 'fr-FR']) {
    it(`${locale}: at 1024×768 the list fits without sideways scrolling, its chips read whole`, { timeout: 120_000 }, async ({ launch }) => {
      const app = await launch({ locale, viewport: { width: 1024, height: 768 } })
      const { page } = app
      await withDemoData(page, { customers: 200, orders: 2_000, seed: 5 })
      await page.getByTestId('customer-row').first().waitFor()
      await page.waitForTimeout(300)

      const table = page.getByTestId('customer-table')
      const { scrollWidth, clientWidth } = await table.evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }))
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth + 1)
      // Figures and dates are never the columns that give up room.
      expect(await cutOff(page, '[data-testid="customer-row"] .cell--right')).toEqual([])

      const chips = await page.getByTestId('category-chip').count()
      expect(chips).toBeGreaterThan(0)
      expect(await cutOff(page, '[data-testid="category-chip"]')).toEqual([])
      await screenshot(page, `layout-list-${locale.slice(0, 2)}-1024.png`, { folder: 'layout' })
    })
  }
})
