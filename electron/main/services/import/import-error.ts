import { AppError } from '@shared/errors'

/**
 * Why a file cannot be imported. Each code has a translated sentence in the renderer
 * (messages/import/*.json → errors.<name>); `details` carries the numbers it quotes.
 */
export type ImportErrorName =
  | 'empty-file'
  | 'no-rows'
  | 'damaged-file'
  | 'not-xlsx'
  | 'ods-not-supported'
  | 'xls-not-supported'
  | 'html-not-supported'
  | 'xml-not-supported'
  | 'not-text'
  | 'encrypted'
  | 'file-too-large'
  | 'too-many-rows'
  | 'too-many-columns'
  | 'too-much-text'
  | 'cell-too-large'
  | 'unclosed-quote'
  | 'sheet-not-found'
  | 'unreadable'
  | 'session-expired'
  | 'report-expired'
  | 'report-write-failed'

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
