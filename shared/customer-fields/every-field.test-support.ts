import { newCustomer } from '../domain/customer'
import type { Customer } from '../domain/types'
import type { FieldLookups } from './field-lookups'

/**
 * A customer with every field of the catalogue holding a value (derived.test.ts checks that
 * it does, so a new field must be given one here), and the lookups that name its ids.
 */
export function customerWithEveryField(): Customer {
  const at = Date.UTC(2025, 4, 6, 10)
  const base = newCustomer(
    {
      firstName: 'Bożena',
      lastName: 'Wróblewska',
      phones: ['+48601234567', '+420777123456'],
      emails: ['bozena@example.pl', 'b.w@firma.cz'],
      address: { street: 'ul. Kwiatowa 17/3', postalCode: '02-512', city: 'Warszawa', country: 'PL' },
      birthday: '1984-11-23',
      cardNumber: 'KARTA-99182',
      notes: 'Comes on Saturdays',
      preferences: 'Espresso with oat milk',
      allergies: 'Nickel',
      discountPercent: 10,
      categoryIds: [1],
      groupIds: [2],
      homeStoreId: 3,
      type: 'registered',
      referral: { sourceId: 2, note: 'Anna K.' }
    },
    at
  )
  return {
    ...base,
    id: 42,
    blocked: 1,
    consents: { email: { granted: true, at, source: 'desk' }, sms: { granted: true, at, source: 'desk' } },
    consentEmail: 1,
    consentSms: 1,
    orderCount: 5,
    visits: 4,
    noShows: 1,
    totalValue: 50_000,
    averageValue: 10_000,
    tipsTotal: 1_500,
    firstOrderAt: at + 86_400_000,
    lastOrderAt: at + 30 * 86_400_000,
    lastActivityAt: at + 30 * 86_400_000,
    active: 1,
    estimatedAnnualValue: 120_000
  }
}

export const everyFieldLookups: FieldLookups = {
  categoryNames: new Map([[1, 'VIP']]),
  groupNames: new Map([[2, 'Newsletter']]),
  storeNames: new Map([[3, 'Salon Mokotów']]),
  typeLabels: { registered: 'Registered', contact: 'Contact' },
  dayAndMonth: (month, day) => `${day}.${month}.`,
  referralSourceNames: new Map([[2, 'Recommendation']])
}
