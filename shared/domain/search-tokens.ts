import type { Customer } from './types'
import { emailDomainTokens, isAddressPiece } from './email-domain'
import { phoneDigitForms } from './phone'
import { foldedWords, foldText, hasCyrillic, rawWords } from './text-fold'
import { cyrillicToLatin, latinToCyrillic } from './transliterate'

/**
 * Search tokens (PRODUCT.md F7). A customer row carries a multi-entry index of tokens; a
 * typed query becomes one or more prefix alternatives per word, and a customer matches when
 * every word has an alternative that is a prefix of one of its tokens (words are ANDed).
 *
 * Tokens of a customer:
 * - each word of the first and last name, folded (case, diacritics, ł ø ß đ …);
 *   Cyrillic words also in their Latin readings, Latin words also in a Cyrillic reading;
 * - every phone as the digit suffixes of length ≥ 3 of its international form that start at
 *   an even position ("48601234567", "601234567", … "567"), and of its national form the
 *   suffixes that start before the part it shares with the international one (the trunk 0 of
 *   "0501234567"). A digit query is also tried with each digit before it
 *   (`searchQueryAlternatives`), so a prefix query still finds any run of ≥ 3 consecutive
 *   digits — with half the index entries: each costs write time (≈ 8 µs a customer in
 *   Chromium here, 0.8 s an entry on an import of 100 000 rows). Rows written before kept a
 *   suffix at every position (`customerTokens(c, { legacyPhoneSuffixes: true })`): the same
 *   queries find them;
 * - every e-mail whole (found by its start), the pieces of its local part and the address
 *   from each later piece on ("jan.kowalski@x.pl" → "jan", "kowalski", "kowalski@x.pl"), and
 *   its domain from each label on, never a top-level label alone ("anna@poczta.onet.pl" →
 *   "poczta.onet.pl", "onet.pl": email-domain.ts). Rows written before domains were tokens
 *   (`{ withoutDomains: true }`) are brought up to date in the background after start
 *   (renderer/src/db/search-token-refresh.ts);
 * - the loyalty card number without spaces/dashes, and its digits alone.
 * An erased customer has no tokens: nothing personal is left to find.
 */

export const MIN_PHONE_RUN = 3

/** Phone suffix tokens start every PHONE_SUFFIX_STRIDE digits; queries make up the positions between (see above). */
const PHONE_SUFFIX_STRIDE = 2
const DIGITS = '0123456789'

export type TokenSource = Pick<Customer, 'firstName' | 'lastName' | 'phones' | 'emails' | 'cardNumber' | 'erased'>

export interface TokenOptions {
  /** The tokens rows got before phone suffixes were strided: one at every digit (the checker accepts both). */
  legacyPhoneSuffixes?: boolean
  /** The tokens rows got before an e-mail's domain was searchable (the checker accepts them until the refresh reaches the row). */
  withoutDomains?: boolean
}

export function customerTokens(customer: TokenSource, options: TokenOptions = {}): string[] {
  if (customer.erased) return []
  const tokens = new Set<string>()
  for (const word of rawWords(`${customer.firstName} ${customer.lastName}`)) addNameWord(tokens, word)
  for (const phone of customer.phones) addPhone(tokens, phone, options.legacyPhoneSuffixes ? 1 : PHONE_SUFFIX_STRIDE)
  for (const email of customer.emails) addEmail(tokens, email, !options.withoutDomains)
  addCard(tokens, customer.cardNumber)
  tokens.delete('')
  return [...tokens]
}

function addNameWord(tokens: Set<string>, raw: string): void {
  const folded = foldText(raw)
  tokens.add(folded)
  if (hasCyrillic(raw)) {
    for (const latin of cyrillicToLatin(raw)) tokens.add(foldText(latin))
  } else {
    const cyrillic = latinToCyrillic(raw)
    if (cyrillic) tokens.add(foldText(cyrillic))
  }
}

/** The suffixes of `digits` of length ≥ MIN_PHONE_RUN starting at 0, stride, 2·stride … below `before`. */
function addDigitSuffixes(tokens: Set<string>, digits: string, stride: number, before = digits.length): void {
  for (let start = 0; start <= digits.length - MIN_PHONE_RUN && start < before; start += stride) tokens.add(digits.slice(start))
}

function addPhone(tokens: Set<string>, e164: string, stride: number): void {
  const { international, national } = phoneDigitForms(e164)
  addDigitSuffixes(tokens, international, stride)
  // A run inside the national form's tail is a run of the international form: only its head (a trunk 0) needs suffixes of its own.
  addDigitSuffixes(tokens, national, stride, stride === 1 ? national.length : headBeforeSharedTail(national, international))
}

/** How many leading digits of `national` are not part of a tail it shares with `international` ("0501234567" / "380501234567": 1). */
function headBeforeSharedTail(national: string, international: string): number {
  let head = 0
  while (head < national.length && !international.endsWith(national.slice(head))) head++
  return head
}

function addEmail(tokens: Set<string>, email: string, withDomain: boolean): void {
  const folded = foldText(email.trim())
  if (folded === '') return
  tokens.add(folded)
  const local = folded.split('@')[0] ?? ''
  const at = folded.lastIndexOf('@')
  if (withDomain && at >= 0) for (const token of emailDomainTokens(folded.slice(at + 1))) tokens.add(token)
  for (const piece of local.split(/[^\p{L}\p{N}]+/u)) tokens.add(piece)
  // "wisniewska@wp" finds m.wisniewska@wp.pl: the address from each later piece of the local part.
  for (const match of local.matchAll(/[^\p{L}\p{N}]+/gu)) tokens.add(folded.slice(match.index + match[0].length))
}

function addCard(tokens: Set<string>, cardNumber: string): void {
  const compact = foldText(cardNumber).replace(/[^\p{L}\p{N}]/gu, '')
  if (compact === '') return
  tokens.add(compact)
  const digits = compact.replace(/\D/g, '')
  if (digits.length >= MIN_PHONE_RUN) tokens.add(digits)
}

/**
 * A typed query as prefix alternatives per word: `[["kowal"], ["jan"]]` means a token
 * starting with "kowal" AND one starting with "jan". Empty when there is nothing to search.
 * - A query of digits and phone punctuation ("601 23", "+48 601-23", "(050) 12") is one
 *   digit run; with a leading "00" it is also tried without it (international prefix).
 * - A word with "@" is an e-mail start and kept whole; one starting with "@" is a domain's
 *   start ("@onet" → "onet").
 * - A word with a dot between letters is a piece of an address ("onet.pl", "poczta.onet",
 *   "j.kowalski") and kept whole; a trailing dot is dropped ("onet." is "onet" typed on).
 * - Other words are folded; Cyrillic words also get their Latin readings, so "Ольга" finds
 *   a customer written "Olha" in Latin.
 */
export function searchQueryAlternatives(query: string): string[][] {
  const trimmed = query.trim()
  if (trimmed === '') return []
  if (/\d/.test(trimmed) && /^[\d\s+()./-]+$/.test(trimmed)) {
    const digits = trimmed.replace(/\D/g, '')
    // With "+" the run is the international form from its start: a token of its own.
    if (trimmed.startsWith('+')) return [[digits]]
    // "0048 601…" is an international prefix, but "004512" may be a card number: try both.
    // No country code starts with 0, so "000…" is digits only ("0" alone would find every trunk 0).
    const anywhere = withDigitBefore(digits)
    return /^00[1-9]/.test(digits) ? [[...anywhere, digits.slice(2)]] : [anywhere]
  }
  const words: string[][] = []
  for (const typed of trimmed.split(/\s+/)) {
    const part = typed.replace(/\.+$/, '')
    if (part.includes('@') || isAddressPiece(part)) {
      const whole = foldText(part.startsWith('@') ? part.slice(1) : part)
      if (whole !== '') words.push([whole])
      continue
    }
    for (const raw of rawWords(part)) {
      const alternatives = new Set<string>([foldText(raw)])
      if (hasCyrillic(raw)) for (const latin of cyrillicToLatin(raw)) alternatives.add(foldText(latin))
      alternatives.delete('')
      if (alternatives.size > 0) words.push([...alternatives])
    }
  }
  return dropRedundantWords(words)
}

/**
 * A digit run as it is found anywhere in a phone: phone suffixes start at every other digit,
 * so a run starting between two of them is the prefix of the one a digit earlier.
 */
function withDigitBefore(digits: string): string[] {
  return [digits, ...Array.from(DIGITS, (digit) => digit + digits)]
}

/** The same word typed twice ("jan jan") is one condition. */
function dropRedundantWords(words: string[][]): string[][] {
  const seen = new Set<string>()
  return words.filter((alternatives) => {
    const key = alternatives.join('|')
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** True when the customer's tokens satisfy the query (same rule the index query applies). */
export function tokensMatch(tokens: readonly string[], alternatives: string[][]): boolean {
  return alternatives.every((word) => word.some((prefix) => tokens.some((token) => token.startsWith(prefix))))
}

/** Folded "lastname firstname" for the name column's sort; falls back to e-mail or phone. */
export function customerSortName(customer: Pick<Customer, 'firstName' | 'lastName' | 'emails' | 'phones' | 'erased'>): string {
  if (customer.erased) return ''
  const name = foldedWords(`${customer.lastName} ${customer.firstName}`).join(' ')
  if (name !== '') return name
  return foldText(customer.emails[0] ?? customer.phones[0] ?? '')
}
