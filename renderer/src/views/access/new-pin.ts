import { isValidPin } from '@shared/staff/pin'

/** What is wrong with a new PIN typed twice, as the set-up and the reset say it; null when nothing. */
export function newPinProblem(pin: string, again: string): 'pinFormat' | 'pinsDiffer' | null {
  if (!isValidPin(pin)) return 'pinFormat'
  if (pin !== again) return 'pinsDiffer'
  return null
}
