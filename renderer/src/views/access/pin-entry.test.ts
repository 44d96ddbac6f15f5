import { describe, expect, it } from 'vitest'
import { padKeyOf, pressPadKey, type PadKey } from './pin-entry'

function typed(keys: PadKey[]): { pin: string; submit: boolean } {
  let state = { pin: '', submit: false }
  for (const key of keys) state = pressPadKey(state.pin, key)
  return state
}

describe('the PIN pad', () => {
  it('adds digits and takes no more than eight', () => {
    expect(typed(['1', '2', '3']).pin).toBe('123')
    expect(typed(['1', '2', '3', '4', '5', '6', '7', '8', '9', '0']).pin).toBe('12345678')
  })

  it('Back removes the last digit, and does nothing on an empty PIN', () => {
    expect(typed(['1', '2', 'back', '3']).pin).toBe('13')
    expect(typed(['back']).pin).toBe('')
  })

  it('Enter tries the PIN only once it has four digits', () => {
    expect(typed(['1', '2', '3', 'enter'])).toEqual({ pin: '123', submit: false })
    expect(typed(['1', '2', '3', '4', 'enter'])).toEqual({ pin: '1234', submit: true })
  })
})

describe('keyboard keys on the PIN pad', () => {
  const key = (value: string, held: Partial<KeyboardEvent> = {}) => padKeyOf({ key: value, ctrlKey: false, altKey: false, metaKey: false, ...held })

  it('takes digits (main row and keypad alike), Backspace and Enter', () => {
    expect(['0', '7', 'Backspace', 'Enter'].map((value) => key(value))).toEqual(['0', '7', 'back', 'enter'])
  })

  it('ignores letters, other keys and shortcuts such as Ctrl+1', () => {
    expect([key('a'), key('Escape'), key('F5'), key('1', { ctrlKey: true }), key('1', { metaKey: true })]).toEqual([null, null, null, null, null])
  })
})
