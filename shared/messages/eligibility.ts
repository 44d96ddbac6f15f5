import * as v from 'valibot'
import { isMobilePhone, isStorablePhone } from '../domain/phone'
import { emailSchema } from '../domain/schemas'
import type { ConsentChannel, Customer } from '../domain/types'

/**
 * Who may get a marketing message on a channel (F11, F20, F21): a customer whose current
 * consent for that channel is "given" (the row holds the latest decision: a withdrawal after
 * a consent wins), with a contact the channel can use, not blocked, not erased. Every other
 * customer is left out for the first reason that applies, so the dialog can say why.
 */

export const exclusionReasons = ['erased', 'blocked', 'noConsent', 'noContact'] as const
export type ExclusionReason = (typeof exclusionReasons)[number]

export type Eligibility = { ok: true; contact: string } | { ok: false; reason: ExclusionReason }

export type MessageCustomer = Pick<Customer, 'erased' | 'blocked' | 'consents' | 'phones' | 'emails'>

/** A number a text can go to: E.164 as the records keep it, a mobile range first. */
export function smsNumber(phones: readonly string[]): string | undefined {
  const usable = phones.filter((phone) => /^\+[1-9]\d{6,14}$/.test(phone) && isStorablePhone(phone))
  return usable.find(isMobilePhone) ?? usable[0]
}

export function emailAddress(emails: readonly string[]): string | undefined {
  return emails.find((email) => v.safeParse(emailSchema, email).success)
}

export function messageEligibility(customer: MessageCustomer, channel: ConsentChannel): Eligibility {
  if (customer.erased) return { ok: false, reason: 'erased' }
  if (customer.blocked) return { ok: false, reason: 'blocked' }
  if (!customer.consents[channel]?.granted) return { ok: false, reason: 'noConsent' }
  const contact = channel === 'sms' ? smsNumber(customer.phones) : emailAddress(customer.emails)
  return contact ? { ok: true, contact } : { ok: false, reason: 'noContact' }
}

/** What one pass over an audience found, per channel. */
export interface AudienceCount {
  /** Customers looked at. */
  total: number
  eligible: number
  excluded: Record<ExclusionReason, number>
}

export function emptyAudienceCount(): AudienceCount {
  return { total: 0, eligible: 0, excluded: { erased: 0, blocked: 0, noConsent: 0, noContact: 0 } }
}

export function countInto(count: AudienceCount, eligibility: Eligibility): void {
  count.total += 1
  if (eligibility.ok) count.eligible += 1
  else count.excluded[eligibility.reason] += 1
}
