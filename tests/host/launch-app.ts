import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { readRendererFile, resolveRendererPath } from '../../electron/main/app-protocol'
import { createDispatch, type Dispatch } from '../../electron/main/ipc/dispatch'
import { createMainServices, type MainServices } from '../../electron/main/services/create-handlers'
import { bridgeBundle } from './bridge-bundle'
import type { PrintingPorts } from '../../electron/main/services/ports'
import { createTestPorts, type DialogAnswers, type DialogCall } from './test-ports'
import { enterAsTestOwner, firstScreen, signInAfterEveryReload } from './desk-access'

export interface PrintCall {
  kind: 'pdf' | 'printer'
  landscape: boolean
}

export const chromiumPath = process.env['REGULARS_CHROMIUM'] ?? '/usr/bin/chromium'

/** Flags for Debian's Chromium on these closed-network machines. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-dev-shm-usage'
]

/**
 * The page's fixed origin in the test host. Fixed so that IndexedDB in a kept profile (the
 * benchmark's cache) is found again on the next launch; `.localhost` is a secure context.
 */
export const testOrigin = 'https://regulars.localhost'

const rendererRoot = resolve(import.meta.dirname, '../../out/renderer')

export interface LaunchOptions {
  /** Where the browser profile (and so IndexedDB) lives; reuse it to keep the data. */
  dataDir: string
  answers?: DialogAnswers
  /** The system locale main reports (app:info); the app picks its language from it. */
  locale?: string
  viewport?: { width: number; height: number }
  /** A path inside the app to open, e.g. "#/settings". */
  path?: string
  /** Serve the renderer from this folder instead of out/renderer (the benchmark serves a snapshot). */
  rendererRoot?: string
  /**
   * false: the app is left on its first screen (the owner's set-up or the lock screen) for
   * the test to drive. Otherwise the test owner is set up or signed in (desk-access.ts), and
   * signed in again after every reload.
   */
  signIn?: boolean
  /**
   * Carries the page's calls elsewhere instead of to handlers in this process: the input as the
   * JSON text the page sent, the envelope back as text (the benchmark runs main's services in a
   * child process, to measure their memory apart from Playwright's).
   */
  invoke?: (channel: string, input: string | undefined) => Promise<string>
  /** Main's clock (default: the real one); a test moves it to another day or hour. */
  now?: () => Date
}

export interface LaunchedApp {
  page: Page
  /** The folder it was launched on (LaunchOptions.dataDir). */
  dataDir: string
  context: BrowserContext
  /** Main's dispatcher, for calls a test makes as main would see them. */
  dispatch: Dispatch
  /**
   * Main's services as Electron's main holds them: the close's hold (`quit.requestQuit`, what
   * closing the window calls) and the background work (started only when a test calls it).
   */
  main: MainServices
  /** Change how later dialogs are answered. */
  answers: DialogAnswers
  /** Every dialog the app asked for, in order. */
  dialogCalls: DialogCall[]
  /** Every print request (PDF or printer), in order. */
  printCalls: PrintCall[]
  /** What the app put on the clipboard, oldest first. */
  clipboardTexts: string[]
  close(): Promise<void>
}

/**
 * Opens the built renderer in real Chromium with the same API the preload exposes, wired to
 * the real main-side services in this Node process. Only Electron's transport is replaced.
 */
export async function launchApp(options: LaunchOptions): Promise<LaunchedApp> {
  const profileDir = join(options.dataDir, 'chromium-profile')
  mkdirSync(profileDir, { recursive: true })
  // Printing goes to the launched page: Chromium's own PDF renderer, as Electron's printToPDF.
  const printed: { page?: Page } = {}
  const printCalls: PrintCall[] = []
  const printing: PrintingPorts = {
    async printToPdf({ landscape }) {
      printCalls.push({ kind: 'pdf', landscape: landscape ?? false })
      if (!printed.page) throw new Error('The page is not open yet')
      return printed.page.pdf({ format: 'A4', landscape, printBackground: true, preferCSSPageSize: true })
    },
    async print({ landscape }) {
      // No system dialog here: the test sees the call (and could render the page as a PDF).
      printCalls.push({ kind: 'printer', landscape: landscape ?? false })
      return answers.print ?? true
    }
  }
  const { ports, answers, dialogCalls, clipboardTexts } = createTestPorts({ dataDir: options.dataDir, answers: options.answers, locale: options.locale, printing, now: options.now })
  const main = createMainServices(ports)
  const dispatch = createDispatch(main.handlers)

  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: options.locale ?? 'en-US'
  })
  await context.route(`${testOrigin}/**`, async (route) => {
    const url = new URL(route.request().url())
    const file = resolveRendererPath(options.rendererRoot ?? rendererRoot, url.pathname)
    const found = file ? await readRendererFile(file) : null
    if (!found) return route.fulfill({ status: 404, body: 'Not found' })
    return route.fulfill({ status: 200, headers: found.headers, body: found.body })
  })
  // Inputs and answers cross as JSON text: the contract allows JSON values only, and one string
  // crosses DevTools far faster than Playwright's value-by-value serialisation of a big array
  // (2 000 import rows: ~470 ms as values on these machines).
  const invoke = options.invoke
  await context.exposeBinding('__regularsInvoke', async (_source, channel: string, input: string | undefined) =>
    invoke ? invoke(channel, input) : JSON.stringify(await dispatch(channel, input === undefined ? undefined : JSON.parse(input)))
  )
  await context.addInitScript({ content: await bridgeBundle() })

  const page = context.pages()[0] ?? (await context.newPage())
  printed.page = page
  await page.goto(`${testOrigin}/index.html${options.path ?? ''}`)
  if (options.signIn === false) await firstScreen(page)
  else {
    await enterAsTestOwner(page)
    signInAfterEveryReload(page)
  }

  return { page, dataDir: options.dataDir, context, dispatch, main, answers, dialogCalls, printCalls, clipboardTexts, close: () => context.close() }
}
