import { AppError } from '@shared/errors'

/**
 * Why a file cannot be imported. Each code has a translated sentence in the renderer
 * (messages/import/*.json → errors.<name>); `details` carries the numbers it quotes. A list,
 * not only a type, so a test can hold every code main may answer with against the messages.
 */
export const importErrorNames = [
  'empty-file',
  'no-rows',
  'damaged-file',
  'not-xlsx',
  'ods-not-supported',
  'xls-not-supported',
  'html-not-supported',
  'xml-not-supported',
  'not-text',
  'encrypted',
  'file-too-large',
  'too-many-rows',
  'too-many-columns',
  'too-much-text',
  'cell-too-large',
  'unclosed-quote',
  'sheet-not-found',
  'unreadable',
  'session-expired',
  'report-expired',
  'report-write-failed',
  // A folder (or a device, a pipe) chosen instead of a file.
  'not-a-file',
  // The file was truncated, rewritten or replaced while it was read.
  'file-changed',
  // Other open imports already keep as much as all imports together may.
  'other-imports-open'
] as const

export type ImportErrorName = (typeof importErrorNames)[number]

export interface ImportErrorDetails {
  line?: number
  column?: string
  limit?: number
  sheet?: string
}

export function importError(name: ImportErrorName, message: string, details?: ImportErrorDetails): AppError {
  return new AppError(`import.${name}`, message, details)
}

/** Thrown by a reader when the user cancelled: not an error to show. */
export class ImportCancelled extends Error {
  constructor() {
    super('Import reading cancelled')
    this.name = 'ImportCancelled'
  }
}
