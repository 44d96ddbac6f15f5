import type { Id } from '@shared/domain/types'
import type { RegularsDatabase } from '@renderer/db'

/**
 * Customers with an upcoming booking: those whose latest open booking's slot is after `now`.
 * The `openBookings` table keeps that slot per customer (schema version 2), indexed, so this
 * is one key range read as keys only — no order rows.
 */
export async function customersWithUpcomingBooking(db: RegularsDatabase, now: number): Promise<Id[]> {
  return (await db.openBookings.where('latestAt').above(now).primaryKeys()) as Id[]
}
