import { describe, it, screenshot, withDemoData } from './fixtures'

/**
 * Screenshots of the main screens and a dialog in Polish, Ukrainian and Bulgarian at the desk's
 * two window sizes, for a person to look at (tests/artifacts/tour). It asserts nothing, so it
 * runs only when asked: REGULARS_TOUR=1 npx vitest run --config tests/e2e/vitest.config.ts tests/e2e/tour.e2e.ts
 */
const sizes = [
  { width: 1366, height: 768 },
  { width: 1024, height: 768 }
]
describe.skipIf(!process.env.REGULARS_TOUR)('screenshot tour', () => {
  for (const locale of ['pl-PL', 'uk-UA', 'bg-BG']) {
    for (const viewport of sizes) {
      it(`${locale} ${viewport.width}`, { timeout: 300_000 }, async ({ launch }) => {
        const app = await launch({ locale, viewport })
        const { page } = app
        await withDemoData(page, { customers: 200, orders: 2_000, seed: 5 })
        const tag = `${locale.slice(0, 2)}-${viewport.width}`
        await page.getByTestId('customer-row').first().waitFor()
        await screenshot(page, `tour-list-${tag}.png`, { folder: 'tour' })
        await page.getByTestId('open-filters').click()
        await page.waitForTimeout(600)
        await screenshot(page, `tour-filters-${tag}.png`, { folder: 'tour' })
        await page.keyboard.press('Escape')
        await page.waitForTimeout(400)
        for (const id of [3, 7]) {
          await page.evaluate((target) => (location.hash = `#/customers/${target}`), id)
          await page.getByTestId('card-name').waitFor()
          await page.waitForTimeout(500)
          await screenshot(page, `tour-card${id}-${tag}.png`, { folder: 'tour' })
        }
        await page.getByTestId('add-visit').click()
        await page.waitForTimeout(600)
        await screenshot(page, `tour-visit-${tag}.png`, { folder: 'tour' })
        await page.keyboard.press('Escape')
        for (const path of ['#/customers/new', '#/import', '#/audit', '#/settings']) {
          await page.evaluate((target) => (location.hash = target), path)
          await page.waitForTimeout(800)
          await screenshot(page, `tour-${path.replace(/[#/]/g, '')}-${tag}.png`, { folder: 'tour' })
        }
      })
    }
  }
})
