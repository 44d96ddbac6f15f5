import { describe, expect, it } from 'vitest'
import { newCustomer, emptyProfile } from '../domain/customer'
import { NOT_ESTIMABLE } from '../domain/types'
import { customerExportRow, exportFieldsWith, type CustomerExportLookups } from './customer-fields'

const lookups: CustomerExportLookups = {
  categoryNames: new Map([[1, 'VIP'], [2, 'Stali klienci']]),
  groupNames: new Map(),
  storeNames: new Map([[3, 'Salon Mokotów']]),
  typeLabels: { registered: 'Zarejestrowany', contact: 'Kontakt' },
  dayAndMonth: (month, day) => `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.`,
  referralSourceNames: new Map([[2, 'Polecenie']])
}

describe('customer export fields', () => {
  it('reads each field the way a spreadsheet should show it', () => {
    const customer = {
      ...newCustomer({ ...emptyProfile(), firstName: 'Łucja', lastName: 'Wąs', phones: ['+48601234567', '+420602123456'], emails: ['lucja@example.pl'], categoryIds: [2, 1, 9], homeStoreId: 3, birthday: '--04-12' }, 1_700_000_000_000),
      id: 42,
      estimatedAnnualValue: NOT_ESTIMABLE
    }
    const row = customerExportRow(customer, ['id', 'firstName', 'phone', 'otherPhones', 'otherEmails', 'categories', 'homeStore', 'birthday', 'estimatedAnnualValue', 'averageValue', 'firstOrderAt', 'type', 'blocked'], lookups)
    expect(row).toEqual([42, 'Łucja', '+48 601 234 567', '+420 602 123 456', null, 'Stali klienci, VIP, #9', 'Salon Mokotów', '12.04.', null, null, null, 'Kontakt', 0])
    const born = customerExportRow({ ...customer, birthday: '1985-04-12' }, ['birthday'], lookups)[0] as number
    expect([new Date(born).getFullYear(), new Date(born).getMonth(), new Date(born).getDate(), new Date(born).getHours()]).toEqual([1985, 3, 12, 0])
  })

  it('adds the list’s visible columns after the defaults, once', () => {
    const fields = exportFieldsWith(['lastName', 'visits', 'tipsTotal', 'visits'])
    expect(fields.filter((key) => key === 'lastName')).toHaveLength(1)
    expect(fields.slice(-2)).toEqual(['visits', 'tipsTotal'])
  })
})
