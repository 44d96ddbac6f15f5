import { freshDatabase, type RegularsDatabase } from '../test-support'
import { beforeEach, describe, expect, it } from 'vitest'
import { emptyProfile } from '@shared/domain/customer'
import * as door from '@renderer/db'

let db: RegularsDatabase

beforeEach(async () => {
  db = await freshDatabase()
})

describe('the people of the audit log', () => {
  it('offers everyone on the staff and whoever the newest entries name, and a person finds what they did and what they approved', async () => {
    await door.appendAudit(db, { action: 'demo-data', staffName: door.THIS_PC, customerIds: [] })
    const { staffId: ewa } = await door.setUpOwner(db, { name: 'Ewa', pin: '1111' })
    const kasia = await door.createStaffMember(db, { name: 'Kasia', roleId: 'front-desk', allStores: true, storeIds: [], active: true }, '3333')
    await door.createStaffMember(db, { name: 'Basia', roleId: 'manager', allStores: true, storeIds: [], active: false }, '4444')
    const customer = await door.createCustomer(db, { ...emptyProfile(), firstName: 'Zofia', lastName: 'Nowak' })
    await door.blockCustomer(db, customer, true, { staffName: door.THIS_PC })
    await door.signIn(db, kasia, '3333')
    await door.approveOnce(db, ewa, '1111', 'block')
    await door.blockCustomer(db, customer, false, { staffName: door.THIS_PC })
    await door.signIn(db, ewa, '1111')

    expect(await door.auditPeople(db)).toEqual([door.THIS_PC, 'Basia', 'Ewa', 'Kasia'])
    const byEwa = await door.auditEntriesPage(db, { actions: [], staffName: 'Ewa' }, { limit: 10 })
    expect(byEwa.entries.map(({ action, staffName, approvedBy }) => ({ action, staffName, approvedBy }))).toEqual([
      { action: 'unblock', staffName: 'Kasia', approvedBy: 'Ewa' },
      { action: 'block', staffName: 'Ewa', approvedBy: undefined }
    ])
    const byKasia = await door.auditEntriesPage(db, { actions: [], staffName: 'Kasia' }, { limit: 10 })
    expect(byKasia.entries.map((entry) => entry.action)).toEqual(['unblock'])
  })

  it('is refused to a person who may not see the audit log', async () => {
    await door.setUpOwner(db, { name: 'Ewa', pin: '1111' })
    const kasia = await door.createStaffMember(db, { name: 'Kasia', roleId: 'front-desk', allStores: true, storeIds: [], active: true }, '3333')
    await door.signIn(db, kasia, '3333')
    await expect(door.auditPeople(db)).rejects.toMatchObject({ code: door.dataErrors.notAllowed, details: { right: 'see-audit' } })
  })
})
