/**
 * What a cell's number format says its number is. Excel stores dates and percentages as
 * plain numbers (45366 is 15 March 2024, 0.1 shown as 10 %); only the format tells.
 */
export type NumberKind = 'number' | 'date' | 'percent' | 'text'

/** Built-in format ids (ECMA-376 §18.8.30 and the East-Asian ones Excel adds). */
const builtInDates = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81])
const builtInPercents = new Set([9, 10])

export function numberKind(formatId: number, formatCode: string | undefined): NumberKind {
  if (formatCode !== undefined) return kindOfCode(formatCode)
  if (builtInDates.has(formatId)) return 'date'
  if (builtInPercents.has(formatId)) return 'percent'
  if (formatId === 49) return 'text'
  return 'number'
}

/** Reads a custom format code, ignoring quoted literals, escapes and [colour]/[$-locale] tags. */
export function kindOfCode(code: string): NumberKind {
  const firstSection = code.split(';')[0] ?? ''
  const bare = firstSection
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/_./g, '')
    .replace(/\*./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '')
  if (/general/i.test(bare) && !/[dmyhs]/i.test(bare.replace(/general/gi, ''))) return 'number'
  if (bare.trim() === '@') return 'text'
  if (/[dmyhs]/i.test(bare.replace(/e[+-]/gi, ''))) return 'date'
  if (bare.includes('%')) return 'percent'
  return 'number'
}
