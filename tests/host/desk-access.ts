import type { Page } from 'playwright-core'

/**
 * The lock and the owner's set-up (F23) as the end-to-end tests get past them: every launch of
 * a fresh profile sets up this owner, every later start (a relaunch, a reload) signs them in.
 */
export const TEST_OWNER = { name: 'Test Owner', pin: '2468' } as const

/** The three first screens of the app: the frame (signed in), the owner's set-up, the lock screen. */
const firstScreens = '.frame, [data-testid="owner-setup"], [data-testid="lock-screen"]'

export type FirstScreen = 'frame' | 'set-up' | 'locked'

/** Which of its first screens the app shows, once it shows one. */
export async function firstScreen(page: Page): Promise<FirstScreen> {
  const shown = await page.waitForSelector(firstScreens)
  const testId = await shown.getAttribute('data-testid')
  return testId === 'owner-setup' ? 'set-up' : testId === 'lock-screen' ? 'locked' : 'frame'
}

/**
 * Fills in the owner's set-up and goes past the recovery code, as the owner does; answers the
 * code shown. Leaves the app signed in on its frame.
 */
export async function setUpOwner(page: Page, owner: { name: string; pin: string } = TEST_OWNER): Promise<string> {
  await page.getByTestId('setup-name').locator('input').fill(owner.name)
  await page.getByTestId('setup-pin').locator('input').fill(owner.pin)
  await page.getByTestId('setup-pin-again').locator('input').fill(owner.pin)
  await page.getByTestId('setup-submit').click()
  const code = await readRecoveryCode(page)
  await page.getByTestId('recovery-written').click()
  await page.getByTestId('recovery-continue').click()
  await page.waitForSelector('.frame')
  return code
}

/** The recovery code the sheet shows (after the set-up or a reset). */
export async function readRecoveryCode(page: Page): Promise<string> {
  const sheet = page.getByTestId('recovery-code')
  await sheet.waitFor()
  return (await sheet.getAttribute('data-code')) ?? ''
}

/** On the lock screen: picks the person, types the PIN on the keyboard and presses Enter; waits for the app. */
export async function signInAs(page: Page, name: string, pin: string): Promise<void> {
  await typePin(page, name, pin)
  await page.waitForSelector('.frame')
}

/** On the lock screen: picks the person and types the PIN with Enter, whatever the answer. */
export async function typePin(page: Page, name: string, pin: string): Promise<void> {
  const person = page.getByTestId('lock-person').filter({ hasText: name }).first()
  if ((await person.getAttribute('aria-pressed')) !== 'true') await person.click()
  await page.keyboard.type(pin)
  await page.keyboard.press('Enter')
}

/** Locks the desk with the header's lock button; waits for the lock screen. */
export async function lockNow(page: Page): Promise<void> {
  await page.getByTestId('lock-button').click()
  await page.getByTestId('lock-screen').waitFor()
}

/** Gets the test owner into the app from whichever first screen it shows (nothing to do when signed in). */
export async function enterAsTestOwner(page: Page): Promise<void> {
  const screen = await firstScreen(page)
  if (screen === 'set-up') await setUpOwner(page)
  else if (screen === 'locked') await signInAs(page, TEST_OWNER.name, TEST_OWNER.pin)
}

/**
 * Every later start of the page (a reload, a restore's reload) opens locked: the test owner
 * signs in again by themself, so a test that reloads waits for the frame as it did before
 * the lock existed.
 */
export function signInAfterEveryReload(page: Page): void {
  page.on('load', () => void enterAsTestOwner(page).catch(() => undefined))
}
