import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { freshDatabaseForEachTest } from '@renderer/db/test-support'
import { createSegment, deleteSegment, listSegments, updateSegment } from './segments'

const db = freshDatabaseForEachTest()

describe('segments', () => {
  it('saves the conditions (cleaned), lists them by name, renames and deletes', async () => {
    const lapsed = await createSegment(db, { name: '  Lapsed   VIPs ', description: 'Came often, gone quiet', filters: { notSeenDays: 90, categoryIds: [2, 1, 2], spend: {} } }, 1000)
    await createSegment(db, { name: 'Birthdays', description: '', filters: { birthdayThisMonth: true } })
    let segments = await listSegments(db)
    expect(segments.map((segment) => segment.name)).toEqual(['Birthdays', 'Lapsed VIPs'])
    expect(segments[1]).toMatchObject({ id: lapsed, description: 'Came often, gone quiet', filters: { notSeenDays: 90, categoryIds: [1, 2] }, createdAt: 1000 })

    await updateSegment(db, lapsed, { name: 'Lapsed regulars', description: '', filters: { notSeenDays: 60 } })
    segments = await listSegments(db)
    expect(segments[1]).toMatchObject({ name: 'Lapsed regulars', filters: { notSeenDays: 60 }, createdAt: 1000 })

    await deleteSegment(db, lapsed)
    expect((await listSegments(db)).map((segment) => segment.name)).toEqual(['Birthdays'])
  })

  it('refuses an empty, too long or duplicate name with a translatable code, and keeps what was there', async () => {
    await createSegment(db, { name: 'VIP', description: '', filters: {} })
    await expect(createSegment(db, { name: '   ', description: '', filters: {} })).rejects.toMatchObject({ code: 'segments.name-required' })
    await expect(createSegment(db, { name: 'x'.repeat(81), description: '', filters: {} })).rejects.toMatchObject({ code: 'segments.name-too-long' })
    await expect(createSegment(db, { name: 'vip', description: '', filters: {} })).rejects.toMatchObject({ code: 'segments.name-taken' })
    await expect(updateSegment(db, 999, { name: 'Other', description: '', filters: {} })).rejects.toMatchObject({ code: 'segments.not-found' })
    expect(await listSegments(db)).toHaveLength(1)
  })
})
