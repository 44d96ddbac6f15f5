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
  now(): Date
}
