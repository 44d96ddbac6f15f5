import { emptyMetrics } from './metrics'
import { customerSortName, customerTokens } from './search-tokens'
import { NO_DATE, type ConsentChannel, type ConsentState, type Customer, type CustomerProfile, type EpochMs } from './types'

/**
 * The fields of a customer row that are derived from others and kept in step on every write
 * (by the repositories and the demo loader alike): search tokens, the name sort key, the
 * birthday month and the indexable consent flags.
 */
export type DerivedCustomerFields = Pick<Customer, 'tokens' | 'sortName' | 'birthdayMonth' | 'consentEmail' | 'consentSms'>

export function deriveCustomerFields(customer: Omit<Customer, keyof DerivedCustomerFields>): DerivedCustomerFields {
  return {
    tokens: customerTokens(customer),
    sortName: customerSortName(customer),
    birthdayMonth: birthdayMonth(customer.birthday),
    ...consentFlags(customer.consents)
  }
}

/** The indexable consent flags alone: for a write that changes consents and nothing tokens come from. */
export function consentFlags(consents: Customer['consents']): Pick<Customer, 'consentEmail' | 'consentSms'> {
  return { consentEmail: consents.email.granted ? 1 : 0, consentSms: consents.sms.granted ? 1 : 0 }
}

/** 1–12 from "YYYY-MM-DD" or "--MM-DD"; 0 when unknown. */
export function birthdayMonth(birthday: string): number {
  const match = /^(?:\d{4}|--)-(\d{2})-\d{2}$/.exec(birthday)
  if (!match) return 0
  const month = Number(match[1])
  return month >= 1 && month <= 12 ? month : 0
}

export function noConsent(): ConsentState {
  return { granted: false, at: NO_DATE }
}

export const consentChannels: readonly ConsentChannel[] = ['email', 'sms']

export function emptyProfile(): CustomerProfile {
  return {
    firstName: '',
    lastName: '',
    phones: [],
    emails: [],
    address: { street: '', postalCode: '', city: '', country: '' },
    birthday: '',
    cardNumber: '',
    notes: '',
    preferences: '',
    allergies: '',
    discountPercent: 0,
    categoryIds: [],
    groupIds: [],
    homeStoreId: 0,
    type: 'contact'
  }
}

/** Every property of a profile (optional ones too): a property missing here is a compile error below. */
const profileKeys = [
  'firstName',
  'lastName',
  'phones',
  'emails',
  'address',
  'birthday',
  'cardNumber',
  'notes',
  'preferences',
  'allergies',
  'discountPercent',
  'categoryIds',
  'groupIds',
  'homeStoreId',
  'type',
  'referral'
] as const satisfies readonly (keyof CustomerProfile)[]

type UnlistedProfileKey = Exclude<keyof CustomerProfile, (typeof profileKeys)[number]>
const everyProfileKeyListed: [UnlistedProfileKey] extends [never] ? true : { unlisted: UnlistedProfileKey } = true
void everyProfileKeyListed

/** The profile part of a customer row (what the profile schema validates); absent optional fields stay absent. */
export function profileOf(customer: CustomerProfile): CustomerProfile {
  const profile: Partial<Record<keyof CustomerProfile, unknown>> = {}
  for (const key of profileKeys) if (customer[key] !== undefined) profile[key] = customer[key]
  return profile as CustomerProfile
}

/**
 * A complete new customer row from a profile: no orders yet, no consents, not blocked.
 * The id is left to the database.
 */
export function newCustomer(profile: CustomerProfile, createdAt: EpochMs): Customer {
  const base: Omit<Customer, keyof DerivedCustomerFields> = {
    ...profile,
    ...emptyMetrics(createdAt),
    createdAt,
    updatedAt: createdAt,
    blocked: 0,
    erased: 0,
    consents: { email: noConsent(), sms: noConsent() },
    storeIds: []
  }
  return { ...base, ...deriveCustomerFields(base) }
}

/** The name to show: "First Last", or the main e-mail/phone for contacts without a name. */
export function displayName(customer: Pick<Customer, 'firstName' | 'lastName' | 'emails' | 'phones'>): string {
  const name = `${customer.firstName} ${customer.lastName}`.trim()
  return name || customer.emails[0] || customer.phones[0] || ''
}
