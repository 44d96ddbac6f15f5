import * as v from 'valibot'
import { isStorablePhone, normalisePhone, type PhoneProblem } from '@shared/domain/phone'
import { customerProfileSchema, emailSchema, firstIssue, type CustomerProfileInput } from '@shared/domain/schemas'
import type { Customer, CustomerType, Id } from '@shared/domain/types'

/**
 * The create/edit form as data: what the desk typed (phones as typed, birthday in parts),
 * turned into a valid profile or into inline errors by field. Phones are read with the
 * default country from Settings and stored in E.164; e-mails are trimmed and lower-cased.
 */

export interface CustomerDraft {
  firstName: string
  lastName: string
  phones: string[]
  emails: string[]
  street: string
  postalCode: string
  city: string
  country: string
  birthDay: number | null
  birthMonth: number | null
  birthYear: number | null
  cardNumber: string
  discountPercent: number | null
  type: CustomerType
  homeStoreId: Id | 0
  notes: string
  preferences: string
  allergies: string
  categoryIds: Id[]
  groupIds: Id[]
  /** How they found us: a source of the manager's list (null: not recorded), and details. */
  referralSourceId: Id | null
  referralNote: string
}

/** Error codes, translated as `customer-form.errors.<code>`. */
export type FormErrorCode =
  | 'name-or-contact-required'
  | 'phone-not-a-number'
  | 'phone-invalid'
  | 'email-invalid'
  | 'birthday-invalid'
  | 'discount-range'
  | 'too-long'
  | 'too-many'
  | 'invalid'

export function emptyDraft(): CustomerDraft {
  return {
    firstName: '',
    lastName: '',
    phones: [''],
    emails: [''],
    street: '',
    postalCode: '',
    city: '',
    country: '',
    birthDay: null,
    birthMonth: null,
    birthYear: null,
    cardNumber: '',
    discountPercent: 0,
    type: 'contact',
    homeStoreId: 0,
    notes: '',
    preferences: '',
    allergies: '',
    categoryIds: [],
    groupIds: [],
    referralSourceId: null,
    referralNote: ''
  }
}

export function draftFromCustomer(customer: Customer): CustomerDraft {
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(customer.birthday)
  const partial = /^--(\d{2})-(\d{2})$/.exec(customer.birthday)
  return {
    firstName: customer.firstName,
    lastName: customer.lastName,
    phones: customer.phones.length ? [...customer.phones] : [''],
    emails: customer.emails.length ? [...customer.emails] : [''],
    street: customer.address.street,
    postalCode: customer.address.postalCode,
    city: customer.address.city,
    country: customer.address.country,
    birthDay: full ? +full[3]! : partial ? +partial[2]! : null,
    birthMonth: full ? +full[2]! : partial ? +partial[1]! : null,
    birthYear: full ? +full[1]! : null,
    cardNumber: customer.cardNumber,
    discountPercent: customer.discountPercent,
    type: customer.type,
    homeStoreId: customer.homeStoreId,
    notes: customer.notes,
    preferences: customer.preferences,
    allergies: customer.allergies,
    categoryIds: [...customer.categoryIds],
    groupIds: [...customer.groupIds],
    referralSourceId: customer.referral?.sourceId ?? null,
    referralNote: customer.referral?.note ?? ''
  }
}

/** A typed phone as E.164, or why it is not one (empty input: null problem, nothing stored). */
export function readPhone(typed: string, defaultCountry: string): { e164?: string; problem?: FormErrorCode } {
  if (typed.trim() === '') return {}
  const result = normalisePhone(typed, defaultCountry)
  if (result.ok) return { e164: result.e164 }
  // A number kept by an import in a range the phone data does not know yet comes back as stored: saving the customer keeps it.
  if (isStorablePhone(typed)) return { e164: typed }
  return { problem: phoneProblemCode(result.problem) }
}

function phoneProblemCode(problem: PhoneProblem): FormErrorCode {
  return problem === 'invalid' ? 'phone-invalid' : 'phone-not-a-number'
}

/** A typed e-mail trimmed and lower-cased, or why it is not valid. */
export function readEmail(typed: string): { email?: string; problem?: FormErrorCode } {
  const email = typed.trim().toLowerCase()
  if (email === '') return {}
  return v.safeParse(emailSchema, email).success ? { email } : { problem: 'email-invalid' }
}

/** "YYYY-MM-DD", "--MM-DD", "" — or null when the parts do not make a real date. */
export function birthdayFromParts(day: number | null, month: number | null, year: number | null, today = new Date()): string | null {
  if (day === null && month === null && year === null) return ''
  if (day === null || month === null) return null
  if (!Number.isInteger(day) || !Number.isInteger(month) || month < 1 || month > 12 || day < 1) return null
  const checkYear = year ?? 2000 // a leap year: 29 February without a year is a real birthday
  if (year !== null && (!Number.isInteger(year) || year < 1900 || year > today.getFullYear())) return null
  if (day > new Date(Date.UTC(checkYear, month, 0)).getUTCDate()) return null
  const mm = String(month).padStart(2, '0')
  const dd = String(day).padStart(2, '0')
  return year === null ? `--${mm}-${dd}` : `${year}-${mm}-${dd}`
}

export interface DraftResult {
  profile?: CustomerProfileInput
  /** Field path ("firstName", "phones.1", "emails.0", "birthday", "form") → error code. */
  errors: Record<string, FormErrorCode>
}

const knownCodes = new Set<string>(['name-or-contact-required', 'email-invalid', 'birthday-invalid', 'discount-range', 'too-long', 'too-many', 'phone-invalid'])

export function validateDraft(draft: CustomerDraft, defaultCountry: string): DraftResult {
  const errors: Record<string, FormErrorCode> = {}
  const phones: string[] = []
  draft.phones.forEach((typed, index) => {
    const { e164, problem } = readPhone(typed, defaultCountry)
    if (problem) errors[`phones.${index}`] = problem
    else if (e164 && !phones.includes(e164)) phones.push(e164)
  })
  const emails: string[] = []
  draft.emails.forEach((typed, index) => {
    const { email, problem } = readEmail(typed)
    if (problem) errors[`emails.${index}`] = problem
    else if (email && !emails.includes(email)) emails.push(email)
  })
  const birthday = birthdayFromParts(draft.birthDay, draft.birthMonth, draft.birthYear)
  if (birthday === null) errors['birthday'] = 'birthday-invalid'
  const discount = draft.discountPercent ?? 0
  if (discount < 0 || discount > 100) errors['discountPercent'] = 'discount-range'
  if (Object.keys(errors).length > 0) return { errors }

  const profile: CustomerProfileInput = {
    firstName: draft.firstName.trim(),
    lastName: draft.lastName.trim(),
    phones,
    emails,
    address: { street: draft.street.trim(), postalCode: draft.postalCode.trim(), city: draft.city.trim(), country: draft.country },
    birthday: birthday ?? '',
    cardNumber: draft.cardNumber.trim(),
    notes: draft.notes.trim(),
    preferences: draft.preferences.trim(),
    allergies: draft.allergies.trim(),
    discountPercent: discount,
    categoryIds: [...draft.categoryIds],
    groupIds: [...draft.groupIds],
    homeStoreId: draft.homeStoreId,
    type: draft.type,
    // Undefined, not left out: saving an edit without a source takes the one recorded off.
    referral: draft.referralSourceId ? { sourceId: draft.referralSourceId, note: draft.referralNote.trim() } : undefined
  }
  const parsed = v.safeParse(customerProfileSchema, profile)
  if (parsed.success) return { profile: parsed.output, errors }
  const issue = firstIssue(parsed.issues)
  return { errors: { [fieldOfPath(issue.path)]: (knownCodes.has(issue.code) ? issue.code : 'invalid') as FormErrorCode } }
}

/** Where a schema issue (or a repository's `data.invalid` details) is shown in the form. */
export function fieldOfPath(path: string): string {
  if (path === '') return 'form'
  if (path.startsWith('address.')) return path.slice('address.'.length)
  if (path.startsWith('referral')) return 'referralNote'
  return path
}
