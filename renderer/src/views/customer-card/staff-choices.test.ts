import { describe, expect, it } from 'vitest'
import { THIS_PC } from '@renderer/db'
import { defaultStaffName } from './staff-choices'

describe('who served, before the desk picks', () => {
  it('is the signed-in person', () => {
    expect(defaultStaffName('Ola', 'Reception')).toBe('Ola')
  })

  it('before the set-up, the Settings name, none while it is "this PC"', () => {
    expect(defaultStaffName(undefined, 'Reception')).toBe('Reception')
    expect(defaultStaffName(undefined, THIS_PC)).toBe('')
  })
})
