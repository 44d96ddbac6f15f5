import { DAY_MS } from '../domain/metrics'
import type { Customer, EpochMs } from '../domain/types'
import { dayEnd, dayStart } from '../list/days'
import type { DayRange, NumberRange } from '../list/list-query'
import type { RuleConditions } from './rule'

/**
 * Whether a customer row meets a rule's conditions at `now`: the list's filters as the list
 * engine tests them over the whole base (renderer/src/db/list-query/conditions.ts, the "all"
 * scope: the row's figures in the main currency) — a unit test holds the two counts equal.
 * A store condition is "has orders in one of these stores"; the figures stay the whole
 * base's (a rule looks at one row; per-store figures live in another table).
 */
export function customerMeetsConditions(customer: Customer, conditions: RuleConditions, now: EpochMs): boolean {
  const c = conditions
  if (c.spend && !inRange(customer.totalValue, c.spend)) return false
  if (c.orderCount && !inRange(customer.orderCount, c.orderCount)) return false
  if (c.noShows && !inRange(customer.noShows, c.noShows)) return false
  if (c.lastVisit && !inDays(customer.lastOrderAt, c.lastVisit)) return false
  if (c.notSeenDays) {
    // The list rounds "now" to the minute so that an answer can be reused; so does a rule.
    const minute = Math.floor(now / 60_000) * 60_000
    if (customer.lastOrderAt < 1 || customer.lastOrderAt > minute - c.notSeenDays * DAY_MS) return false
  }
  if (c.firstVisit && !inDays(customer.firstOrderAt, c.firstVisit)) return false
  if (c.categoryIds?.length && !c.categoryIds.some((id) => customer.categoryIds.includes(id))) return false
  if (c.groupIds?.length && !c.groupIds.some((id) => customer.groupIds.includes(id))) return false
  if (c.referralSourceIds?.length && !(customer.referral && c.referralSourceIds.includes(customer.referral.sourceId))) return false
  if (c.consentEmail !== undefined && customer.consentEmail !== (c.consentEmail ? 1 : 0)) return false
  if (c.consentSms !== undefined && customer.consentSms !== (c.consentSms ? 1 : 0)) return false
  if (c.type && customer.type !== c.type) return false
  if (c.blocked !== undefined && customer.blocked !== (c.blocked ? 1 : 0)) return false
  if (c.storeIds?.length && !c.storeIds.some((id) => customer.storeIds.includes(id))) return false
  if (c.birthdayThisMonth && customer.birthdayMonth !== new Date(now).getMonth() + 1) return false
  return true
}

function inRange(value: number, range: NumberRange): boolean {
  return value >= (range.min ?? -Infinity) && value <= (range.max ?? Infinity)
}

/** Inclusive local days; a customer who never came (NO_DATE) is in no range. */
function inDays(at: EpochMs, range: DayRange): boolean {
  const lower = Math.max(1, range.from ? dayStart(range.from) : 1)
  const upper = range.to ? dayEnd(range.to) : Infinity
  return at >= lower && at <= upper
}

/** Conditions that move with the clock alone: a customer may start or stop meeting them with no write. */
export function dependsOnTime(conditions: RuleConditions): boolean {
  return conditions.notSeenDays !== undefined || conditions.birthdayThisMonth === true
}
