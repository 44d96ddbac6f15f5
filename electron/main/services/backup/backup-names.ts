/**
 * Backup file names: the business, then the local date and time it was made —
 * "Studio Mokotów 2026-12-07 093012.regularsbackup" — so a person sees whose and when, and
 * the rotation reads the time back from the name (a copy on a stick loses the file's dates).
 */

export const backupExtension = 'regularsbackup'

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** A business name that is safe as part of a file name on Windows, macOS and Linux. */
export function fileNamePart(name: string): string {
  // Control characters are refused in names on Windows: each becomes a space like the reserved ones.
  const cleaned = [...name]
    .map((character) => (character.charCodeAt(0) < 32 ? ' ' : character))
    .join('')
    .replace(/[\\/:*?"<>|]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+|[.\s]+$/g, '')
  return [...cleaned].slice(0, 60).join('').trim() || 'Regulars'
}

export function backupFileName(businessName: string, at: Date): string {
  const date = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`
  const time = `${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`
  return `${fileNamePart(businessName)} ${date} ${time}.${backupExtension}`
}

const namePattern = new RegExp(`(\\d{4})-(\\d{2})-(\\d{2}) (\\d{2})(\\d{2})(\\d{2})\\.${backupExtension}$`)

/** When a backup named by backupFileName was made (local time), or null for any other file. */
export function backupTimeFromName(name: string): Date | null {
  const match = namePattern.exec(name)
  if (!match) return null
  const [year, month, day, hours, minutes, seconds] = match.slice(1).map(Number)
  const at = new Date(year!, month! - 1, day, hours, minutes, seconds)
  return Number.isNaN(at.getTime()) ? null : at
}
