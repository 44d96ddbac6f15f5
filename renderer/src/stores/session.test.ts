// First: it puts fake-indexeddb in place before anything opens a database.
import { freshDatabase, setAppDb, type RegularsDatabase } from '@renderer/db/test-support'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { emptyProfile } from '@shared/domain/customer'
import { createCustomer, getCustomer } from '@renderer/db'
import { useSession } from './session'

let db: RegularsDatabase

beforeEach(async () => {
  db = await freshDatabase()
  setAppDb(db)
  setActivePinia(createPinia())
})
afterEach(() => {
  setAppDb(undefined)
  db.close()
})

/** A new base set up by its owner, who wrote the code down: the desk is open for them. */
async function setUpAndOpen(): Promise<ReturnType<typeof useSession>> {
  const session = useSession()
  await session.start()
  await session.setUp('Ewa', '2468')
  session.codeWrittenDown()
  return session
}

describe('the desk’s session', () => {
  it('starts at the owner’s set-up on a base without one, shows the recovery code once, then opens for the owner', async () => {
    const session = useSession()
    await session.start()
    expect(session.phase).toBe('set-up')
    await session.setUp('Ewa', '2468')
    expect(session.phase).toBe('recovery-code')
    expect(session.recoveryCode).toMatch(/^[2-9A-Z]{4}(-[2-9A-Z]{4}){4}$/)
    expect(session.person?.name).toBe('Ewa')
    session.codeWrittenDown()
    expect(session.phase).toBe('open')
    expect(session.recoveryCode).toBeNull()
    expect(session.rights.has('manage-staff')).toBe(true)
    expect(session.lastSignedInId).toBe(session.person?.id)
  })

  it('locks the data layer with the screen: no customer is read until a right PIN', async () => {
    const id = await createCustomer(db, { ...emptyProfile(), firstName: 'Anna', lastName: 'Nowak' })
    const session = await setUpAndOpen()
    const ownerId = session.person!.id
    expect((await getCustomer(db, id))?.lastName).toBe('Nowak')

    session.lock()
    expect(session.phase).toBe('locked')
    expect(session.person).toBeNull()
    expect(session.rights.size).toBe(0)
    expect(await getCustomer(db, id)).toBeUndefined()

    expect(await session.enter(ownerId, '1111')).toEqual({ ok: false, wrongInARow: 1, waitMs: 0 })
    expect(session.phase).toBe('locked')
    expect(await session.enter(ownerId, '2468')).toEqual({ ok: true })
    expect(session.phase).toBe('open')
    expect((await getCustomer(db, id))?.lastName).toBe('Nowak')
  })
})
