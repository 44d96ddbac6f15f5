import type { EpochMs, Id } from '@shared/domain/types'
import { throwIfCancelled, type JobOptions } from '@shared/jobs/job'
import { customerMeetsConditions } from '@shared/rules/match'
import { normaliseRuleActions, normaliseRuleConditions, type Rule, type RuleDraft } from '@shared/rules/rule'
import type { RegularsDatabase } from '../schema'
import { withRulesApplied } from './rules-apply'
import { rulesInForce } from './rules-store'

/** Customers who would gain and lose one category, one group or a discount. */
export interface PreviewChange {
  kind: 'category' | 'group' | 'discount'
  /** The category or group; for a discount, the percent gained (lost: the one they had). */
  id: Id
  gained: Id[]
  lost: Id[]
}

export interface RulePreview {
  /** Customers looked at. */
  customers: number
  /** Customers who meet the rule's conditions now: the list with the same filters counts as many. */
  meeting: Id[]
  changes: PreviewChange[]
}

export interface RulePreviewOptions extends JobOptions {
  /** The rule being edited; a new one goes at the end of the order. */
  ruleId?: Id
  now?: EpochMs
  chunkSize?: number
}

/**
 * What saving a draft would do, before it is saved: every customer read in chunks (nothing
 * written) and put through the rules as they are and as they would be with the draft — the
 * difference is what the draft changes, not what time alone would (those a daily pass does).
 */
export async function previewRule(db: RegularsDatabase, draft: RuleDraft, options: RulePreviewOptions = {}): Promise<RulePreview> {
  const now = options.now ?? Date.now()
  const size = options.chunkSize ?? 1000
  const current = await rulesInForce(db)
  const proposed: Rule = { id: options.ruleId ?? -1, name: draft.name, enabled: true, conditions: normaliseRuleConditions(draft.conditions), actions: normaliseRuleActions(draft.actions), createdAt: now, updatedAt: now }
  const next = options.ruleId === undefined ? [...current, proposed] : current.map((rule) => (rule.id === options.ruleId ? proposed : rule))
  const total = await db.customers.count()
  const preview: RulePreview = { customers: 0, meeting: [], changes: [] }
  const byKey = new Map<string, PreviewChange>()
  const change = (kind: PreviewChange['kind'], id: Id): PreviewChange => {
    const key = `${kind}:${id}`
    let found = byKey.get(key)
    if (!found) {
      found = { kind, id, gained: [], lost: [] }
      byKey.set(key, found)
      preview.changes.push(found)
    }
    return found
  }
  options.onProgress?.({ done: 0, total })
  let after = 0
  for (;;) {
    throwIfCancelled(options.signal)
    const rows = await db.customers.where(':id').above(after).limit(size).toArray()
    if (rows.length === 0) break
    after = rows[rows.length - 1]!.id!
    for (const row of rows) {
      if (customerMeetsConditions(row, proposed.conditions, now)) preview.meeting.push(row.id!)
      const before = withRulesApplied(row, current, now)
      const after = withRulesApplied(row, next, now)
      if (before === after) continue
      compare(before.categoryIds, after.categoryIds, (id, gained) => (gained ? change('category', id).gained : change('category', id).lost).push(row.id!))
      compare(before.groupIds, after.groupIds, (id, gained) => (gained ? change('group', id).gained : change('group', id).lost).push(row.id!))
      if (before.discountPercent !== after.discountPercent) {
        if (after.discountPercent > 0) change('discount', after.discountPercent).gained.push(row.id!)
        if (before.discountPercent > 0) change('discount', before.discountPercent).lost.push(row.id!)
      }
    }
    preview.customers += rows.length
    options.onProgress?.({ done: preview.customers, total })
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
  return preview
}

function compare(before: readonly Id[], after: readonly Id[], each: (id: Id, gained: boolean) => void): void {
  for (const id of after) if (!before.includes(id)) each(id, true)
  for (const id of before) if (!after.includes(id)) each(id, false)
}
