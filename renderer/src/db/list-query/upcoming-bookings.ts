import type { Id } from '@shared/domain/types'
import type { RegularsDatabase } from '../schema'

/**
 * Customers with an upcoming booking: those whose latest open booking's slot is after `now`.
 * The `openBookings` table keeps that slot per customer (schema version 2), indexed, so this
 * is one key range read as keys only — no order rows.
 */
export async function customersWithUpcomingBooking(db: RegularsDatabase, now: number): Promise<Id[]> {
  return (await db.openBookings.where('latestAt').above(now).primaryKeys()) as Id[]
}

/**
 * The customers whose latest open slot lies in (`since`, `until`]: those who had an upcoming
 * booking at `since` and no longer have one at `until`. A short key range when the two are
 * minutes apart, so the set of a later minute is the earlier set less these.
 */
export async function customersWhoseBookingPassed(db: RegularsDatabase, since: number, until: number): Promise<Id[]> {
  if (until <= since) return []
  return (await db.openBookings.where('latestAt').between(since, until, false, true).primaryKeys()) as Id[]
}
