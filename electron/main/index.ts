import { app, BrowserWindow, protocol, session, type WebFrameMain } from 'electron'
import { join } from 'node:path'
import { appHost, appOrigin, appScheme, originOf, serveAppRequest } from './app-protocol'
import { createElectronPorts } from './electron-ports'
import { createDispatch } from './ipc/dispatch'
import { registerIpc } from './ipc/handle'
import { endSessionsWhenPageGoes } from './page-sessions'
import { createMainServices } from './services/create-handlers'
import { contentSecurityPolicy } from './content-security-policy'
import { createWindowOptions } from './window-options'

// Fixed name and data folder from the first release on: IndexedDB lives there, per origin.
app.setName('Regulars')
app.setPath('userData', join(app.getPath('appData'), 'Regulars'))

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  start()
}

function start(): void {
  const here = import.meta.dirname
  const rendererRoot = join(here, '../renderer')
  const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined
  let mainWindow: BrowserWindow | null = null
  let services: ReturnType<typeof createMainServices> | null = null

  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } }
  ])

  const isTrustedFrame = (frame: WebFrameMain | null): boolean => {
    if (!frame) return false
    const origin = originOf(frame.url)
    return origin === appOrigin || (devServerUrl !== undefined && origin === originOf(devServerUrl))
  }

  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })

  // Every web contents, now or later: no navigation away, no new windows, no webviews.
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (originOf(url) !== appOrigin) event.preventDefault()
    })
    contents.on('will-redirect', (event) => event.preventDefault())
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  })

  app.on('window-all-closed', () => app.quit())
  app.on('before-quit', (event) => {
    if (services?.quit.requestQuit(() => app.quit())) event.preventDefault()
  })

  void app.whenReady().then(() => {
    const appSession = session.defaultSession
    appSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
    appSession.setPermissionCheckHandler(() => false)
    // The same CSP on every response, whichever way the page was loaded (app:// or the dev server).
    appSession.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] } })
    })
    protocol.handle(appScheme, (request) => serveAppRequest(rendererRoot, request))

    services = createMainServices(createElectronPorts(() => mainWindow))
    registerIpc(createDispatch(services.handlers), isTrustedFrame)
    services.startBackgroundWork()

    const windowOptions = createWindowOptions({
      preloadPath: join(here, '../preload/index.cjs'),
      isPackaged: app.isPackaged,
      iconPath: join(here, '../../resources/icon.png')
    })
    // The scanner cannot see into createWindowOptions, which sets all three and is unit-tested (window-options.test.ts).
    mainWindow = new BrowserWindow(windowOptions) // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK — reason: set in createWindowOptions, held by window-options.test.ts
    endSessionsWhenPageGoes(mainWindow.webContents, services.endPageSessions)
    // Closing the window (or quitting) waits for the page's closing backup (quit-coordinator.ts).
    const quit = services.quit
    mainWindow.on('close', (event) => {
      if (quit.requestQuit(() => mainWindow?.close())) event.preventDefault()
    })
    mainWindow.once('ready-to-show', () => mainWindow?.show())
    mainWindow.on('closed', () => (mainWindow = null))
    if (devServerUrl) void mainWindow.loadURL(devServerUrl)
    else void mainWindow.loadURL(`${appScheme}://${appHost}/index.html`)
  })
}
