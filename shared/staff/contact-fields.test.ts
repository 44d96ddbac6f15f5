import { describe, expect, it } from 'vitest'
import { exportFieldKeys } from '../customer-fields/derived'
import { contactFieldKeys, withoutContactFields } from './contact-fields'

describe('contact fields of an export', () => {
  it('are the phones, e-mails and address, and nothing else', () => {
    expect(contactFieldKeys).toEqual(expect.arrayContaining(['phone', 'otherPhones', 'email']))
    expect(contactFieldKeys.some((key) => /street|postal|address/i.test(key))).toBe(true)
    expect(contactFieldKeys).not.toContain('firstName')
    expect(withoutContactFields(exportFieldKeys)).toEqual(exportFieldKeys.filter((key) => !contactFieldKeys.includes(key)))
    expect(withoutContactFields(['firstName', 'phone', 'email'] as const)).toEqual(['firstName'])
  })
})
