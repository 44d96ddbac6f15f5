import type { EpochMs } from '../domain/types'

/**
 * Wrong PINs in a row, per person: the first four cost nothing; from the fifth, the pad waits
 * 30 s, doubling with each further wrong PIN, up to an hour (so a guesser at the desk gets a
 * handful of tries an hour, and the real person is never shut out for good). A right PIN
 * starts over. Pure: the clock is an argument.
 */
export interface BackoffState {
  wrongInARow: number
  /** Until when the pad refuses; 0 when it does not. */
  waitUntil: EpochMs
}

export const FREE_WRONG_PINS = 4
export const FIRST_WAIT_MS = 30_000
export const LONGEST_WAIT_MS = 3_600_000

export const noBackoff: BackoffState = { wrongInARow: 0, waitUntil: 0 }

export function afterWrongPin(state: BackoffState, now: EpochMs): BackoffState {
  const wrongInARow = state.wrongInARow + 1
  if (wrongInARow <= FREE_WRONG_PINS) return { wrongInARow, waitUntil: 0 }
  const wait = Math.min(FIRST_WAIT_MS * 2 ** (wrongInARow - FREE_WRONG_PINS - 1), LONGEST_WAIT_MS)
  return { wrongInARow, waitUntil: now + wait }
}

/** How long until a PIN may be tried again; 0 when it may now. */
export function waitLeft(state: BackoffState, now: EpochMs): number {
  return Math.max(0, state.waitUntil - now)
}
