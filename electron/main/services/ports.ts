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
  /** Asks for a folder (where automatic backups are copied); an absolute path, or null when cancelled. */
  chooseFolder(): Promise<string | null>
}

/**
 * Keeps a secret (the backup password) so that only this user on this PC can read it back:
 * Electron's safeStorage (the OS keychain, DPAPI, or the Linux secret service). `available`
 * is false where the OS offers no real protection (Linux without a keyring falls back to a
 * fixed key): the app then does not offer to remember.
 */
export interface SecretPorts {
  available(): boolean
  encrypt(text: string): Buffer
  decrypt(bytes: Buffer): string
}

export interface PdfOptions {
  landscape?: boolean
}

/**
 * Printing of what the app's window shows (the renderer has put its print layout in place;
 * page size, margins, header and page numbers come from its CSS `@page` rules).
 */
export interface PrintingPorts {
  /** The window's page as PDF bytes (A4 unless the page's CSS says otherwise). */
  printToPdf(options: PdfOptions): Promise<Uint8Array>
  /** The system print dialog for the window's page; resolves false when the user cancelled it. */
  print(options: PdfOptions): Promise<boolean>
}

/** The system clipboard (a message list's numbers or addresses). */
export interface ClipboardPorts {
  writeText(text: string): void
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
  printing: PrintingPorts
  secrets: SecretPorts
  clipboard: ClipboardPorts
  now(): Date
}
