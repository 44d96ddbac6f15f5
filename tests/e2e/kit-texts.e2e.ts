import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import bgBG from 'naive-ui/es/locales/common/bgBG'
import csCZ from 'naive-ui/es/locales/common/csCZ'
import enUS from 'naive-ui/es/locales/common/enUS'
import frFR from 'naive-ui/es/locales/common/frFR'
import plPL from 'naive-ui/es/locales/common/plPL'
import ukUA from 'naive-ui/es/locales/common/ukUA'
import { describe, expect, it, lockNow, screenshot, signInAs, TEST_OWNER, withDemoData } from './fixtures'

/**
 * Every screen and dialog in every language, looked at as the desk sees it: no box may show
 * the component kit's own placeholder ("Please Input", "Wprowadź dane", "Ввести", "Select
 * Date"…) — generic words, cut off in a narrow box, that are not the app's. And no place in
 * the navigation takes two lines. (kit-placeholders.test.ts holds the templates.)
 */

/** Every placeholder text the kit has, in the six languages: read from its own locale objects. */
function kitPlaceholders(): Set<string> {
  const found = new Set<string>()
  const collect = (value: unknown, key: string): void => {
    if (typeof value === 'string' && /placeholder/i.test(key) && value.trim()) found.add(value.trim())
    else if (value && typeof value === 'object') for (const [name, inner] of Object.entries(value)) collect(inner, name)
  }
  for (const locale of [enUS, plPL, csCZ, ukUA, frFR, bgBG]) collect(locale, '')
  return found
}

/** The placeholders on screen now: of native inputs and of the kit's own placeholder boxes (selects, inputs), visible ones only. */
function shownPlaceholders(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const visible = (element: Element) => (element as HTMLElement).offsetParent !== null || getComputedStyle(element).position === 'fixed'
    const texts: string[] = []
    for (const element of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) {
      if (element.placeholder && visible(element)) texts.push(element.placeholder.trim())
    }
    for (const element of document.querySelectorAll('.n-base-selection-placeholder, .n-input__placeholder')) {
      const text = element.textContent?.trim()
      if (text && visible(element)) texts.push(text)
    }
    return texts
  })
}

/** The app's six languages (renderer/src/i18n/locales.ts, which this side of the build does not see). */
const supportedLocales = ['en', 'pl', 'cs', 'uk', 'fr', 'bg'] as const

const csvFile = ['Imię;Nazwisko;Telefon', 'Anna;Nowak;601 234 567'].join('\r\n')

describe('words the kit would show', () => {
  it('no input, select or date box shows the kit’s default placeholder, on any screen, in any language', { timeout: 600_000 }, async ({ dataDir, launch }) => {
    const file = join(dataDir, 'klienci.csv')
    writeFileSync(file, csvFile)
    const app = await launch({ locale: 'en-US', viewport: { width: 1366, height: 768 }, answers: { openPath: file } })
    const { page } = app
    await withDemoData(page, { customers: 60, orders: 600, seed: 5 })
    const defaults = kitPlaceholders()
    expect(defaults).toContain('Wprowadź dane')
    const problems: string[] = []
    let looked = 0

    for (const locale of supportedLocales) {
      const check = async (where: string) => {
        const shown = await shownPlaceholders(page)
        looked += shown.length
        for (const text of shown) if (defaults.has(text)) problems.push(`${locale}, ${where}: “${text}”`)
      }
      /** A fresh screen: another route first, so the screen and its dialogs are made anew. */
      const open = async (path: string, ready: string) => {
        await page.evaluate(() => (location.hash = '#/audit'))
        await page.getByTestId('nav-audit').waitFor()
        await page.evaluate((target) => (location.hash = target), path)
        await page.getByTestId(ready).first().waitFor()
      }
      const dialog = async (where: string, trigger: () => Promise<void>, ready: string) => {
        await trigger()
        await page.getByTestId(ready).first().waitFor()
        await page.waitForTimeout(150)
        await check(where)
        // Dialogs the app opens through the kit's dialog service outlive the screen: close them
        // all (a dialog opened from the filter drawer sits on top of it).
        const overlays = '.n-modal:visible, .n-drawer:visible'
        await page.keyboard.press('Escape')
        await page.waitForTimeout(300)
        for (let open = 0; open < 3 && (await page.locator(overlays).count()) > 0; open++) {
          await page.keyboard.press('Escape')
          await page.waitForTimeout(300)
        }
        await expect.poll(() => page.locator(overlays).count()).toBe(0)
      }

      await page.evaluate((chosen) => localStorage.setItem('regulars.locale', chosen), locale)
      await page.reload()
      await page.waitForSelector('.frame')
      for (const item of await page.locator('[data-testid^="nav-"].nav__item, a[data-testid^="nav-"]').all()) {
        const box = await item.boundingBox()
        if (box && box.height > 40) problems.push(`${locale}, navigation: “${await item.innerText()}” takes two lines`)
        if (await item.evaluate((element) => [...element.querySelectorAll('span:not(.nav__hidden-label)')].some((span) => span.scrollWidth > span.clientWidth + 1))) {
          problems.push(`${locale}, navigation: “${await item.innerText()}” is cut off`)
        }
      }

      await open('#/customers', 'customer-row')
      await check('customer list')
      await dialog('filters', () => page.getByTestId('open-filters').click(), 'filter-drawer')
      await dialog(
        'save a segment',
        async () => {
          await page.getByTestId('open-filters').click()
          await page.getByTestId('filters-save-segment').click()
        },
        'segment-name'
      )
      await open('#/customers', 'customer-row')
      await dialog('stores', () => page.getByTestId('store-selector').click(), 'store-menu')
      await open('#/customers', 'customer-row')
      await dialog('columns', () => page.getByTestId('column-menu').click(), 'column-menu-panel')
      await open('#/customers', 'customer-row')
      await dialog(
        'add to a category',
        async () => {
          await page.getByTestId('bulk-category').click()
          await page.locator('.n-dropdown-option').first().click()
        },
        'membership-affects'
      )
      await open('#/customers', 'customer-row')
      await dialog(
        'add to a category, a new one',
        async () => {
          await page.getByTestId('bulk-category').click()
          await page.locator('.n-dropdown-option').first().click()
          await page.getByTestId('membership-new').click()
        },
        'membership-new-name'
      )
      await open('#/customers', 'customer-row')
      await dialog('add to a group', () => page.getByTestId('bulk-add-group').click(), 'membership-affects')
      await open('#/customers', 'customer-row')
      // Delete is offered for ticked customers (never the whole unfiltered base).
      await dialog(
        'delete customers',
        async () => {
          await page.getByTestId('tick-row').first().click()
          await page.getByTestId('bulk-delete').click()
        },
        'delete-word'
      )
      await open('#/customers', 'customer-row')
      await dialog('export', () => page.getByTestId('bulk-export').click(), 'export-options')

      await open('#/customers/3', 'card-name')
      await check('customer card')
      await dialog(
        'new visit',
        async () => {
          await page.getByTestId('add-visit').click()
          await page.getByTestId('add-order').locator('button', { hasText: '+' }).first().click()
        },
        'order-value'
      )
      await open('#/customers/3', 'card-name')
      await dialog('new booking', () => page.getByTestId('add-booking').click(), 'order-value')
      await open('#/customers/3', 'card-name')
      await dialog('consent', () => page.getByTestId('record-consent').click(), 'consent-wording')
      await open('#/customers/3', 'history-row')
      await dialog('visit detail', () => page.getByTestId('history-row').first().click(), 'order-detail')
      await open('#/customers/3', 'card-name')
      await dialog(
        'merge with another customer',
        async () => {
          await page.getByTestId('card-more').click()
          await page.locator('.n-dropdown-option').first().click()
        },
        'merge-search'
      )
      await open('#/customers/new', 'customer-form')
      await check('new customer')
      await open('#/customers/3/edit', 'customer-form')
      await check('edit customer')
      await open('#/customers/3/merge/4', 'merge-view')
      await check('merge')

      await open('#/import', 'import-choose')
      await check('import')
      await dialog('import columns', () => page.getByTestId('import-choose').click(), 'import-mapping')
      await open('#/audit', 'nav-audit')
      await page.waitForTimeout(300)
      await check('audit log')
      await open('#/settings', 'settings-categories')
      await check('settings')
      await dialog('settings, a category renamed', () => page.locator('[data-testid^="category-edit-"]').first().click(), 'category-edit-name')
      await dialog('settings, a group renamed', () => page.locator('[data-testid^="group-edit-"]').first().click(), 'group-edit-name')
      await dialog('settings, a source renamed', () => page.locator('[data-testid^="referral-rename-"]').first().click(), 'referral-edit-name')
      if (locale === 'uk') await screenshot(page, 'kit-texts-settings-uk.png')

      await lockNow(page)
      await check('lock screen')
      await page.getByTestId('lock-forgot').click()
      await page.getByTestId('reset-code').waitFor()
      await check('owner PIN reset')
      await page.getByTestId('reset-back').click()
      await signInAs(page, TEST_OWNER.name, TEST_OWNER.pin)
    }

    // The walk saw the boxes it came for (each screen has several).
    expect(looked).toBeGreaterThan(300)
    expect(problems).toEqual([])
  })
})
