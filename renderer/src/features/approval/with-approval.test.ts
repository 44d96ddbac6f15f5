import { beforeEach, describe, expect, it } from 'vitest'
import { freshDatabase, type RegularsDatabase } from '@renderer/db/test-support'
import * as door from '@renderer/db'
import { emptyProfile } from '@shared/domain/customer'
import type { Right } from '@shared/staff/rights'
import { approversOf, withApproval } from './with-approval'

let db: RegularsDatabase
let owner: number
let manager: number
let frontDesk: number
let customerId: number

beforeEach(async () => {
  db = await freshDatabase()
  owner = (await door.setUpOwner(db, { name: 'Ewa', pin: '1111' })).staffId
  manager = await door.createStaffMember(db, { name: 'Marta', roleId: 'manager', allStores: true, storeIds: [], active: true }, '2222')
  frontDesk = await door.createStaffMember(db, { name: 'Kasia', roleId: 'front-desk', allStores: true, storeIds: [], active: true }, '3333')
  customerId = await door.createCustomer(db, { ...emptyProfile(), firstName: 'Zofia', lastName: 'Nowak' })
  await door.signIn(db, frontDesk, '3333')
})

/** The dialog's part, as a manager at the desk would play it: picks who approves and types a PIN. */
function approvalBy(approverId: number, pin: string, asked: Right[] = []) {
  return async (right: Right) => {
    asked.push(right)
    return (await door.approveOnce(db, approverId, pin, right)).ok
  }
}

const declined = async () => false
const forget = () => door.forgetApproval(db)
const actor = { staffName: 'this PC' }

describe('a refused action and its one-time approval', () => {
  it('runs a refused action again once a manager approved it, and its audit entry names both', async () => {
    const asked: Right[] = []
    await withApproval(() => door.blockCustomer(db, customerId, true, actor), approvalBy(manager, '2222', asked), { forget })
    expect(asked).toEqual(['block'])
    expect((await door.getCustomer(db, customerId))?.blocked).toBe(1)
    const [entry] = await db.audit.where('action').equals('block').toArray()
    expect(entry).toMatchObject({ staffName: 'Kasia', approvedBy: 'Marta' })
  })

  it('asks before starting when the missing right is known, and the approval lasts one action only', async () => {
    const asked: Right[] = []
    await withApproval(() => door.blockCustomer(db, customerId, true, actor), approvalBy(owner, '1111', asked), { lacking: 'block', forget })
    expect(asked).toEqual(['block'])
    await expect(door.blockCustomer(db, customerId, false, actor)).rejects.toMatchObject({ code: door.dataErrors.notAllowed, details: { right: 'block' } })
  })

  it('keeps the refusal when nobody approves, and the action never ran', async () => {
    await expect(withApproval(() => door.blockCustomer(db, customerId, true, actor), declined, { forget })).rejects.toMatchObject({
      code: door.dataErrors.notAllowed,
      details: { right: 'block' }
    })
    expect((await door.getCustomer(db, customerId))?.blocked).toBe(0)
  })

  it('does not approve with a wrong PIN', async () => {
    await expect(withApproval(() => door.blockCustomer(db, customerId, true, actor), approvalBy(manager, '9999'), { forget })).rejects.toMatchObject({
      code: door.dataErrors.notAllowed
    })
    expect((await door.getCustomer(db, customerId))?.blocked).toBe(0)
  })

  it('forgets an approval its action never used (the person cancelled the save dialog)', async () => {
    const cancelled = await withApproval(async () => 'cancelled', approvalBy(manager, '2222'), { lacking: 'block', forget })
    expect(cancelled).toBe('cancelled')
    await expect(door.blockCustomer(db, customerId, true, actor)).rejects.toMatchObject({ code: door.dataErrors.notAllowed })
  })

  it('passes other errors through without asking anyone', async () => {
    const asked: Right[] = []
    await door.signIn(db, owner, '1111')
    await expect(withApproval(() => door.blockCustomer(db, 999_999, true, actor), approvalBy(manager, '2222', asked))).rejects.toMatchObject({
      code: door.dataErrors.customerNotFound
    })
    expect(asked).toEqual([])
  })

  it('offers as approvers only active people with a PIN whose role has the right', async () => {
    const [staff, roles] = await Promise.all([door.listStaff(db), door.listRoles(db)])
    expect(approversOf(staff, roles, 'block', frontDesk).map((member) => member.name)).toEqual(['Ewa', 'Marta'])
    expect(approversOf(staff, roles, 'manage-staff', frontDesk).map((member) => member.name)).toEqual(['Ewa'])
    await door.signIn(db, owner, '1111')
    await door.updateStaffMember(db, manager, { name: 'Marta', roleId: 'manager', allStores: true, storeIds: [], active: false })
    expect(approversOf(await door.listStaff(db), roles, 'block', frontDesk).map((member) => member.name)).toEqual(['Ewa'])
  })
})
