import type { Rule } from '@shared/rules/rule'
import { describeFilters, type FilterLabelContext } from '@renderer/views/customer-list/filters/filter-labels'

/**
 * A rule in words, in the UI language: its conditions as the list's filter chips say them
 * (the same sentences the list and the audit log use), plus no-shows, and its actions.
 */
export function describeConditions(rule: Pick<Rule, 'conditions'>, ctx: FilterLabelContext): string {
  const { noShows, ...filters } = rule.conditions
  const parts = [describeFilters(filters, ctx)].filter((part) => part !== '')
  if (noShows?.min !== undefined) parts.push(ctx.t('rules.noShowsAtLeast', { n: ctx.format.count(noShows.min) }, noShows.min))
  return parts.join('; ')
}

export function describeActions(rule: Pick<Rule, 'actions'>, ctx: FilterLabelContext): string {
  const { t } = ctx
  const category = (id: number) => ctx.categoryById.get(id)?.name ?? t('list.filters.missing')
  const parts: string[] = []
  if (rule.actions.addCategoryId) parts.push(t('rules.does.addCategory', { name: category(rule.actions.addCategoryId) }))
  if (rule.actions.removeCategoryId) parts.push(t('rules.does.removeCategory', { name: category(rule.actions.removeCategoryId) }))
  if (rule.actions.discountPercent) parts.push(t('rules.does.discount', { percent: ctx.format.percent(rule.actions.discountPercent) }))
  if (rule.actions.addGroupId) parts.push(t('rules.does.addGroup', { name: ctx.groupById.get(rule.actions.addGroupId)?.name ?? t('list.filters.missing') }))
  return parts.join('; ')
}
