import { isValidPin } from '@shared/staff/pin'

/** What is wrong with a new PIN typed twice, as the set-up and the reset say it; null when nothing. */
export function newPinProblem(pin: string, again: string): 'pinFormat' | 'pinsDiffer' | null {
  if (!isValidPin(pin)) return 'pinFormat'
  if (pin !== again) return 'pinsDiffer'
  return null
}

/** A PIN box takes digits only: anything else typed or pasted is not let in. */
export const onlyDigits = (value: string): boolean => /^\d*$/.test(value)

/** The input attributes of a PIN box: a number pad on a touch screen, no password manager. */
export const pinInputProps = { inputmode: 'numeric', autocomplete: 'off' } as const
