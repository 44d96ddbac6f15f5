import { describe, expect, it } from 'vitest'
import { onlyDigits } from '@renderer/components/pin-input'
import { newPinProblem } from './new-pin'

describe('a new PIN typed twice', () => {
  it('is 4 to 8 digits, the same both times', () => {
    expect(newPinProblem('2468', '2468')).toBeNull()
    expect(newPinProblem('12345678', '12345678')).toBeNull()
    expect(newPinProblem('123', '123')).toBe('pinFormat')
    expect(newPinProblem('123456789', '123456789')).toBe('pinFormat')
    expect(newPinProblem('2468', '2469')).toBe('pinsDiffer')
  })

  it('boxes let in digits only', () => {
    expect([onlyDigits('0123'), onlyDigits(''), onlyDigits('12a'), onlyDigits('1 2')]).toEqual([true, true, false, false])
  })
})
