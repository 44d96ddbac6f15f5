import { describe, expect, it } from 'vitest'
import { emptyProfile } from '@shared/domain/customer'
import { freshDatabaseForEachTest } from '../test-support'
import { createCustomer, updateCustomer } from './customers'
import { addReferralSource, listReferralSources, referralSourceUseCount, renameReferralSource, setReferralSourceHidden } from './referral-sources'

const db = freshDatabaseForEachTest()

describe('the referral sources of Settings', () => {
  it('start as the seven presets; the manager adds, renames and hides — never deletes — and customers keep theirs', async () => {
    expect((await listReferralSources(db)).map((source) => [source.id, source.preset, source.name])).toEqual([
      [1, 'walk-in', ''],
      [2, 'recommendation', ''],
      [3, 'instagram', ''],
      [4, 'facebook', ''],
      [5, 'google', ''],
      [6, 'booking-portal', ''],
      [7, 'other', '']
    ])
    const tiktok = await addReferralSource(db, '  TikTok ')
    expect(tiktok).toBe(8)
    await renameReferralSource(db, 4, 'Facebook ads')
    const customer = await createCustomer(db, { ...emptyProfile(), firstName: 'Ola', referral: { sourceId: tiktok, note: '' } })
    await setReferralSourceHidden(db, tiktok, true)
    const sources = await listReferralSources(db)
    expect(sources.find((source) => source.id === 4)).toMatchObject({ preset: 'facebook', name: 'Facebook ads' })
    expect(sources.find((source) => source.id === tiktok)).toEqual({ id: tiktok, name: 'TikTok', hidden: true })
    expect(await referralSourceUseCount(db, tiktok)).toBe(1)
    expect((await db.customers.get(customer))!.referral).toEqual({ sourceId: tiktok, note: '' })

    // A preset renamed to nothing gets its translated name back; the manager's own needs a name.
    await renameReferralSource(db, 4, '')
    expect((await listReferralSources(db)).find((source) => source.id === 4)).toMatchObject({ preset: 'facebook', name: '' })
    await expect(renameReferralSource(db, tiktok, ' ')).rejects.toMatchObject({ code: 'data.invalid' })
    await expect(addReferralSource(db, '')).rejects.toMatchObject({ code: 'data.invalid' })
    await setReferralSourceHidden(db, tiktok, false)
    expect((await listReferralSources(db)).find((source) => source.id === tiktok)).toEqual({ id: tiktok, name: 'TikTok' })
  })

  it('counts customers through the sparse index: recorded, changed and cleared', async () => {
    const a = await createCustomer(db, { ...emptyProfile(), firstName: 'A', referral: { sourceId: 2, note: 'Anna K.' } })
    await createCustomer(db, { ...emptyProfile(), firstName: 'B' })
    expect(await referralSourceUseCount(db, 2)).toBe(1)
    await updateCustomer(db, a, { referral: { sourceId: 3, note: '' } })
    expect([await referralSourceUseCount(db, 2), await referralSourceUseCount(db, 3)]).toEqual([0, 1])
    await updateCustomer(db, a, { referral: undefined })
    expect(await referralSourceUseCount(db, 3)).toBe(0)
    expect('referral' in (await db.customers.get(a))!).toBe(false)
  })
})
