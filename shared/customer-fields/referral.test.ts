import { describe, expect, it } from 'vitest'
import { defaultReferralSources, otherSourceId, referralReader, referralText } from './referral'

const names = new Map([
  [1, 'Walk-in'],
  [2, 'Polecenie'],
  [8, 'TikTok']
])
const read = referralReader(
  [
    { id: 1, names: ['Walk-in', 'Z ulicy'] },
    { id: 2, names: ['Recommendation', 'Polecenie', 'Doporučení'] },
    { id: 8, names: ['TikTok'] }
  ],
  7
)

describe('a referral as text', () => {
  it('is the source’s name, then its details after a dash', () => {
    expect(referralText({ sourceId: 2, note: 'Anna K.' }, names)).toBe('Polecenie — Anna K.')
    expect(referralText({ sourceId: 1, note: '' }, names)).toBe('Walk-in')
    expect(referralText({ sourceId: 9, note: '' }, names)).toBe('#9')
    expect(referralText(undefined, names)).toBe('')
  })

  it('reads back as it was written (an export imported again)', () => {
    for (const referral of [{ sourceId: 2, note: 'Anna K.' }, { sourceId: 1, note: '' }, { sourceId: 8, note: 'the reel about colours' }]) {
      expect(read(referralText(referral, names))).toEqual(referral)
    }
  })

  it('finds a source by any of its names, case, diacritics and punctuation aside; details after a dash, a colon or in brackets', () => {
    expect(read('z ulicy')).toEqual({ sourceId: 1, note: '' })
    expect(read('WALK IN')).toEqual({ sourceId: 1, note: '' })
    expect(read('Doporuceni: Jana')).toEqual({ sourceId: 2, note: 'Jana' })
    expect(read('Recommendation (Anna)')).toEqual({ sourceId: 2, note: 'Anna' })
    expect(read('tiktok - a friend’s video')).toEqual({ sourceId: 8, note: 'a friend’s video' })
  })

  it('keeps an unknown value whole as details of "other"; an empty cell says nothing', () => {
    expect(read('Plakat w windzie')).toEqual({ sourceId: 7, note: 'Plakat w windzie' })
    expect(read('Walkers club - Monday group')).toEqual({ sourceId: 7, note: 'Walkers club - Monday group' })
    expect(read('   ')).toBeNull()
  })

  it('starts from seven presets, "other" among them', () => {
    const sources = defaultReferralSources()
    expect(sources.map((source) => source.preset)).toEqual(['walk-in', 'recommendation', 'instagram', 'facebook', 'google', 'booking-portal', 'other'])
    expect(otherSourceId(sources)).toBe(7)
  })
})
