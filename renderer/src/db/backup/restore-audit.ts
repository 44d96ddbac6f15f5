import { actingName, takeUsedApproval } from '../access/session'
import { appendAudit } from '../repositories/audit'
import { getDataSettings } from '../repositories/settings'
import type { RegularsDatabase } from '../schema'

/**
 * The "Restore" entry. It goes into the restored database (the log travels with the data it
 * describes), yet names who restored at this desk and who approved it: the current database's
 * session knows them, while nobody is signed in to the restored one until the page reloads.
 */
export async function appendRestoreAudit(current: RegularsDatabase, restored: RegularsDatabase, details: Record<string, unknown>): Promise<void> {
  const staffName = actingName(current, (await getDataSettings(current)).staffName)
  const approvedBy = takeUsedApproval(current)
  await appendAudit(restored, { action: 'restore', staffName, ...(approvedBy ? { approvedBy } : {}), customerIds: [], details })
}
