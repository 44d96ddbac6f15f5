import type { FieldLookups } from '@shared/customer-fields/field-lookups'
import type { ReferralChoice } from '@shared/customer-fields/referral'
import type { Category, CustomerGroup, CustomerType, ReferralSource, Store } from '@shared/domain/types'
import { appDb, listCategories, listGroups, listReferralSources, listStores } from '@renderer/db'
import { collectMessages, type Messages } from '@renderer/i18n/messages'

type Translate = (key: string, named?: Record<string, unknown>) => string

/** The small tables a customer's fields name (a handful of rows each). */
export interface FieldTables {
  categories: readonly Category[]
  groups: readonly CustomerGroup[]
  stores: readonly Store[]
  referralSources: readonly ReferralSource[]
}

export async function readFieldTables(): Promise<FieldTables> {
  const db = appDb()
  const [categories, groups, stores, referralSources] = await Promise.all([listCategories(db), listGroups(db), listStores(db), listReferralSources(db)])
  return { categories, groups, stores, referralSources }
}

/** A referral source's name: the manager's, or a preset's in the UI language. */
export function referralSourceName(source: ReferralSource, t: Translate): string {
  return source.name || (source.preset ? t(`fields.referralPresets.${source.preset}`) : `#${source.id}`)
}

/**
 * Every name an imported file may give each source: the manager's name, and a preset's
 * name in each of the six UI languages (a Czech file into a Polish salon).
 */
export function referralChoices(sources: readonly ReferralSource[]): ReferralChoice[] {
  const presetNames = (preset: string) =>
    Object.values(collectMessages()).map((messages) => ((messages['fields'] as Messages | undefined)?.['referralPresets'] as Messages | undefined)?.[preset])
  return sources.map((source) => ({
    id: source.id,
    names: [source.name, ...(source.preset ? presetNames(source.preset) : [])].filter((name): name is string => typeof name === 'string' && name !== '')
  }))
}

const customerTypes: CustomerType[] = ['registered', 'contact']

/**
 * What showing the catalogue's fields needs (shared/customer-fields/field-lookups.ts), in the
 * UI language: one builder for the list, the export, print and the merge screen, so a field
 * that names something (a store, a category) is named the same everywhere.
 */
export function fieldLookups(tables: FieldTables, t: Translate, locale: string): FieldLookups {
  const dayMonth = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit' })
  const named = (rows: readonly { id?: number; name: string }[]) => new Map(rows.map((row) => [row.id!, row.name]))
  return {
    categoryNames: named(tables.categories),
    groupNames: named(tables.groups),
    storeNames: named(tables.stores),
    referralSourceNames: new Map(tables.referralSources.map((source) => [source.id, referralSourceName(source, t)])),
    typeLabels: Object.fromEntries(customerTypes.map((type) => [type, t(`export.values.types.${type}`)])) as Record<CustomerType, string>,
    // Day and month of a birthday without a year, the locale's way (Jan 2 is unambiguous).
    dayAndMonth: (month, day) => dayMonth.format(new Date(2000, month - 1, day))
  }
}
