import { describe, expect, it } from 'vitest'
import { DAY_MS } from '@shared/domain/metrics'
import { freshDatabaseForEachTest } from '../test-support'
import { consentHistory, recordConsentChange } from './consents'
import { createCustomer } from './customers'
import { recentConsentEvents } from './customer-history'
import { profile, t0 } from './card-fixtures.test-support'

const db = freshDatabaseForEachTest()

const smsWording = 'I agree to receive appointment reminders and offers by SMS.'

describe('marketing consent history', () => {
  it('records each change with when, source, staff member and wording, and keeps the current state on the customer', async () => {
    const id = await createCustomer(db, profile({ firstName: 'Jana', phones: ['+420777123456'] }))
    await recordConsentChange(db, { customerId: id, channel: 'sms', granted: true, at: t0, source: 'desk', staffName: 'Tereza', wording: smsWording })
    await recordConsentChange(db, { customerId: id, channel: 'email', granted: true, at: t0 + DAY_MS, source: 'form', staffName: 'Ondřej', wording: 'Newsletter' })
    await recordConsentChange(db, { customerId: id, channel: 'sms', granted: false, at: t0 + 2 * DAY_MS, source: 'desk', staffName: 'Lucie', wording: smsWording })

    expect(await db.customers.get(id)).toMatchObject({
      consents: { sms: { granted: false, at: t0 + 2 * DAY_MS, source: 'desk' }, email: { granted: true, at: t0 + DAY_MS, source: 'form' } },
      consentSms: 0,
      consentEmail: 1
    })
    const history = await consentHistory(db, id)
    expect(history.map((event) => [event.channel, event.granted, event.source, event.staffName, event.wording])).toEqual([
      ['sms', true, 'desk', 'Tereza', smsWording],
      ['email', true, 'form', 'Ondřej', 'Newsletter'],
      ['sms', false, 'desk', 'Lucie', smsWording]
    ])
    expect((await recentConsentEvents(db, id, 2)).map((event) => event.staffName)).toEqual(['Lucie', 'Ondřej'])
  })

  it('files a late-entered paper form in the history without overriding a newer decision', async () => {
    const id = await createCustomer(db, profile({ firstName: 'Jana' }))
    await recordConsentChange(db, { customerId: id, channel: 'sms', granted: false, at: t0 + 5 * DAY_MS, source: 'desk', staffName: 'Tereza', wording: smsWording })
    await recordConsentChange(db, { customerId: id, channel: 'sms', granted: true, at: t0, source: 'form', staffName: 'Tereza', wording: smsWording })
    expect(await db.customers.get(id)).toMatchObject({ consents: { sms: { granted: false, at: t0 + 5 * DAY_MS } }, consentSms: 0 })
    expect((await consentHistory(db, id)).map((event) => event.granted)).toEqual([true, false])
  })

  it('keeps each customer’s history apart', async () => {
    const a = await createCustomer(db, profile({ firstName: 'A' }))
    const b = await createCustomer(db, profile({ firstName: 'B' }))
    await recordConsentChange(db, { customerId: a, channel: 'email', granted: true, at: t0, source: 'desk', staffName: 'M', wording: 'w' })
    expect(await consentHistory(db, b)).toEqual([])
    expect(await recentConsentEvents(db, b, 10)).toEqual([])
  })
})
