import { excelMaxSheetName } from './export-spec'
import { localIsoDate } from './local-time'

/** What a suggested file name says, in the UI language: what the file is, and whose. */
export interface FileNameParts {
  /** "klienci", "karta klienta", "дані клієнта". */
  base: string
  /** "Anna Nowak": the customer a card or an access export is about. */
  subject?: string
}

/** Letters and digits of any script kept, every other run one hyphen, lower case: safe on every file system. */
export function fileNamePart(text: string, maxLength: number): string {
  return [
    ...text
      .normalize('NFC')
      .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .toLocaleLowerCase()
  ]
    .slice(0, maxLength)
    .join('')
    .replace(/-+$/, '')
}

/**
 * The name a save dialog suggests: `klienci-2026-03-05_14-32-07.xlsx`,
 * `dane-klienta-anna-nowak-2026-03-05_14-32-07.xlsx`. The time to the second keeps two files
 * of one day apart — a second access request of the same customer must not replace the first.
 */
export function suggestedFileName(parts: FileNameParts, extension: string, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  const time = `${pad(now.getHours())}-${pad(now.getMinutes())}-${pad(now.getSeconds())}`
  const words = [fileNamePart(parts.base, 40) || 'regulars', fileNamePart(parts.subject ?? '', 60)].filter(Boolean)
  return `${words.join('-')}-${localIsoDate(now)}_${time}.${extension}`
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
