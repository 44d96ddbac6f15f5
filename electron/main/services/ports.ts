/**
 * What main-side services need from the outside world. Electron provides them in the app
 * (electron-ports.ts); the test host and unit tests provide their own, so the services run
 * unchanged in Node.
 */
export interface FileFilter {
  name: string
  extensions: string[]
}

export interface DialogPorts {
  /** Asks where to save; resolves to an absolute path, or null when cancelled. */
  chooseSavePath(options: { defaultName: string; filters?: FileFilter[] }): Promise<string | null>
  /** Asks which file to open; resolves to an absolute path, or null when cancelled. */
  chooseOpenPath(options: { filters?: FileFilter[] }): Promise<string | null>
}

export interface MainPorts {
  appName: string
  appVersion: string
  /** The app's data folder (Electron's userData). */
  dataDir: string
  /** The system's UI locale, e.g. "pl-PL". */
  locale(): string
  platform: string
  dialogs: DialogPorts
  now(): Date
}
