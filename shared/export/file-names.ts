import { excelMaxSheetName, type ExportFileKind, type ExportFormat } from './export-spec'
import { localIsoDate } from './local-time'

/** The name the save dialog suggests: `customers-2026-03-05.xlsx`. */
export function suggestedExportName(kind: ExportFileKind, format: ExportFormat, now: Date): string {
  return `${kind}-${localIsoDate(now)}.${format}`
}

/** Adds the extension when the user typed a name without it (Linux dialogs don't). */
export function withExtension(path: string, extension: string): string {
  return path.toLowerCase().endsWith(`.${extension}`) ? path : `${path}.${extension}`
}

/**
 * A valid Excel sheet name: no `[ ] : * ? / \`, not starting or ending with an apostrophe,
 * at most 31 characters, with " (2)", " (3)"… for the parts of a sheet split past Excel's
 * row limit.
 */
export function sheetName(name: string, part = 1): string {
  const suffix = part > 1 ? ` (${part})` : ''
  const cleaned = name.replace(/[[\]:*?/\\]/g, ' ').replace(/^'+|'+$/g, '').trim() || 'Sheet'
  return [...cleaned].slice(0, excelMaxSheetName - suffix.length).join('').trimEnd() + suffix
}
