import { describe, expect, it } from 'vitest'
import { emptyProfile } from '@shared/domain/customer'
import type { CustomerProfile } from '@shared/domain/types'
import { freshDatabaseForEachTest } from './test-support'
import { createCustomer } from './repositories/customers'
import { searchCustomerIds } from './search'

const db = freshDatabaseForEachTest()
const add = (profile: Partial<CustomerProfile>) => createCustomer(db, { ...emptyProfile(), ...profile }, { now: 1 })


describe('searchCustomerIds on the token index', () => {
  it('ANDs words, ORs a word\'s readings, and lists a customer once however many tokens match', async () => {
    const zofia = await add({ firstName: 'Zofia', lastName: 'Wójcik', emails: ['wojcik.zofia@wp.pl'] })
    const jan = await add({ firstName: 'Jan', lastName: 'Wójcik', phones: ['+48601234567'] })
    const olha = await add({ firstName: 'Ольга', lastName: 'Шевченко', phones: ['+380501234567'] })
    const olga = await add({ firstName: 'Olga', lastName: 'Tokarczuk' })

    expect(await searchCustomerIds(db, 'wojc')).toEqual([zofia, jan])
    expect(await searchCustomerIds(db, 'Wójcik jan')).toEqual([jan])
    expect(await searchCustomerIds(db, 'wojc', 1)).toHaveLength(1)
    // Cyrillic typed: its own script and its Latin readings (olha, olga) are all tried.
    expect(await searchCustomerIds(db, 'Ольга')).toEqual([olha, olga])
    expect(await searchCustomerIds(db, 'olha shev')).toEqual([olha])
    expect(await searchCustomerIds(db, '050 123')).toEqual([olha])
    expect(await searchCustomerIds(db, '601 23')).toEqual([jan])
    expect(await searchCustomerIds(db, 'nikt')).toEqual([])
    expect(await searchCustomerIds(db, '  ')).toEqual([])
  })
})
