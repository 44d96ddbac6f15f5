// A recording stand-in for the `electron` module, for running the built main bundle in plain
// Node (Electron's binary cannot run on the build machines). It records what the bundle asks
// of Electron — schemes, IPC handlers, windows, session hooks — and behaves just enough like
// Electron for the bundle to start: `app.whenReady()` resolves when the test calls markReady(),
// and creating a window emits 'web-contents-created' as Electron does.
import { EventEmitter } from 'node:events'
import { join } from 'node:path'
import { tmpdir } from 'node:os'

let ready = false
let resolveReady
const whenReady = new Promise((resolve) => (resolveReady = resolve))

export const recorder = {
  /** Each call of protocol.registerSchemesAsPrivileged, and whether the app was ready then. */
  privilegedSchemes: [],
  protocolHandlers: new Map(),
  /** IPC handlers by channel, in registration order; `registeredBeforeReady` holds any registered too early. */
  ipcHandlers: new Map(),
  registeredBeforeReady: [],
  windows: [],
  permissionRequestHandler: null,
  permissionCheckHandler: null,
  headersHandler: null,
  appCalls: []
}

export function markReady() {
  ready = true
  resolveReady()
}

const dataRoot = process.env.ELECTRON_STAND_IN_DATA ?? join(tmpdir(), 'regulars-electron-stand-in')
const paths = new Map()

export const app = Object.assign(new EventEmitter(), {
  isPackaged: true,
  getName: () => 'Regulars',
  getVersion: () => '0.0.0-stand-in',
  getLocale: () => 'pl-PL',
  setName: (name) => recorder.appCalls.push(['setName', name]),
  getPath: (name) => paths.get(name) ?? join(dataRoot, name),
  setPath: (name, path) => {
    recorder.appCalls.push(['setPath', name, path])
    paths.set(name, path)
  },
  requestSingleInstanceLock: () => true,
  quit: () => recorder.appCalls.push(['quit']),
  isReady: () => ready,
  whenReady: () => whenReady
})

export const protocol = {
  registerSchemesAsPrivileged: (schemes) => recorder.privilegedSchemes.push({ schemes, beforeReady: !ready }),
  handle: (scheme, handler) => recorder.protocolHandlers.set(scheme, handler)
}

export const session = {
  defaultSession: {
    setPermissionRequestHandler: (handler) => (recorder.permissionRequestHandler = handler),
    setPermissionCheckHandler: (handler) => (recorder.permissionCheckHandler = handler),
    webRequest: { onHeadersReceived: (handler) => (recorder.headersHandler = handler) }
  }
}

export const ipcMain = {
  handle: (channel, handler) => {
    if (!ready) recorder.registeredBeforeReady.push(channel)
    recorder.ipcHandlers.set(channel, handler)
  }
}

export const dialog = {
  showSaveDialog: async () => ({ canceled: true, filePath: undefined }),
  showOpenDialog: async () => ({ canceled: true, filePaths: [] })
}

// As on a Linux PC without a keyring: nothing safe to keep a secret in, so the app does not offer to remember it.
export const safeStorage = {
  isEncryptionAvailable: () => false,
  getSelectedStorageBackend: () => 'basic_text',
  encryptString: () => {
    throw new Error('Encryption is not available')
  },
  decryptString: () => {
    throw new Error('Encryption is not available')
  }
}

// What the app put on the system clipboard (a message list's numbers), last first.
export const clipboard = {
  written: [],
  writeText(text) {
    this.written.unshift(text)
  }
}

class WebContents extends EventEmitter {
  windowOpenHandler = null
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler
  }
}

export class BrowserWindow extends EventEmitter {
  constructor(options) {
    super()
    this.options = options
    this.loadedUrls = []
    this.webContents = new WebContents()
    recorder.windows.push(this)
    app.emit('web-contents-created', {}, this.webContents)
  }

  loadURL(url) {
    this.loadedUrls.push(url)
    return Promise.resolve()
  }

  show() {}
  focus() {}
  restore() {}
  isMinimized() {
    return false
  }
}

export default { app, protocol, session, ipcMain, dialog, safeStorage, clipboard, BrowserWindow }
