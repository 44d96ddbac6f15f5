import type { FieldLookups } from '@shared/customer-fields/field-lookups'
import type { Category, CustomerGroup, Id, Store } from '@shared/domain/types'
import type { CellFormat } from '../cell-format'
import { dayStart } from '@renderer/db'
import { filterKeys, normaliseFilters, type DayRange, type FilterKey, type ListFilters, type NumberRange } from '@shared/list/list-query'

type Translate = (key: string, named?: Record<string, unknown>, plural?: number) => string

export interface FilterLabelContext {
  t: Translate
  format: CellFormat
  categoryById: ReadonlyMap<Id, Category>
  groupById: ReadonlyMap<Id, CustomerGroup>
  storeById: ReadonlyMap<Id, Store>
  /** What the catalogue's fields name (referral sources…). */
  fields: Pick<FieldLookups, 'referralSourceNames'>
}

export interface FilterChip {
  key: FilterKey
  label: string
}

/**
 * Each active condition as a short sentence for its chip ("Spent 2 000 zł – 5 000 zł",
 * "Not seen for 90 days"), in the UI language; the same sentences describe a segment and
 * the filter of an export or bulk action in the audit log.
 */
export function filterChips(filters: ListFilters, ctx: FilterLabelContext): FilterChip[] {
  const normalised = normaliseFilters(filters)
  return filterKeys.filter((key) => normalised[key] !== undefined).map((key) => ({ key, label: chipLabel(key, normalised, ctx) }))
}

export function describeFilters(filters: ListFilters, ctx: FilterLabelContext): string {
  return filterChips(filters, ctx)
    .map((chip) => chip.label)
    .join('; ')
}

function chipLabel(key: FilterKey, filters: ListFilters, ctx: FilterLabelContext): string {
  const { t, format } = ctx
  const day = (value: string) => format.longDate(dayStart(value))
  const names = (ids: Id[], map: ReadonlyMap<Id, { name: string }>) => ids.map((id) => map.get(id)?.name ?? t('list.filters.missing')).join(', ')
  switch (key) {
    case 'storeIds':
      return t('list.filters.chips.stores', { names: names(filters.storeIds!, ctx.storeById) })
    case 'spend':
      return range('spend', filters.spend!, format.moneyWhole, t)
    case 'orderCount':
      return range('orderCount', filters.orderCount!, format.count, t)
    case 'lastVisit':
      return days('lastVisit', filters.lastVisit!, day, t)
    case 'notSeenDays':
      return t('list.filters.chips.notSeenDays', { n: format.count(filters.notSeenDays!) }, filters.notSeenDays!)
    case 'firstVisit':
      return days('firstVisit', filters.firstVisit!, day, t)
    case 'categoryIds':
      return t('list.filters.chips.categories', { names: names(filters.categoryIds!, ctx.categoryById) })
    case 'groupIds':
      return t('list.filters.chips.groups', { names: names(filters.groupIds!, ctx.groupById) })
    case 'referralSourceIds':
      return t('list.filters.chips.referral', { names: filters.referralSourceIds!.map((id) => ctx.fields.referralSourceNames.get(id) ?? t('list.filters.missing')).join(', ') })
    case 'consentEmail':
      return t(filters.consentEmail ? 'list.filters.chips.consentEmailYes' : 'list.filters.chips.consentEmailNo')
    case 'consentSms':
      return t(filters.consentSms ? 'list.filters.chips.consentSmsYes' : 'list.filters.chips.consentSmsNo')
    case 'type':
      return t(`list.filters.chips.type.${filters.type}`)
    case 'blocked':
      return t(filters.blocked ? 'list.filters.chips.blockedYes' : 'list.filters.chips.blockedNo')
    case 'birthdayThisMonth':
      return t('list.filters.chips.birthdayThisMonth')
    case 'upcomingBooking':
      return t('list.filters.chips.upcomingBooking')
  }
}

function range(key: 'spend' | 'orderCount', value: NumberRange, show: (n: number) => string, t: Translate): string {
  if (value.min !== undefined && value.max !== undefined) return t(`list.filters.chips.${key}Between`, { from: show(value.min), to: show(value.max) })
  if (value.min !== undefined) return t(`list.filters.chips.${key}AtLeast`, { from: show(value.min) })
  return t(`list.filters.chips.${key}AtMost`, { to: show(value.max!) })
}

function days(key: 'lastVisit' | 'firstVisit', value: DayRange, show: (day: string) => string, t: Translate): string {
  if (value.from && value.to) return t(`list.filters.chips.${key}Between`, { from: show(value.from), to: show(value.to) })
  if (value.from) return t(`list.filters.chips.${key}From`, { from: show(value.from) })
  return t(`list.filters.chips.${key}To`, { to: show(value.to!) })
}
