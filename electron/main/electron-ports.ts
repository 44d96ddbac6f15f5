import { app, clipboard, dialog, safeStorage, type BrowserWindow } from 'electron'
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { MainPorts } from './services/ports'

/** Remembers the last folder a file was saved to, so a USB stick is one click away next time. */
function lastFolderStore(file: string) {
  let folder: string | undefined
  try {
    folder = JSON.parse(readFileSync(file, 'utf8')).lastSaveFolder
  } catch {
    folder = undefined
  }
  return {
    get: () => folder,
    set(next: string) {
      folder = next
      try {
        writeFileSync(file, JSON.stringify({ lastSaveFolder: next }))
      } catch {
        // Not worth failing a save over: the next dialog just opens in the default folder.
      }
    }
  }
}

/** The real ports: Electron's dialogs, clock and paths. */
export function createElectronPorts(getWindow: () => BrowserWindow | null): MainPorts {
  const lastFolder = lastFolderStore(join(app.getPath('userData'), 'dialog-state.json'))
  return {
    appName: app.getName(),
    appVersion: app.getVersion(),
    dataDir: app.getPath('userData'),
    locale: () => app.getLocale(),
    platform: process.platform,
    now: () => new Date(),
    clipboard: { writeText: (text) => clipboard.writeText(text) },
    printing: {
      async printToPdf({ landscape }) {
        const window = getWindow()
        if (!window) throw new Error('No window to print')
        // The page's @page rules decide size and margins; its own header/footer boxes carry page numbers.
        return window.webContents.printToPDF({ pageSize: 'A4', landscape, printBackground: true, preferCSSPageSize: true })
      },
      print({ landscape }) {
        const window = getWindow()
        if (!window) return Promise.reject(new Error('No window to print'))
        return new Promise((resolve, reject) => {
          window.webContents.print({ silent: false, printBackground: true, landscape, pageSize: 'A4' }, (success, failureReason) => {
            if (success || failureReason === 'Print job canceled' || failureReason === 'cancelled') resolve(success)
            else reject(new Error(`Printing failed: ${failureReason}`))
          })
        })
      }
    },
    dialogs: {
      async chooseSavePath({ defaultName, filters }) {
        const window = getWindow()
        const options = {
          defaultPath: join(lastFolder.get() ?? app.getPath('documents'), defaultName),
          filters,
          properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<'createDirectory' | 'showOverwriteConfirmation'>
        }
        const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
        if (result.canceled || !result.filePath) return null
        lastFolder.set(dirname(result.filePath))
        return result.filePath
      },
      async chooseOpenPath({ filters }) {
        const window = getWindow()
        const options = { filters, properties: ['openFile'] as Array<'openFile'> }
        const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
        return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0]
      },
      async chooseFolder() {
        const window = getWindow()
        const options = { properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'> }
        const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
        return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0]
      }
    },
    secrets: {
      // Linux without a keyring gives 'basic_text': a key built into Chromium, no protection.
      available: () => safeStorage.isEncryptionAvailable() && (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text'),
      encrypt: (text) => safeStorage.encryptString(text),
      decrypt: (bytes) => safeStorage.decryptString(bytes)
    }
  }
}
