import { describe, expect, it } from 'vitest'
import { waitText } from './wait-text'

describe('the stated wait', () => {
  it('rounds up to whole seconds, never saying zero while it waits', () => {
    expect(waitText(29_200, 'en')).toMatch(/^30 seconds$/)
    expect(waitText(200, 'en')).toMatch(/^1 second$/)
  })

  it('says minutes and seconds in the UI language', () => {
    expect(waitText(90_000, 'en')).toMatch(/1 minute.*30 seconds/)
    expect(waitText(60_000, 'pl')).toMatch(/1 minuta/)
  })
})
