import { AppError } from '@shared/errors'
import * as settings from '../repositories/settings'
import { dataErrors } from '../errors'
import type { RegularsDatabase } from '../schema'

/** Settings keys access/ keeps: written only through its own functions (the lock's, the back-off's). */
export const accessSettingKeys: readonly string[] = ['signInBackoff', 'lockAfterMinutes']

/**
 * `setFeatureSetting` as `@renderer/db` exports it: any feature's preference, but not the
 * wrong-PIN count or the lock time, which would otherwise be reset or lengthened by anyone.
 */
export async function setFeatureSetting(db: RegularsDatabase, key: string, value: unknown): Promise<void> {
  if (accessSettingKeys.includes(key)) throw new AppError(dataErrors.notAllowed, `${key} is kept by access/`, { right: 'settings' })
  await settings.setFeatureSetting(db, key, value)
}
