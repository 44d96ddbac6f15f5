import type { ImportEncoding } from '@shared/import/limits'

/**
 * Which encoding a CSV/TXT is in. A byte-order mark settles it; otherwise valid UTF-8 is
 * UTF-8 (legacy text with accents is almost never valid UTF-8), and the rest is one of the
 * Windows code pages Excel saves "CSV" in on Central-European (1250), Cyrillic (1251) and
 * Western (1252) PCs, told apart by which letters the bytes become in each.
 */

export interface EncodingGuess {
  encoding: ImportEncoding
  /** Bytes of byte-order mark to skip. */
  bomLength: number
  /** False when the code page was guessed from letter statistics (the user may correct it). */
  certain: boolean
}

export function detectBom(bytes: Uint8Array): { encoding: ImportEncoding; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 }
  return null
}

/** UTF-16 without a mark: every other byte zero in mostly-ASCII text. */
function detectBomlessUtf16(bytes: Uint8Array): ImportEncoding | null {
  const pairs = Math.min(bytes.length >> 1, 4096)
  if (pairs < 4) return null
  let zeroOdd = 0
  let zeroEven = 0
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) zeroEven++
    if (bytes[2 * i + 1] === 0) zeroOdd++
  }
  if (zeroOdd / pairs > 0.3 && zeroEven / pairs < 0.05) return 'utf-16le'
  if (zeroEven / pairs > 0.3 && zeroOdd / pairs < 0.05) return 'utf-16be'
  return null
}

/** Valid UTF-8, allowing the sample to end in the middle of a character. */
export function isValidUtf8(bytes: Uint8Array, truncated: boolean): boolean {
  let end = bytes.length
  if (truncated) {
    // Step back over an incomplete last sequence (at most 3 continuation bytes and its lead).
    let back = 0
    while (back < 3 && end - back - 1 >= 0 && (bytes[end - back - 1] & 0xc0) === 0x80) back++
    const lead = bytes[end - back - 1]
    if (lead !== undefined && lead >= 0xc0) {
      const needed = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2
      if (back + 1 < needed) end = end - back - 1
    }
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end))
    return true
  } catch {
    return false
  }
}

// Ties (German umlauts read the same in 1250 and 1252) go to the first: Western European.
const letters = {
  'windows-1252': 'éèêàâçôîûùëïüöäßñáíóúÉÈÊÀÂÇÔÎÛÙËÏÜÖÄÑÁÍÓÚœŒ',
  'windows-1250': 'ąćęłńóśźżčďěňřšťůýáéíúžőűĺľŕäöüÄÖÜĄĆĘŁŃÓŚŹŻČĎĚŇŘŠŤŮÝÁÉÍÚŽŐŰĹĽ',
  'windows-1251': 'абвгдежзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯёЁіІїЇєЄґҐўЎ'
} as const
type LegacyEncoding = keyof typeof letters
const legacyEncodings = Object.keys(letters) as LegacyEncoding[]
const letterSets = Object.fromEntries(legacyEncodings.map((name) => [name, new Set(letters[name])])) as Record<LegacyEncoding, Set<string>>

/**
 * Scores how natural the non-ASCII characters look when the bytes are read in one code page:
 * letters of the languages that code page serves count for it, symbols and control
 * characters against it (Polish "ą" read as Windows-1252 is "¹"), and so do words mixing
 * Latin and Cyrillic letters (Polish read as Windows-1251).
 */
function naturalness(text: string, encoding: LegacyEncoding): number {
  const set = letterSets[encoding]
  let score = 0
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    if (code < 0x80) continue
    if (set.has(char)) score += 2
    else if (/\p{L}/u.test(char)) score += 0
    else if (code < 0xa0 || /[\p{S}\p{No}]/u.test(char)) score -= 5
  }
  for (const word of text.match(/[\p{L}]+/gu) ?? []) {
    if (/[a-zA-Z]/.test(word) && /\p{Script=Cyrillic}/u.test(word)) score -= 3
  }
  return score
}

export function guessLegacyEncoding(bytes: Uint8Array, preferred: ImportEncoding | null = null): LegacyEncoding {
  let best: { encoding: LegacyEncoding; score: number } | null = null
  for (const encoding of legacyEncodings) {
    const score = naturalness(new TextDecoder(encoding).decode(bytes), encoding) + (encoding === preferred ? 1 : 0)
    if (!best || score > best.score) best = { encoding, score }
  }
  return best!.encoding
}

/**
 * The encoding of a file from its first bytes. `preferred` (from the UI language: Windows-1250
 * for Polish or Czech, 1251 for Ukrainian or Bulgarian) only breaks ties.
 */
export function guessEncoding(sample: Uint8Array, sampleIsWholeFile: boolean, preferred: ImportEncoding | null = null): EncodingGuess {
  const bom = detectBom(sample)
  if (bom) return { encoding: bom.encoding, bomLength: bom.length, certain: true }
  const utf16 = detectBomlessUtf16(sample)
  if (utf16) return { encoding: utf16, bomLength: 0, certain: true }
  if (isValidUtf8(sample, !sampleIsWholeFile)) {
    const pureAscii = sample.every((byte) => byte < 0x80)
    return { encoding: 'utf-8', bomLength: 0, certain: !pureAscii || sampleIsWholeFile }
  }
  return { encoding: guessLegacyEncoding(sample, preferred), bomLength: 0, certain: false }
}

/** The code page a UI language's Excel saves "CSV" in: the tie-break for guessing. */
export function preferredLegacyEncoding(locale: string): ImportEncoding {
  const language = locale.toLowerCase().slice(0, 2)
  if (language === 'pl' || language === 'cs' || language === 'sk' || language === 'hu') return 'windows-1250'
  if (language === 'uk' || language === 'bg' || language === 'ru' || language === 'sr') return 'windows-1251'
  return 'windows-1252'
}

/**
 * Text that is not text: control characters (other than tab, line breaks, form feed) or
 * undecodable bytes in more than a sliver of it. A real CSV has none.
 */
export function looksBinary(text: string): boolean {
  if (text.length === 0) return false
  let bad = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    // Allowed below 0x20: tab, LF, CR, form feed, and 0x1a (the end-of-file mark of old DOS exports).
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c && code !== 0x1a) || code === 0x7f || code === 0xfffd) bad++
  }
  return bad >= 3 && bad / text.length > 0.005
}
