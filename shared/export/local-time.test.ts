import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localIsoDateTime, toExcelWallClock } from './local-time'

describe('wall-clock time for Excel', () => {
  const saved = process.env['TZ']
  beforeAll(() => {
    process.env['TZ'] = 'Europe/Warsaw'
  })
  afterAll(() => {
    process.env['TZ'] = saved
  })

  it('keeps the local time in winter (UTC+1) and in summer (UTC+2)', () => {
    const winter = new Date(2026, 0, 15, 9, 30).getTime()
    const summer = new Date(2026, 6, 15, 9, 30).getTime()
    expect(new Date(winter).toISOString()).toBe('2026-01-15T08:30:00.000Z')
    expect(toExcelWallClock(winter).toISOString()).toBe('2026-01-15T09:30:00.000Z')
    expect(toExcelWallClock(summer).toISOString()).toBe('2026-07-15T09:30:00.000Z')
  })

  it('keeps the calendar day of a late-evening visit', () => {
    const late = new Date(2026, 2, 31, 23, 45).getTime()
    expect(toExcelWallClock(late).toISOString().slice(0, 16)).toBe('2026-03-31T23:45')
    expect(localIsoDateTime(new Date(late))).toBe('2026-03-31 23:45')
  })
})
