import { AppError } from '@shared/errors'
import type { RegularsDatabase } from '../schema'
import { dataErrors } from '../errors'

/** The desk locks itself after this many idle minutes (Settings); 5 unless changed. */
const LOCK_KEY = 'lockAfterMinutes'
export const DEFAULT_LOCK_MINUTES = 5
export const MAX_LOCK_MINUTES = 240

export async function getLockAfterMinutes(db: RegularsDatabase): Promise<number> {
  const value = (await db.settings.get(LOCK_KEY))?.value
  return typeof value === 'number' && value > 0 ? value : DEFAULT_LOCK_MINUTES
}

/** Whole minutes from 1 to 4 hours; tests may set a fraction to lock within seconds. */
export async function setLockAfterMinutes(db: RegularsDatabase, minutes: number): Promise<void> {
  if (!(minutes > 0 && minutes <= MAX_LOCK_MINUTES)) throw new AppError(dataErrors.invalid, 'Lock minutes out of range', { path: 'lockAfterMinutes', code: 'out-of-range' })
  await db.settings.put({ key: LOCK_KEY, value: minutes })
}
