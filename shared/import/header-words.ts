/**
 * Headers are compared as lists of folded words, so "E-Mail Address", "email_address",
 * "EmailAddress" and "E‑mail adres" all look alike: camelCase and snake_case split, case and
 * diacritics folded (Příjmení → prijmeni, Ім'я → імя, й → и), "e-mail" joined into "email",
 * numbering ("Phone 2", "E-mail 1 - Value") dropped.
 */

const special: Record<string, string> = { ł: 'l', ø: 'o', ß: 'ss', đ: 'd', æ: 'ae', œ: 'oe', ı: 'i', ґ: 'г', ё: 'е' }
const specialPattern = new RegExp(`[${Object.keys(special).join('')}]`, 'g')

/** Words that only number or label a column and say nothing about its content. */
const noiseWords = new Set(['value', 'values', 'no', 'nr'])

export function foldHeader(text: string): string {
  return text
    .replace(/([\p{Ll}\d])(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .replace(/['’ʼ`´]/g, '')
    .replace(specialPattern, (letter) => special[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\be[\s_-]*mail/g, 'email')
    .replace(/\bе[\s_-]*мейл/g, 'имейл')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** The meaningful words of a header, folded: numbering and filler dropped. */
export function headerWords(header: string): string[] {
  return foldHeader(header)
    .split(' ')
    .filter((word) => word !== '' && !/^\d+$/.test(word) && !noiseWords.has(word))
}

/** A stable key for "the same headers", used to remember a mapping for the next file. */
export function headersSignature(headers: readonly string[]): string {
  return headers.map((header) => foldHeader(header)).join('|')
}
