import { describe, expect, it } from 'vitest'
import { NO_DATE } from '../domain/types'
import { countInto, emptyAudienceCount, messageEligibility, type MessageCustomer } from './eligibility'

const given = { granted: true, at: 1_700_000_000_000, source: 'desk' as const }
const never = { granted: false, at: NO_DATE }

function customer(patch: Partial<MessageCustomer> = {}): MessageCustomer {
  return { erased: 0, blocked: 0, consents: { sms: given, email: given }, phones: ['+48601234567'], emails: ['anna@example.pl'], ...patch }
}

describe('who may get a message', () => {
  it('a customer with a current consent and a usable contact gets it on that channel', () => {
    expect(messageEligibility(customer(), 'sms')).toEqual({ ok: true, contact: '+48601234567' })
    expect(messageEligibility(customer(), 'email')).toEqual({ ok: true, contact: 'anna@example.pl' })
  })

  it('a consent withdrawn after it was given leaves the customer out', () => {
    const withdrawn = customer({ consents: { sms: { granted: false, at: given.at + 86_400_000, source: 'desk' }, email: given } })
    expect(messageEligibility(withdrawn, 'sms')).toEqual({ ok: false, reason: 'noConsent' })
    expect(messageEligibility(withdrawn, 'email').ok).toBe(true)
  })

  it('never asked is no consent', () => {
    expect(messageEligibility(customer({ consents: { sms: never, email: never } }), 'email')).toEqual({ ok: false, reason: 'noConsent' })
  })

  it('blocked and erased customers are left out whatever they consented to', () => {
    expect(messageEligibility(customer({ blocked: 1 }), 'sms')).toEqual({ ok: false, reason: 'blocked' })
    expect(messageEligibility(customer({ erased: 1, blocked: 1, phones: [], emails: [] }), 'sms')).toEqual({ ok: false, reason: 'erased' })
  })

  it('needs a number in E.164 or a valid address, and prefers a mobile number', () => {
    expect(messageEligibility(customer({ phones: [] }), 'sms')).toEqual({ ok: false, reason: 'noContact' })
    expect(messageEligibility(customer({ phones: ['601 234 567', '+4860'] }), 'sms')).toEqual({ ok: false, reason: 'noContact' })
    expect(messageEligibility(customer({ phones: ['+48221234567', '+48601234567'] }), 'sms')).toEqual({ ok: true, contact: '+48601234567' })
    expect(messageEligibility(customer({ phones: ['+48221234567'] }), 'sms')).toEqual({ ok: true, contact: '+48221234567' })
    expect(messageEligibility(customer({ emails: ['not an address'] }), 'email')).toEqual({ ok: false, reason: 'noContact' })
  })

  it('counts each reason', () => {
    const count = emptyAudienceCount()
    for (const c of [customer(), customer({ blocked: 1 }), customer({ phones: [] }), customer({ consents: { sms: never, email: never } })]) countInto(count, messageEligibility(c, 'sms'))
    expect(count).toEqual({ total: 4, eligible: 1, excluded: { erased: 0, blocked: 1, noConsent: 1, noContact: 1 } })
  })
})
