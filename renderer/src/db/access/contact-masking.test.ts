import { freshDatabase, type RegularsDatabase } from '@renderer/db/test-support'
import { beforeAll, describe, expect, it } from 'vitest'
import * as door from '@renderer/db'
import { emptyProfile } from '@shared/domain/customer'
import { rights } from '@shared/staff/rights'
import { ListEngine } from '../list-query/list-engine'

/**
 * A person whose role lacks "see contact details" reads every customer through the door with
 * phones, e-mails and street masked — card, search results, list rows, duplicates, exports —
 * still finds a customer by a number typed in full, and never saves a mask over a real value.
 */
let db: RegularsDatabase
let owner = 0
let masked = 0
let anna = 0
const phone = '+48601234123'
const email = 'anna.kowalska@gmail.com'

beforeAll(async () => {
  db = await freshDatabase()
  owner = (await door.setUpOwner(db, { name: 'Ewa', pin: '1111' })).staffId
  const noContacts = await door.createRole(db, { name: 'Temp', rights: rights.filter((right) => right !== 'see-contacts') })
  masked = await door.createStaffMember(db, { name: 'Ola', roleId: noContacts, allStores: true, storeIds: [], active: true }, '4444')
  anna = await door.createCustomer(db, {
    ...emptyProfile(),
    firstName: 'Anna',
    lastName: 'Kowalska',
    phones: [phone],
    emails: [email],
    address: { street: 'Puławska 12', postalCode: '02-512', city: 'Warszawa', country: 'PL' }
  })
  expect(await door.signIn(db, masked, '4444')).toEqual({ ok: true })
})

const leaks = (value: unknown) => ['601234', 'kowalska@', 'gmail', 'Puławska', '02-512'].filter((secret) => JSON.stringify(value).includes(secret))

describe('contact details for a person without the right to see them', () => {
  it('are masked on the card, in search results and the list’s rows', async () => {
    const card = await door.getCustomer(db, anna)
    expect(card).toMatchObject({ phones: ['+48 ••• ••• 123'], emails: ['a•••@g•••.com'], address: { street: '•••', city: 'Warszawa' } })
    expect(leaks(card)).toEqual([])
    expect(leaks(await door.getCustomers(db, [anna]))).toEqual([])
    const run = await new ListEngine(db).run({ sort: { column: 'name', direction: 'asc' }, search: 'kowalska', filters: {} }, { pageSize: 10, now: Date.now() })
    if (typeof run === 'string') throw new Error(run)
    expect(run.firstRows.map((row) => row.id)).toEqual([anna])
    expect(leaks(run.firstRows)).toEqual([])
    expect(leaks(await new ListEngine(db).rows({ kind: 'all', currency: '' }, [anna]))).toEqual([])
  })

  it('still find the customer by a number or an e-mail typed in full (the desk answers the phone)', async () => {
    expect(await door.searchCustomerIds(db, '601 234 123')).toEqual([anna])
    expect(await door.searchCustomerIds(db, email)).toEqual([anna])
    expect(leaks(await door.customersByContact(db, { phones: [phone] }))).toEqual([])
    expect(await door.customerIdsByContact(db, { phones: [phone] })).toEqual([anna])
  })

  it('are left out of exports and printed lists', async () => {
    const [row] = await door.exportableCustomers(db, [anna])
    expect(row).toMatchObject({ phones: [], emails: [], address: { street: '', postalCode: '', city: '', country: '' } })
  })

  it('are never saved as their mask: a masked form written back changes only what was typed', async () => {
    const card = (await door.getCustomer(db, anna))!
    await door.updateCustomer(db, anna, { phones: [...card.phones, '+48500100200'], emails: card.emails, address: { ...card.address, city: 'Kraków' }, notes: 'VIP' })
    await door.signIn(db, owner, '1111')
    expect(await door.getCustomer(db, anna)).toMatchObject({
      phones: [phone, '+48500100200'],
      emails: [email],
      address: { street: 'Puławska 12', postalCode: '02-512', city: 'Kraków', country: 'PL' },
      notes: 'VIP'
    })
  })

  it('are shown whole to the owner', async () => {
    await door.signIn(db, owner, '1111')
    expect((await door.getCustomer(db, anna))?.phones[0]).toBe(phone)
    expect((await door.exportableCustomers(db, [anna]))[0]?.emails).toEqual([email])
  })
})
