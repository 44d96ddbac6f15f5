/**
 * Folding text for search and sorting: lower case, diacritics removed, letters that Unicode
 * does not decompose (ł ø ß đ …) spelled out, apostrophes dropped (Мар'яна, O'Brien).
 * Cyrillic stays Cyrillic (see transliterate.ts for the bridge to Latin); its soft sign is
 * dropped and ґ/ё/й/ї fold to г/е/и/і so typing with or without them finds the same people.
 */

const special: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  ß: 'ss',
  ẞ: 'ss',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  ħ: 'h',
  ŀ: 'l',
  ґ: 'г',
  ь: ''
}

const specialPattern = new RegExp(`[${Object.keys(special).join('')}]`, 'g')
const apostrophes = /['’ʼ`´]/g
const marks = /\p{M}/gu

export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(apostrophes, '')
    .replace(specialPattern, (letter) => special[letter] ?? letter)
    .normalize('NFD')
    .replace(marks, '')
    .normalize('NFC')
}

/** Words of a text (letters and digits), each folded; apostrophes join, everything else splits. */
export function foldedWords(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? []
}

/** Raw lower-case words (apostrophes dropped, diacritics kept) for transliteration. */
export function rawWords(text: string): string[] {
  return text.toLowerCase().replace(apostrophes, '').match(/[\p{L}\p{M}\p{N}]+/gu) ?? []
}

export function hasCyrillic(text: string): boolean {
  return /\p{Script=Cyrillic}/u.test(text)
}

export function hasLatin(text: string): boolean {
  return /\p{Script=Latin}/u.test(text)
}
