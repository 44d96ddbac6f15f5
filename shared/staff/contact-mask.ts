import { parsePhoneNumberFromString } from 'libphonenumber-js/max'
import type { Address, CustomerProfile } from '../domain/types'

/**
 * What a person without the "see contact details" right (F23) gets instead of a customer's
 * phones, e-mails and address: enough to tell two numbers or addresses apart when the
 * customer says "the one ending 123", never enough to call or write to them. The desk still
 * finds a customer by a number typed in full (the search tokens are never masked), but reads
 * it back only masked.
 */

type Contacts = Pick<CustomerProfile, 'phones' | 'emails' | 'address'>

/** The character a mask is made of. Never part of a real phone, e-mail or address we store. */
export const MASK = '•'
const HIDDEN = MASK.repeat(3)

/** "+48601234123" → "+48 ••• ••• 123": the country's code and the last three digits. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '')
  const last = digits.length > 5 ? digits.slice(-3) : ''
  const code = parsePhoneNumberFromString(phone)?.countryCallingCode
  return [code ? `+${code}` : '', HIDDEN, HIDDEN, last].filter(Boolean).join(' ')
}

/** "anna.kowalska@gmail.com" → "a•••@g•••.com": first letters and the top-level domain. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@')
  if (at <= 0) return HIDDEN
  const domain = email.slice(at + 1)
  const dot = domain.lastIndexOf('.')
  const top = dot > 0 ? domain.slice(dot) : ''
  return `${email[0]}${HIDDEN}@${domain[0] ?? ''}${HIDDEN}${top}`
}

/** The city and country stay (they tell which store's customer this is); street and postal code go. */
export function maskAddress(address: Address): Address {
  return {
    street: address.street ? HIDDEN : '',
    postalCode: address.postalCode ? HIDDEN : '',
    city: address.city,
    country: address.country
  }
}

/**
 * A row as a person without the right reads it (a copy; the row itself is untouched). A stored
 * customer's search tokens hold every phone's digits and whole e-mail: they go too.
 */
export function withMaskedContacts<T extends Contacts>(row: T): T {
  return { ...row, phones: row.phones.map(maskPhone), emails: row.emails.map(maskEmail), address: maskAddress(row.address), ...noTokens(row) }
}

function noTokens(row: object): { tokens?: string[] } {
  return 'tokens' in row ? { tokens: [] } : {}
}

export function isMasked(value: string): boolean {
  return value.includes(MASK)
}

/**
 * A patch written from a masked view, with every masked value put back to the stored one it
 * stands for: a mask is "unchanged", never a new value. A masked list item that stands for no
 * stored value (edited around the dots) is dropped; a new value typed in full is kept.
 */
export function unmaskContacts<P extends Partial<Contacts>>(patch: P, stored: Contacts): P {
  const result = { ...patch }
  if (patch.phones) result.phones = unmaskList(patch.phones, stored.phones, maskPhone)
  if (patch.emails) result.emails = unmaskList(patch.emails, stored.emails, maskEmail)
  if (patch.address) {
    const masked = maskAddress(stored.address)
    const address = { ...patch.address }
    for (const key of ['street', 'postalCode'] as const) {
      if (isMasked(address[key]) || address[key] === masked[key]) address[key] = stored.address[key]
    }
    result.address = address
  }
  return result
}

function unmaskList(input: readonly string[], stored: readonly string[], mask: (value: string) => string): string[] {
  const unused = [...stored]
  const result: string[] = []
  for (const value of input) {
    if (!isMasked(value)) {
      result.push(value)
      continue
    }
    const index = unused.findIndex((candidate) => mask(candidate) === value)
    if (index >= 0) result.push(...unused.splice(index, 1))
  }
  return result
}

/** A row for an export or a printed list by a person without the right: no contact at all (a mask on paper helps nobody). */
export function withoutContacts<T extends Contacts>(row: T): T {
  return { ...row, phones: [], emails: [], address: { street: '', postalCode: '', city: '', country: '' }, ...noTokens(row) }
}
