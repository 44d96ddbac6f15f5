import { phoneDigitForms } from './phone'
import { foldedWords, foldText, hasCyrillic, rawWords } from './text-fold'
import { cyrillicToLatin } from './transliterate'
import type { CustomerProfile } from './types'

/**
 * Finding copies of one person's data outside their own row (right to be forgotten, F21): an
 * audit detail that names them, a saved segment that searched for their phone, a setting that
 * remembers a typed e-mail. A text counts as a copy when it holds one of the person's
 * distinctive values:
 * - the full name in either order, or the last name as a whole word (also in its Latin
 *   readings when written in Cyrillic), or a text that is exactly the first name;
 * - a phone's digits (international or national form) among the text's digits;
 * - an e-mail, the card number, the street line, the full birthday, or the notes,
 *   preferences and allergies texts (when long enough not to be a common word).
 * Short, common fragments (a 2-letter name, a city alone) are not personal on their own.
 */

export interface PersonalMatcher {
  /** Whether a text holds one of the person's values. */
  matches(text: string): boolean
  /** Whether there is anything to look for at all. */
  readonly empty: boolean
}

const MIN_WORD = 3
const MIN_FREE_TEXT = 6
const MIN_DIGITS = 6

function compact(text: string): string {
  return foldText(text).replace(/[\s\-./]/g, '')
}

function digitsOf(text: string): string {
  return text.replace(/\D/g, '')
}

/** Each word of a name, folded, plus the Latin readings of Cyrillic words. */
function nameWordReadings(name: string): string[] {
  const readings = new Set<string>()
  for (const word of rawWords(name)) {
    readings.add(foldText(word))
    if (hasCyrillic(word)) for (const latin of cyrillicToLatin(word)) readings.add(foldText(latin))
  }
  readings.delete('')
  return [...readings]
}

export function personalMatcher(profile: Pick<CustomerProfile, 'firstName' | 'lastName' | 'phones' | 'emails' | 'address' | 'birthday' | 'cardNumber' | 'notes' | 'preferences' | 'allergies'>): PersonalMatcher {
  const contained: string[] = []
  const wholeWords: string[] = []
  const exact: string[] = []
  const digitRuns: string[] = []

  const first = foldText(profile.firstName.trim())
  const last = foldText(profile.lastName.trim())
  if (first && last) contained.push(`${first} ${last}`, `${last} ${first}`)
  for (const reading of nameWordReadings(profile.lastName)) if (reading.length >= MIN_WORD) wholeWords.push(reading)
  if (first) exact.push(first)

  for (const phone of profile.phones) {
    const { international, national } = phoneDigitForms(phone)
    for (const run of [international, national]) if (run.length >= MIN_DIGITS) digitRuns.push(run)
  }
  for (const email of profile.emails) if (email) contained.push(foldText(email))
  // Card numbers are written with or without spaces and dashes: compared without them.
  const card = compact(profile.cardNumber)
  if (profile.address.street.trim().length >= MIN_FREE_TEXT) contained.push(foldText(profile.address.street.trim()))
  if (/^\d{4}-\d{2}-\d{2}$/.test(profile.birthday)) contained.push(profile.birthday)
  for (const text of [profile.notes, profile.preferences, profile.allergies]) {
    if (text.trim().length >= MIN_FREE_TEXT) contained.push(foldText(text.trim()))
  }

  const uniqueContained = [...new Set(contained.filter(Boolean))]
  const uniqueWords = new Set(wholeWords)
  const uniqueExact = new Set(exact)
  const uniqueDigits = [...new Set(digitRuns)]

  return {
    empty: uniqueContained.length + uniqueWords.size + uniqueExact.size + uniqueDigits.length === 0 && card.length < 4,
    matches(text: string): boolean {
      if (!text) return false
      const folded = foldText(text)
      if (uniqueExact.has(folded.trim())) return true
      if (uniqueContained.some((value) => folded.includes(value))) return true
      if (card.length >= 4 && compact(text).includes(card)) return true
      if (uniqueWords.size > 0 && foldedWords(text).some((word) => uniqueWords.has(word))) return true
      if (uniqueDigits.length > 0) {
        const digits = digitsOf(text)
        if (digits.length >= MIN_DIGITS && uniqueDigits.some((run) => digits.includes(run))) return true
      }
      return false
    }
  }
}

/** The text put where a copy of erased personal data was. */
export const ERASED_TEXT = '[erased]'

/**
 * A copy of a JSON value with every string that holds the person's data replaced by
 * ERASED_TEXT (object keys are kept: they are field names, not data). Returns the same value
 * (===) when nothing changed, so callers write only rows that held a copy.
 */
export function scrubPersonalValues<T>(value: T, matcher: PersonalMatcher): T {
  if (matcher.empty) return value
  return scrub(value, matcher) as T
}

function scrub(value: unknown, matcher: PersonalMatcher): unknown {
  if (typeof value === 'string') return matcher.matches(value) ? ERASED_TEXT : value
  if (Array.isArray(value)) {
    let changed = false
    const next = value.map((item) => {
      const scrubbed = scrub(item, matcher)
      if (scrubbed !== item) changed = true
      return scrubbed
    })
    return changed ? next : value
  }
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    let changed = false
    const next: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) {
      const scrubbed = scrub(item, matcher)
      if (scrubbed !== item) changed = true
      next[key] = scrubbed
    }
    return changed ? next : value
  }
  return value
}
