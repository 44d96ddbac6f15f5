import { MAX_PIN_DIGITS, MIN_PIN_DIGITS } from '@shared/staff/pin'

// The pad takes no more digits than the longest PIN.
export { MAX_PIN_DIGITS, MIN_PIN_DIGITS }

/** A key of the PIN pad, pressed on screen or on the keyboard. */
export type PadKey = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | 'back' | 'enter'

/**
 * The PIN typed so far after a key: a digit is added (up to eight), Back removes the last one,
 * Enter asks to try it once it has at least four digits.
 */
export function pressPadKey(pin: string, key: PadKey): { pin: string; submit: boolean } {
  if (key === 'back') return { pin: pin.slice(0, -1), submit: false }
  if (key === 'enter') return { pin, submit: pin.length >= MIN_PIN_DIGITS }
  return { pin: pin.length < MAX_PIN_DIGITS ? pin + key : pin, submit: false }
}

/**
 * The pad key a keyboard key stands for: digits of the main row and of the numeric keypad
 * (their `key` is the digit with Num Lock on), Backspace, Enter; null for anything else and
 * for shortcuts held with Ctrl, Alt or Cmd.
 */
export function padKeyOf(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey'>): PadKey | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null
  if (/^\d$/.test(event.key)) return event.key as PadKey
  if (event.key === 'Backspace') return 'back'
  if (event.key === 'Enter') return 'enter'
  return null
}
