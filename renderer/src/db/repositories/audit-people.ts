import type { RegularsDatabase } from '../schema'
import { THIS_PC } from './settings'

/** How many of the newest entries the audit log's person filter reads for names no longer in the staff table. */
export const AUDIT_PEOPLE_RECENT = 500

/**
 * The names the audit log's person filter offers: everyone in the staff table (people are
 * never deleted, so everyone who ever signed in), and the names — doers and approvers — of the
 * newest entries (a renamed person's old name, "this PC" before the set-up). Bounded: the
 * staff table is a handful of rows and the entries are read newest first from the `at` index.
 */
export async function auditPeople(db: RegularsDatabase): Promise<string[]> {
  const [staff, recent] = await Promise.all([db.staff.toArray(), db.audit.orderBy('at').reverse().limit(AUDIT_PEOPLE_RECENT).toArray()])
  const names = new Set<string>(staff.map((member) => member.name))
  for (const entry of recent) {
    names.add(entry.staffName)
    if (entry.approvedBy) names.add(entry.approvedBy)
  }
  const sorted = [...names].filter((name) => name !== THIS_PC).sort((a, b) => a.localeCompare(b))
  return names.has(THIS_PC) ? [THIS_PC, ...sorted] : sorted
}
