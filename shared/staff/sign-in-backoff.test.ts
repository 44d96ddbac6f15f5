import { describe, expect, it } from 'vitest'
import { afterWrongPin, noBackoff, waitLeft, type BackoffState } from './sign-in-backoff'

function wrongPins(count: number, now: number, from: BackoffState = noBackoff): BackoffState {
  let state = from
  for (let index = 0; index < count; index++) state = afterWrongPin(state, now)
  return state
}

describe('wrong-PIN back-off', () => {
  const now = 1_800_000_000_000

  it('lets four wrong PINs pass and makes the fifth wait 30 s', () => {
    expect(waitLeft(wrongPins(4, now), now)).toBe(0)
    const fifth = wrongPins(5, now)
    expect(waitLeft(fifth, now)).toBe(30_000)
    expect(waitLeft(fifth, now + 29_999)).toBe(1)
    expect(waitLeft(fifth, now + 30_000)).toBe(0)
  })

  it('doubles the wait with each further wrong PIN, up to an hour', () => {
    const fifth = wrongPins(5, now)
    const sixth = afterWrongPin(fifth, now + 30_000)
    expect(waitLeft(sixth, now + 30_000)).toBe(60_000)
    expect(waitLeft(afterWrongPin(sixth, now + 90_000), now + 90_000)).toBe(120_000)
    expect(waitLeft(wrongPins(20, now), now)).toBe(3_600_000)
  })
})
