import type { Right } from '@shared/staff/rights'
import { useSession } from '@renderer/stores/session'

/**
 * What the signed-in person may do, for hiding buttons they would be refused: `can('export-print')`.
 * Comfort only — the data layer checks every call itself.
 */
export function useRights(): { can: (right: Right) => boolean } {
  const session = useSession()
  return { can: (right) => session.rights.has(right) }
}
