import type { BrowserWindowConstructorOptions } from 'electron'

export interface WindowOptionsInput {
  preloadPath: string
  /** DevTools only while developing: a packaged app never opens them. */
  isPackaged: boolean
  iconPath?: string
}

/**
 * The one place the window's options are decided. Kept pure so a unit test can hold the
 * security settings in place (window-options.test.ts).
 */
export function createWindowOptions({ preloadPath, isPackaged, iconPath }: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Regulars',
    backgroundColor: '#f6f7f9',
    autoHideMenuBar: true,
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // Middle-click would otherwise try to open links in a new window.
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      devTools: !isPackaged
    }
  }
}
