import type { EpochMs } from '@shared/domain/types'
import { dependsOnTime } from '@shared/rules/match'
import type { RegularsDatabase } from '../schema'
import { getFeatureSetting, setFeatureSetting } from '../repositories/settings'
import { RULES_PASS_OWED_KEY, runRulesPass, type RulesPassOptions, type RulesPassResult } from './rules-pass'
import { rulesInForce } from './rules-store'

/** The local day ("YYYY-MM-DD") of the last finished daily pass. */
const LAST_DAILY_PASS_KEY = 'rulesDailyPass'

function localDay(at: EpochMs): string {
  const date = new Date(at)
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`
}

/**
 * The pass that is due at start and then hourly, if any:
 * - one a rule change still owes (cut short by a crash or a power cut): every rule, now;
 * - else the day's: "not seen for 60 days" and "birthday this month" change with no write to
 *   the customer, so once a day — at the first start of the day, or when the app stays open
 *   past midnight — the rules that depend on time are put to every customer. Nothing runs when
 *   no enabled rule depends on time, or today's pass is done. A cancelled pass (the app
 *   closing) runs again.
 */
export async function runDueRulesPass(db: RegularsDatabase, options: Omit<RulesPassOptions, 'reason'> = {}): Promise<RulesPassResult | null> {
  const now = options.now ?? Date.now()
  const today = localDay(now)
  const rules = await rulesInForce(db)
  const timed = rules.some((rule) => rule.enabled && dependsOnTime(rule.conditions))
  const owed = (await db.settings.get(RULES_PASS_OWED_KEY)) !== undefined
  if (!owed && (!timed || (await getFeatureSetting(db, LAST_DAILY_PASS_KEY, '')) === today)) return null
  const result = await runRulesPass(db, { ...options, now, reason: owed ? 'rule-change' : 'daily' })
  // A whole pass of every rule is the day's pass too.
  if (!result.cancelled && timed) await setFeatureSetting(db, LAST_DAILY_PASS_KEY, today)
  return result
}
