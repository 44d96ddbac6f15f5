import type { DialogPorts, FileFilter, MainPorts, PrintingPorts } from '../../electron/main/services/ports'

/** What a test answers when the app would show a dialog: a path, null (cancel), or a function. */
export type DialogAnswer = string | null | ((options: { defaultName?: string; filters?: FileFilter[] }) => string | null)

export interface DialogAnswers {
  savePath?: DialogAnswer
  openPath?: DialogAnswer
  /** What the system print dialog answers in the test host: printed (true, default) or cancelled. */
  print?: boolean
}

export interface DialogCall {
  kind: 'save' | 'open'
  options: { defaultName?: string; filters?: FileFilter[] }
}

function answer(given: DialogAnswer | undefined, options: DialogCall['options']): string | null {
  if (typeof given === 'function') return given(options)
  return given ?? null
}

/** Without a page to print (unit tests), printing fails the way a missing window would. */
const noPrinting: PrintingPorts = {
  printToPdf: () => Promise.reject(new Error('No page to print in this test')),
  print: () => Promise.reject(new Error('No page to print in this test'))
}

/** Ports for the main-side services in a Node test: dialogs answered by the test, a settable clock. */

export function createTestPorts(options: { dataDir: string; answers?: DialogAnswers; locale?: string; now?: () => Date; printing?: PrintingPorts }) {
  const dialogCalls: DialogCall[] = []
  const answers: DialogAnswers = { ...options.answers }
  const dialogs: DialogPorts = {
    async chooseSavePath(dialogOptions) {
      dialogCalls.push({ kind: 'save', options: dialogOptions })
      return answer(answers.savePath, dialogOptions)
    },
    async chooseOpenPath(dialogOptions) {
      dialogCalls.push({ kind: 'open', options: dialogOptions })
      return answer(answers.openPath, dialogOptions)
    }
  }
  const ports: MainPorts = {
    appName: 'Regulars',
    appVersion: process.env['npm_package_version'] ?? '0.0.0-test',
    dataDir: options.dataDir,
    locale: () => options.locale ?? 'en-US',
    platform: process.platform,
    dialogs,
    printing: options.printing ?? noPrinting,
    now: options.now ?? (() => new Date())
  }
  return { ports, answers, dialogCalls }
}
