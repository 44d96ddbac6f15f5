import { describe, expect, it } from 'vitest'
import { csvFieldWriter } from '../export/csv-cells'
import { messageFileColumns, messageFileRow } from './message-files'

const context = { locale: 'pl', separator: ',', currency: 'PLN', flagLabels: { yes: 'tak', no: 'nie' } }

describe('message list files', () => {
  it("use each service's own column names", () => {
    expect(messageFileColumns('mailchimp', 'email').map((c) => c.header)).toEqual(['Email Address', 'First Name', 'Last Name'])
    expect(messageFileColumns('brevo', 'sms').map((c) => c.header)).toEqual(['SMS', 'FIRSTNAME', 'LASTNAME'])
    expect(messageFileColumns('brevo', 'email').map((c) => c.header)).toEqual(['EMAIL', 'FIRSTNAME', 'LASTNAME'])
    expect(messageFileColumns('sms', 'sms').map((c) => c.header)).toEqual(['phone', 'name', 'message'])
    expect(messageFileRow('sms', { firstName: 'Anna', lastName: 'Nowak', contact: '+48601234567', message: 'Cześć Anna' })).toEqual(['+48601234567', 'Anna Nowak', 'Cześć Anna'])
  })

  it('write an E.164 number with its "+" and neutralise anything else that could start a formula', () => {
    const [phone] = messageFileColumns('sms', 'sms').map((column) => csvFieldWriter(column, context))
    expect(phone('+48601234567')).toBe('+48601234567')
    expect(phone('+1+1')).toBe("'+1+1")
    expect(phone('+48601234567 ')).toBe("'+48601234567 ")
    expect(phone('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    const [, name] = messageFileColumns('sms', 'sms').map((column) => csvFieldWriter(column, context))
    expect(name('+48601234567')).toBe("'+48601234567")
  })
})
