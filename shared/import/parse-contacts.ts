import * as v from 'valibot'
import { normalisePhone } from '../domain/phone'
import { emailSchema } from '../domain/schemas'
import { cellText, numberText, type ImportCell } from './cell'

/**
 * Phones and e-mails from a cell. A cell may hold several ("601 234 567 / 602 345 678",
 * "a@x.pl; b@y.pl"). Phones become E.164 with the row's country (or the desk's default);
 * numbers a spreadsheet turned into numbers are recovered: 48601234567 (the "+" lost) and
 * 601234567 (a leading zero lost, e.g. UK 07911 123456 → 7911123456) both read right.
 */

export type PhoneOutcome = { ok: true; e164: string } | { ok: false; raw: string; reason: 'phone-invalid' | 'phone-scientific' }

/** "4.86012E+10", "4,86012E+10": Excel showed the number in scientific notation and the CSV kept only that. */
const scientific = /^\d[.,]\d+e\+\d+$/i

function splitPhones(text: string): string[] {
  return text
    .split(/[;,/|\n]+|\s{2,}|\s+(?:or|lub|nebo|або|ou|или)\s+/i)
    .map((part) => part.trim().replace(/^(tel|mob|mobile|gsm|kom|tél|тел)\.?:?\s*/i, '').trim())
    .filter((part) => part !== '')
}

function readOne(raw: string, country: string): PhoneOutcome {
  if (scientific.test(raw)) return { ok: false, raw, reason: 'phone-scientific' }
  const direct = normalisePhone(raw, country)
  if (direct.ok) return { ok: true, e164: direct.e164 }
  const digits = raw.replace(/[\s().-]/g, '')
  if (/^\d{8,15}$/.test(digits) && !digits.startsWith('0')) {
    // The "+" was lost: 48601234567 is +48 601 234 567.
    const international = normalisePhone(`+${digits}`, country)
    if (international.ok) return { ok: true, e164: international.e164 }
    // The trunk zero was lost: 7911123456 at a British desk is 07911 123456.
    const national = normalisePhone(`0${digits}`, country)
    if (national.ok) return { ok: true, e164: national.e164 }
  }
  return { ok: false, raw, reason: 'phone-invalid' }
}

export function parsePhones(cell: ImportCell, country: string): PhoneOutcome[] {
  if (typeof cell === 'number') return Number.isFinite(cell) && cell > 0 ? [readOne(numberText(cell), country)] : []
  const text = cellText(cell)
  if (!text) return []
  // "4,86012E+10" has a comma, but it is one (ruined) number, not two.
  if (scientific.test(text)) return [readOne(text, country)]
  return splitPhones(text).map((part) => readOne(part, country))
}

export type EmailOutcome = { ok: true; email: string } | { ok: false; raw: string }

/** Checked with the same rule the customer form and the repositories apply (shared schema). */
export function parseEmails(cell: ImportCell): EmailOutcome[] {
  const text = cellText(cell)
  if (!text) return []
  return text
    .split(/[;,\s]+/)
    .map((part) => part.replace(/^mailto:/i, '').replace(/^<(.*)>$/, '$1').trim())
    .filter((part) => part !== '')
    .map((part) => {
      const email = part.toLowerCase()
      return v.is(emailSchema, email) ? { ok: true as const, email } : { ok: false as const, raw: part }
    })
}
