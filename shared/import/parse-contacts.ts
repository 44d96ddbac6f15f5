import * as v from 'valibot'
import { isMobilePhone, normalisePossiblePhone } from '../domain/phone'
import { emailSchema } from '../domain/schemas'
import { cellText, numberText, type ImportCell } from './cell'

/**
 * Phones and e-mails from a cell. A cell may hold several: Google Contacts joins them with
 * " ::: ", people with ";", a new line, "/", "or", or a comma ("601 234 567 ::: 22 123 45 67",
 * "a@x.pl; b@y.pl"). Phones become E.164 with the row's country (or the desk's default);
 * numbers a spreadsheet turned into numbers are recovered: 48601234567 (the "+" lost) and
 * 601234567 (a leading zero lost, e.g. UK 07911 123456 → 7911123456) both read right. A
 * number of the right length in a range the phone data does not know is kept, unverified.
 */

export type PhoneOutcome =
  | { ok: true; e164: string; /** In a range libphonenumber knows; false: possible only, to be checked. */ verified: boolean }
  | { ok: false; raw: string; reason: 'phone-invalid' | 'phone-scientific' }

/** "4.86012E+10", "4,86012E+10": Excel showed the number in scientific notation and the CSV kept only that. */
const scientific = /^\d[.,]\d+e\+\d+$/i

/** Separators that always part two values: Google's " ::: ", ";", "|", a line break. */
const valueSeparator = /\s*:::\s*|[;|\n]+/

const phoneSeparator = /\/+|\s{2,}|\s+(?:or|lub|nebo|або|ou|или)\s+/i

function withoutLabel(part: string): string {
  return part.trim().replace(/^(tel|mob|mobile|gsm|kom|tél|тел)\.?:?\s*/i, '').trim()
}

/**
 * A comma parts two phones only when each side is a whole number on its own ("601 234 567,
 * 22 123 45 67"); otherwise it is punctuation inside one ("48,601,234,567").
 */
function splitPhoneCommas(part: string): string[] {
  if (!part.includes(',')) return [part]
  const pieces = part.split(',').map((piece) => piece.trim())
  return pieces.every((piece) => piece.replace(/\D/g, '').length >= 6) ? pieces : [part.replace(/,/g, '')]
}

function splitPhones(text: string): string[] {
  return text
    .split(valueSeparator)
    .flatMap((part) => part.split(phoneSeparator))
    .map(withoutLabel)
    .flatMap(splitPhoneCommas)
    .filter((part) => part !== '')
}

function readOne(raw: string, country: string): PhoneOutcome {
  if (scientific.test(raw)) return { ok: false, raw, reason: 'phone-scientific' }
  const direct = normalisePossiblePhone(raw, country)
  if (direct.ok && direct.verified) return { ok: true, e164: direct.e164, verified: true }
  const digits = raw.replace(/[\s().-]/g, '')
  if (/^\d{8,15}$/.test(digits) && !digits.startsWith('0')) {
    // The "+" was lost: 48601234567 is +48 601 234 567. The trunk zero was lost: 7911123456 at a British desk is 07911 123456.
    // A guess must give a number in a known range: "601234567" at an American desk is not Malaysia's +60 1234567.
    for (const guess of [`+${digits}`, `0${digits}`]) {
      const reading = normalisePossiblePhone(guess, country)
      if (reading.ok && reading.verified) return { ok: true, e164: reading.e164, verified: true }
    }
  }
  // As written, in a range the phone data does not know yet: kept, to be checked.
  return direct.ok ? { ok: true, e164: direct.e164, verified: false } : { ok: false, raw, reason: 'phone-invalid' }
}

export function parsePhones(cell: ImportCell, country: string): PhoneOutcome[] {
  if (typeof cell === 'number') return Number.isFinite(cell) && cell > 0 ? [readOne(numberText(cell), country)] : []
  const text = cellText(cell)
  if (!text) return []
  // "4,86012E+10" has a comma, but it is one (ruined) number, not two.
  if (scientific.test(text)) return [readOne(text, country)]
  return splitPhones(text).map((part) => readOne(part, country))
}

/** A customer's phones with the mobile first: the main number is the one the desk can call and text (stable otherwise). */
export function mobileFirst(phones: readonly string[]): string[] {
  const mobile = phones.filter(isMobilePhone)
  return [...mobile, ...phones.filter((phone) => !mobile.includes(phone))]
}

export type EmailOutcome = { ok: true; email: string } | { ok: false; raw: string }

/** Checked with the same rule the customer form and the repositories apply (shared schema). */
export function parseEmails(cell: ImportCell): EmailOutcome[] {
  const text = cellText(cell)
  if (!text) return []
  return text
    .split(valueSeparator)
    .flatMap((part) => part.split(/[,\s]+/))
    .map((part) => part.replace(/^mailto:/i, '').replace(/^<(.*)>$/, '$1').trim())
    .filter((part) => part !== '')
    .map((part) => {
      const email = part.toLowerCase()
      return v.is(emailSchema, email) ? { ok: true as const, email } : { ok: false as const, raw: part }
    })
}
