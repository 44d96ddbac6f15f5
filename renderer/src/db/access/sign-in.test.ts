import { freshDatabase, type RegularsDatabase } from '@renderer/db/test-support'
import { beforeEach, describe, expect, it } from 'vitest'
import * as door from '@renderer/db'

let db: RegularsDatabase
const now = 1_800_000_000_000

beforeEach(async () => {
  db = await freshDatabase()
})

describe('the owner set-up and signing in', () => {
  it('keeps the base open as "this PC" until the owner is set up, then only to a signed-in person', async () => {
    expect(await door.accessIsSetUp(db)).toBe(false)
    await door.setSetting(db, 'defaultPhoneCountry', 'CZ')
    const { staffId, recoveryCode } = await door.setUpOwner(db, { name: 'Ewa Nowak', pin: '482913' })
    expect(await door.accessIsSetUp(db)).toBe(true)
    expect(await door.signedInPerson(db)).toMatchObject({ id: staffId, name: 'Ewa Nowak', allStores: true })
    await expect(door.setUpOwner(db, { name: 'Someone else', pin: '1234' })).rejects.toMatchObject({ code: door.dataErrors.alreadySetUp })
    door.signOut(db)
    expect(await door.signedInPerson(db)).toBeNull()
    await expect(door.setSetting(db, 'defaultPhoneCountry', 'PL')).rejects.toMatchObject({ code: door.dataErrors.signedOut })
    expect(recoveryCode).toMatch(/^(\w{4}-){4}\w{4}$/)
  })

  it('keeps no PIN and no recovery code anywhere a reader of the database could find them', async () => {
    const { recoveryCode } = await door.setUpOwner(db, { name: 'Ewa', pin: '48291375' })
    const tables = await Promise.all(db.tables.map((table) => table.toArray()))
    const everything = JSON.stringify(tables)
    expect(everything).not.toContain('48291375')
    expect(everything).not.toContain(recoveryCode.replaceAll('-', ''))
    expect(everything).not.toContain(recoveryCode)
    expect(JSON.stringify(await door.listStaff(db))).not.toMatch(/salt|hash/)
  })

  it('refuses PINs that are not 4 to 8 digits', async () => {
    await expect(door.setUpOwner(db, { name: 'Ewa', pin: '123' })).rejects.toMatchObject({ code: door.dataErrors.invalid, details: { path: 'pin' } })
    await expect(door.setUpOwner(db, { name: 'Ewa', pin: '12345abc' })).rejects.toMatchObject({ code: door.dataErrors.invalid })
  })

  it('waits 30 s after five wrong PINs, then 60 s, and lets the right PIN in once the wait is over', async () => {
    const { staffId } = await door.setUpOwner(db, { name: 'Ewa', pin: '2580' })
    door.signOut(db)
    for (let attempt = 1; attempt <= 4; attempt++) expect(await door.signIn(db, staffId, '0000', now)).toEqual({ ok: false, wrongInARow: attempt, waitMs: 0 })
    expect(await door.signIn(db, staffId, '0000', now)).toEqual({ ok: false, wrongInARow: 5, waitMs: 30_000 })
    // During the wait even the right PIN is not tried.
    expect(await door.signIn(db, staffId, '2580', now + 10_000)).toEqual({ ok: false, wrongInARow: 5, waitMs: 20_000 })
    expect(await door.signIn(db, staffId, '0000', now + 30_000)).toEqual({ ok: false, wrongInARow: 6, waitMs: 60_000 })
    expect(await door.signIn(db, staffId, '2580', now + 90_000)).toEqual({ ok: true })
    door.signOut(db)
    expect(await door.signIn(db, staffId, '0000', now + 90_001)).toEqual({ ok: false, wrongInARow: 1, waitMs: 0 })
  })

  it('resets a forgotten owner PIN with the recovery code, which is then replaced', async () => {
    const { staffId, recoveryCode } = await door.setUpOwner(db, { name: 'Ewa', pin: '2580' })
    door.signOut(db)
    expect(await door.resetOwnerPin(db, staffId, 'AAAA-BBBB-CCCC-DDDD-EEEE', '7777', now)).toMatchObject({ ok: false, wrongInARow: 1 })
    const reset = await door.resetOwnerPin(db, staffId, recoveryCode.toLowerCase(), '7777', now)
    expect(reset.ok).toBe(true)
    expect(reset.recoveryCode).not.toBe(recoveryCode)
    door.signOut(db)
    expect(await door.signIn(db, staffId, '2580', now)).toMatchObject({ ok: false })
    expect(await door.signIn(db, staffId, '7777', now)).toEqual({ ok: true })
    expect(await door.resetOwnerPin(db, staffId, recoveryCode, '1212', now)).toMatchObject({ ok: false })
  })
})

describe('managing staff', () => {
  it('deactivates people instead of deleting them, and a deactivated person cannot sign in', async () => {
    const { staffId: owner } = await door.setUpOwner(db, { name: 'Ewa', pin: '2580' })
    const kasia = await door.createStaffMember(db, { name: 'Kasia', roleId: 'front-desk', allStores: false, storeIds: [2], active: true }, '3690')
    await door.updateStaffMember(db, kasia, { name: 'Kasia', roleId: 'front-desk', allStores: false, storeIds: [2], active: false })
    expect((await door.listStaff(db)).map(({ name, active, hasPin }) => ({ name, active, hasPin }))).toEqual([
      { name: 'Ewa', active: true, hasPin: true },
      { name: 'Kasia', active: false, hasPin: true }
    ])
    await expect(door.signIn(db, kasia, '3690')).rejects.toMatchObject({ code: door.dataErrors.staffNotFound })
    await expect(door.updateStaffMember(db, owner, { name: 'Ewa', roleId: 'manager', allStores: true, storeIds: [], active: true })).rejects.toMatchObject({
      code: door.dataErrors.lastOwner
    })
    expect('deleteStaffMember' in door).toBe(false)
  })

  it('keeps the wrong-PIN count and the lock time out of reach of the features\' settings', async () => {
    const { staffId } = await door.setUpOwner(db, { name: 'Ewa', pin: '2580' })
    door.signOut(db)
    for (let attempt = 0; attempt < 5; attempt++) await door.signIn(db, staffId, '0000', now)
    await expect(door.setFeatureSetting(db, 'signInBackoff', {})).rejects.toMatchObject({ code: door.dataErrors.notAllowed })
    await expect(door.setFeatureSetting(db, 'lockAfterMinutes', 240)).rejects.toMatchObject({ code: door.dataErrors.notAllowed })
    expect(await door.signIn(db, staffId, '2580', now + 1_000)).toMatchObject({ ok: false, waitMs: 29_000 })
  })

  it('lets only an owner make, change or give a PIN to an owner', async () => {
    const { staffId: owner } = await door.setUpOwner(db, { name: 'Ewa', pin: '2580' })
    const roleId = await door.createRole(db, { name: 'Staff lead', rights: ['see-contacts', 'manage-staff'] })
    const lead = await door.createStaffMember(db, { name: 'Ola', roleId, allStores: true, storeIds: [], active: true }, '1357')
    expect(await door.signIn(db, lead, '1357')).toEqual({ ok: true })
    await expect(door.setStaffPin(db, owner, '0000')).rejects.toMatchObject({ code: door.dataErrors.notAllowed })
    await expect(door.createStaffMember(db, { name: 'Bob', roleId: 'owner', allStores: true, storeIds: [], active: true }, '1111')).rejects.toMatchObject({
      code: door.dataErrors.notAllowed
    })
    await door.updateRole(db, roleId, { name: 'Staff lead', rights: ['see-contacts'] })
    await expect(door.createStaffMember(db, { name: 'Bob', roleId: 'front-desk', allStores: true, storeIds: [], active: true }, '1111')).rejects.toMatchObject({
      code: door.dataErrors.notAllowed,
      details: { right: 'manage-staff' }
    })
  })
})
