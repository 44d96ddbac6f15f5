import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max'

/**
 * Phone numbers are stored in E.164 ("+48601234567"). What the desk types is read with the
 * default country from Settings, so "601 234 567" at a Polish desk becomes +48601234567 and a
 * number with its own "+"/"00" prefix keeps its country. Uses the full ("max") metadata so
 * validation checks real number ranges, not only lengths.
 */

export type PhoneProblem = 'empty' | 'not-a-number' | 'invalid'

export type PhoneResult = { ok: true; e164: string; country: string | undefined } | { ok: false; problem: PhoneProblem }

/** ISO 3166-1 alpha-2 upper case, e.g. "PL". */
export function isCountryCode(value: string): boolean {
  return /^[A-Z]{2}$/.test(value)
}

export function normalisePhone(input: string, defaultCountry: string): PhoneResult {
  const parsed = parseTyped(input, defaultCountry)
  if (!('number' in parsed)) return parsed
  if (!parsed.isValid()) return { ok: false, problem: 'invalid' }
  return { ok: true, e164: parsed.number, country: parsed.country }
}

/**
 * Like normalisePhone, but a number of the right length in a range libphonenumber's data does
 * not know (a new or unusual range: "possible", not "valid") is kept too, with `verified`
 * false, so an imported number is never lost to an out-of-date table. A placeholder of one
 * repeated digit ("000 000 000") is not a number.
 */
export function normalisePossiblePhone(input: string, defaultCountry: string): (PhoneResult & { ok: false }) | { ok: true; e164: string; verified: boolean } {
  const parsed = parseTyped(input, defaultCountry)
  if (!('number' in parsed)) return parsed
  if (parsed.isValid()) return { ok: true, e164: parsed.number, verified: true }
  if (parsed.isPossible() && !/^(\d)\1*$/.test(parsed.nationalNumber)) return { ok: true, e164: parsed.number, verified: false }
  return { ok: false, problem: 'invalid' }
}

/** A stored number as the records accept it: valid, or possible in a range not known yet (normalisePossiblePhone). */
export function isStorablePhone(e164: string): boolean {
  const result = normalisePossiblePhone(e164, '')
  return result.ok && result.e164 === e164
}

/** A number in a mobile range (or one that may be either, as in the US): the one to call or text first. */
export function isMobilePhone(e164: string): boolean {
  const type = parsePhoneNumberFromString(e164)?.getType()
  return type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE'
}

function parseTyped(input: string, defaultCountry: string): PhoneNumber | { ok: false; problem: PhoneProblem } {
  const trimmed = input.trim()
  if (trimmed === '') return { ok: false, problem: 'empty' }
  // "00" is the international prefix in every country we serve; libphonenumber wants "+".
  const typed = trimmed.startsWith('00') ? `+${trimmed.slice(2)}` : trimmed
  if (!/\d/.test(typed) || /[^\d\s+()./-]/.test(typed)) return { ok: false, problem: 'not-a-number' }
  return parsePhoneNumberFromString(typed, asCountry(defaultCountry)) ?? { ok: false, problem: 'not-a-number' }
}

/**
 * The digit strings a stored number is known by: international without "+" ("48601234567")
 * and national as dialled at home, with the trunk 0 where the country uses one
 * ("0501234567" for +380501234567; "601234567" for Poland, which has none).
 */
export function phoneDigitForms(e164: string): { international: string; national: string } {
  const international = e164.replace(/\D/g, '')
  const parsed = parsePhoneNumberFromString(e164)
  const national = parsed ? parsed.format('NATIONAL').replace(/\D/g, '') : international
  return { international, national }
}

/** "+48 601 234 567" for display; the input unchanged when it cannot be read. */
export function formatPhoneInternational(e164: string): string {
  return parsePhoneNumberFromString(e164)?.format('INTERNATIONAL') ?? e164
}

/** National format for numbers of the desk's own country, international for the rest. */
export function formatPhoneForDesk(e164: string, deskCountry: string): string {
  const parsed = parsePhoneNumberFromString(e164)
  if (!parsed) return e164
  return parsed.country === deskCountry ? parsed.format('NATIONAL') : parsed.format('INTERNATIONAL')
}

function asCountry(code: string): CountryCode | undefined {
  return isCountryCode(code) ? (code as CountryCode) : undefined
}
