import type { Page } from 'playwright-core'
import { installDbProbe } from '../host/db-probe'
import { describe, expect, it, lockNow, readRecoveryCode, screenshot, setUpOwner, signInAs, TEST_OWNER, typePin } from './fixtures'

/**
 * The desk's lock (F23): the owner's set-up at first start with a recovery code shown once,
 * the lock screen and its PIN pad, the idle lock, and the wait after wrong PINs. Each test
 * launches with `signIn: false` and drives these screens itself.
 */

const codeShape = /^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){4}$/

const status = (page: Page) => page.getByTestId('lock-status').innerText()

/** The whole staff table as IndexedDB holds it, as text: what a copy of the profile would reveal. */
function staffTableText(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('regulars')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const request = open.result.transaction('staff').objectStore('staff').getAll()
          request.onsuccess = () => {
            open.result.close()
            resolve(JSON.stringify(request.result))
          }
        }
      })
  )
}

/** A wrong PIN on the lock screen, answered: typing clears the last answer, so the next one shows after Enter. */
async function wrongPin(page: Page, name: string): Promise<string> {
  await typePin(page, name, '1111')
  await expect.poll(() => status(page), { timeout: 20_000 }).not.toBe('')
  return status(page)
}

describe('first start and the lock', () => {
  it('sets up the owner with a recovery code shown once, which later resets a forgotten PIN', { timeout: 240_000 }, async ({ launch }) => {
    const app = await launch({ signIn: false })
    const { page } = app
    await page.getByTestId('owner-setup').waitFor()
    expect(await page.locator('.frame').count()).toBe(0)

    // Clear errors before anything is saved: no name, a short PIN, then two different PINs.
    await page.getByTestId('setup-pin').locator('input').fill('12')
    await page.getByTestId('setup-submit').click()
    await expect.poll(() => page.getByTestId('owner-setup').innerText()).toContain('Enter your name.')
    expect(await page.getByTestId('owner-setup').innerText()).toContain('A PIN is 4 to 8 digits.')
    // A PIN box lets in digits only.
    await page.getByTestId('setup-pin').locator('input').fill('')
    await page.getByTestId('setup-pin').locator('input').pressSequentially('24a68')
    expect(await page.getByTestId('setup-pin').locator('input').inputValue()).toBe('2468')
    await page.getByTestId('setup-name').locator('input').fill(TEST_OWNER.name)
    await page.getByTestId('setup-pin-again').locator('input').fill('2469')
    await page.getByTestId('setup-submit').click()
    await expect.poll(() => page.getByTestId('owner-setup').innerText()).toContain('The two PINs are not the same.')

    await page.getByTestId('setup-pin-again').locator('input').fill(TEST_OWNER.pin)
    await page.getByTestId('setup-submit').click()
    const code = await readRecoveryCode(page)
    expect(code).toMatch(codeShape)
    // Shown large, in its five groups of four.
    expect(await page.getByTestId('recovery-code').locator('span').allInnerTexts()).toEqual(code.split('-'))
    expect(await page.getByTestId('recovery-continue').isDisabled()).toBe(true)

    // Print sends only the code's sheet to the printer: what is laid out while the window prints.
    await page.evaluate(() => {
      const printed: string[] = []
      Object.assign(window, { printedSheets: printed })
      new MutationObserver(() => {
        const root = document.querySelector('.print-root')
        if (root && document.documentElement.classList.contains('is-printing')) printed.push((root as HTMLElement).innerText)
      }).observe(document.documentElement, { attributeFilter: ['class'] })
    })
    await page.getByTestId('recovery-print').click()
    await expect.poll(() => app.printCalls).toEqual([{ kind: 'printer', landscape: false }])
    const sheets = await page.evaluate(() => (window as unknown as { printedSheets: string[] }).printedSheets)
    expect(sheets).toHaveLength(1)
    expect(sheets[0]).toContain(`Owner: ${TEST_OWNER.name}`)
    for (const group of code.split('-')) expect(sheets[0]).toContain(group)
    expect(await page.locator('.print-root').count()).toBe(0)

    await page.getByTestId('recovery-written').click()
    await page.getByTestId('recovery-continue').click()
    await page.waitForSelector('.frame')
    expect(await page.getByTestId('signed-in-name').innerText()).toBe(TEST_OWNER.name)

    // Only slow hashes are kept: neither the PIN nor the code is in the table as typed.
    const stored = await staffTableText(page)
    expect(stored).toContain('PBKDF2-SHA256')
    expect(stored).not.toContain(TEST_OWNER.pin)
    expect(stored).not.toContain(code.replaceAll('-', ''))

    // Ctrl+L locks: the app is not under the lock screen, it is gone.
    await page.keyboard.press('Control+KeyL')
    await page.getByTestId('lock-screen').waitFor()
    expect(await page.locator('.frame, [data-testid="customer-row"], [data-testid="quick-search"]').count()).toBe(0)
    // The last person signed in is the one chosen.
    expect(await page.getByTestId('lock-person').filter({ hasText: TEST_OWNER.name }).getAttribute('aria-pressed')).toBe('true')

    // The PIN forgotten: the code, typed in lower case, sets a new one and a new code is shown.
    await page.getByTestId('lock-forgot').click()
    await page.getByTestId('reset-code').locator('input').fill(code.toLowerCase())
    await page.getByTestId('reset-pin').locator('input').fill('1357')
    await page.getByTestId('reset-pin-again').locator('input').fill('1357')
    await page.getByTestId('reset-submit').click()
    const newCode = await readRecoveryCode(page)
    expect(newCode).toMatch(codeShape)
    expect(newCode).not.toBe(code)
    await page.getByTestId('recovery-written').click()
    await page.getByTestId('recovery-continue').click()
    await page.waitForSelector('.frame')

    // A new start opens locked; the old PIN no longer opens it, the new one does.
    await page.reload()
    await page.getByTestId('lock-screen').waitFor()
    expect(await page.locator('.frame').count()).toBe(0)
    expect(await wrongPinWith(page, TEST_OWNER.pin)).toBe('Wrong PIN.')
    await signInAs(page, TEST_OWNER.name, '1357')
    await lockNow(page)
  })

  it('locks by itself after the minutes set in Settings without input', { timeout: 240_000 }, async ({ launch }) => {
    const { page } = await launch({ signIn: false, path: '#/settings' })
    await setUpOwner(page)
    const minutes = page.getByTestId('lock-minutes').locator('input')
    expect(await minutes.inputValue()).toBe('5')
    await minutes.fill('1')
    await minutes.press('Tab')
    await expect.poll(() => page.locator('.n-message').allInnerTexts()).toContain('Saved.')

    // The page's clock under the test's hand from the start (it runs on by itself meanwhile).
    await page.clock.install()
    await page.reload()
    await signInAs(page, TEST_OWNER.name, TEST_OWNER.pin)
    expect(await minutes.inputValue()).toBe('1')

    await page.clock.fastForward('00:50')
    await page.mouse.move(200, 300)
    await page.clock.fastForward('00:50')
    // 100 s since the sign-in, 50 s since the mouse moved: still open.
    expect(await page.locator('.frame').count()).toBe(1)
    await page.clock.fastForward('00:15')
    await page.getByTestId('lock-screen').waitFor()
    expect(await page.locator('.frame').count()).toBe(0)
  })

  it('after five wrong PINs states the wait, and refuses even the right PIN until it has passed', { timeout: 240_000 }, async ({ launch }) => {
    const { page } = await launch({ signIn: false })
    await setUpOwner(page)
    await page.clock.install()
    await page.reload()
    await page.getByTestId('lock-screen').waitFor()

    for (let wrong = 1; wrong <= 4; wrong++) expect(await wrongPin(page, TEST_OWNER.name)).toBe('Wrong PIN.')
    const stated = await wrongPin(page, TEST_OWNER.name)
    expect(stated).toMatch(/^Too many wrong PINs\. Try again in \d+ seconds\.$/)
    expect(Number(/(\d+) seconds/.exec(stated)![1])).toBeGreaterThan(20)
    expect(Number(/(\d+) seconds/.exec(stated)![1])).toBeLessThanOrEqual(30)

    // The right PIN during the wait: still locked, the wait still stated.
    await typePin(page, TEST_OWNER.name, TEST_OWNER.pin)
    await page.waitForTimeout(1_000)
    expect(await page.locator('.frame').count()).toBe(0)
    expect(await status(page)).toMatch(/Try again in \d+ seconds/)

    await page.clock.fastForward('00:31')
    await expect.poll(() => status(page)).toBe('')
    await signInAs(page, TEST_OWNER.name, TEST_OWNER.pin)
  })
})

describe('an existing base and a second person', () => {
  it('keeps every customer at the set-up; another person signing in finds none of the previous one’s search', { timeout: 240_000 }, async ({ launch }) => {
    const { page } = await launch({ signIn: false })
    await page.getByTestId('owner-setup').waitFor()
    // A base from before staff existed: customers, orders, and no owner yet.
    await installDbProbe(page)
    await page.evaluate(() => window.__regularsDbProbe.loadDemo({ customers: 60, orders: 300, seed: 5 }))
    const before = await page.evaluate(() => window.__regularsDbProbe.counts())
    await page.reload()
    await setUpOwner(page)
    await installDbProbe(page)
    expect(await page.evaluate(() => window.__regularsDbProbe.counts())).toEqual(before)
    await page.getByTestId('customer-row').first().waitFor()

    // The same person back after a lock finds their search as they left it.
    await page.getByTestId('quick-search').locator('input').fill('a')
    await lockNow(page)
    await signInAs(page, TEST_OWNER.name, TEST_OWNER.pin)
    expect(await page.getByTestId('quick-search').locator('input').inputValue()).toBe('a')

    // Switching person: lock, pick another. The front desk starts afresh, on the list, and is
    // not offered the lock setting (their role may not change settings).
    await page.evaluate(() => window.__regularsDbProbe.addStaff('Ola', 'front-desk', '1234'))
    await page.evaluate(() => (location.hash = '#/customers/3'))
    await lockNow(page)
    await signInAs(page, 'Ola', '1234')
    expect(await page.getByTestId('signed-in-name').innerText()).toBe('Ola')
    expect(await page.getByTestId('quick-search').locator('input').inputValue()).toBe('')
    expect(new URL(page.url()).hash).toBe('#/customers')
    await page.evaluate(() => (location.hash = '#/settings'))
    await page.getByTestId('lock-minutes').waitFor()
    expect(await page.getByTestId('lock-minutes').locator('input').isDisabled()).toBe(true)
  })
})

/** The owner's old PIN typed on the lock screen, answered. */
function wrongPinWith(page: Page, pin: string): Promise<string> {
  return typePin(page, TEST_OWNER.name, pin).then(async () => {
    await expect.poll(() => status(page), { timeout: 20_000 }).not.toBe('')
    return status(page)
  })
}

describe('the set-up and lock screens as the desk sees them', () => {
  for (const locale of ['pl-PL', 'uk-UA'] as const) {
    const short = locale.slice(0, 2)
    it(`in ${short}, at 1366×768 and 1024×768`, { timeout: 300_000 }, async ({ launch }) => {
      const { page } = await launch({ signIn: false, locale, viewport: { width: 1366, height: 768 } })
      await page.getByTestId('owner-setup').waitFor()
      // With the errors a hurried owner sees.
      await page.getByTestId('setup-pin').locator('input').fill('12')
      await page.getByTestId('setup-submit').click()
      await page.locator('.n-form-item-feedback--error').first().waitFor()
      await screenshot(page, `setup-${short}-1366.png`, { folder: 'lock' })
      await page.setViewportSize({ width: 1024, height: 768 })
      await screenshot(page, `setup-${short}-1024.png`, { folder: 'lock' })
      await page.setViewportSize({ width: 1366, height: 768 })

      await page.getByTestId('setup-name').locator('input').fill('Małgorzata Wiśniewska-Kowalczyk')
      await page.getByTestId('setup-pin').locator('input').fill(TEST_OWNER.pin)
      await page.getByTestId('setup-pin-again').locator('input').fill(TEST_OWNER.pin)
      await page.getByTestId('setup-submit').click()
      await readRecoveryCode(page)
      await screenshot(page, `recovery-code-${short}-1366.png`, { folder: 'lock' })
      await page.setViewportSize({ width: 1024, height: 768 })
      await screenshot(page, `recovery-code-${short}-1024.png`, { folder: 'lock' })
      await page.setViewportSize({ width: 1366, height: 768 })
      await page.getByTestId('recovery-written').click()
      await page.getByTestId('recovery-continue').click()
      await page.waitForSelector('.frame')
      await screenshot(page, `frame-signed-in-${short}-1366.png`, { folder: 'lock' })

      await installDbProbe(page)
      await page.evaluate(() => window.__regularsDbProbe.addStaff('Ola', 'front-desk', '1234'))
      await page.evaluate(() => window.__regularsDbProbe.addStaff('Олександра Коваленко', 'manager', '5678'))
      await lockNow(page)
      await page.getByTestId('lock-person').nth(2).waitFor()
      await page.getByTestId('lock-person').filter({ hasText: 'Ola' }).click()
      for (let wrong = 1; wrong <= 5; wrong++) await wrongPin(page, 'Ola')
      await page.keyboard.type('12')
      await screenshot(page, `lock-wait-${short}-1366.png`, { folder: 'lock' })
      await page.setViewportSize({ width: 1024, height: 768 })
      await screenshot(page, `lock-wait-${short}-1024.png`, { folder: 'lock' })
      await page.getByTestId('lock-person').first().click()
      await page.getByTestId('lock-forgot').click()
      await page.getByTestId('reset-code').waitFor()
      await screenshot(page, `reset-${short}-1024.png`, { folder: 'lock' })
    })
  }
})
