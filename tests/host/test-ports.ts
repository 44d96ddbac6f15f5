import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import type { DialogPorts, FileFilter, MainPorts, PrintingPorts, SecretPorts } from '../../electron/main/services/ports'

/** What a test answers when the app would show a dialog: a path, null (cancel), or a function. */
export type DialogAnswer = string | null | ((options: { defaultName?: string; filters?: FileFilter[] }) => string | null)

export interface DialogAnswers {
  savePath?: DialogAnswer
  openPath?: DialogAnswer
  folder?: DialogAnswer
  /** What the system print dialog answers in the test host: printed (true, default) or cancelled. */
  print?: boolean
}

export interface DialogCall {
  kind: 'save' | 'open' | 'folder'
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

/**
 * A stand-in for Electron's safeStorage, which needs Electron's binary: real encryption
 * (AES-256-GCM) under a key that lives as long as this process, as the OS keychain's key lives
 * with the user's login. What the app writes is thus never the password in clear here either.
 */
const keyOfThisProcess = randomBytes(32)

export function createStandInSecrets(key: Buffer = keyOfThisProcess): SecretPorts {
  return {
    available: () => true,
    encrypt(text) {
      const nonce = randomBytes(12)
      const cipher = createCipheriv('aes-256-gcm', key, nonce)
      return Buffer.concat([nonce, cipher.update(text, 'utf8'), cipher.final(), cipher.getAuthTag()])
    },
    decrypt(bytes) {
      const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12))
      decipher.setAuthTag(bytes.subarray(bytes.length - 16))
      return Buffer.concat([decipher.update(bytes.subarray(12, bytes.length - 16)), decipher.final()]).toString('utf8')
    }
  }
}

/** Ports for the main-side services in a Node test: dialogs answered by the test, a settable clock. */

export function createTestPorts(options: { dataDir: string; answers?: DialogAnswers; locale?: string; now?: () => Date; printing?: PrintingPorts; secrets?: SecretPorts }) {
  const dialogCalls: DialogCall[] = []
  /** What the app put on the clipboard, oldest first. */
  const clipboardTexts: string[] = []
  const answers: DialogAnswers = { ...options.answers }
  const dialogs: DialogPorts = {
    async chooseSavePath(dialogOptions) {
      dialogCalls.push({ kind: 'save', options: dialogOptions })
      return answer(answers.savePath, dialogOptions)
    },
    async chooseOpenPath(dialogOptions) {
      dialogCalls.push({ kind: 'open', options: dialogOptions })
      return answer(answers.openPath, dialogOptions)
    },
    async chooseFolder() {
      dialogCalls.push({ kind: 'folder', options: {} })
      return answer(answers.folder, {})
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
    secrets: options.secrets ?? createStandInSecrets(),
    clipboard: { writeText: (text) => void clipboardTexts.push(text) },
    now: options.now ?? (() => new Date())
  }
  return { ports, answers, dialogCalls, clipboardTexts }
}
