import type { FieldLookups } from '@shared/customer-fields/field-lookups'
import type { Category, CustomerGroup, CustomerType, Store } from '@shared/domain/types'
import { appDb, listCategories, listGroups, listStores } from '@renderer/db'

type Translate = (key: string, named?: Record<string, unknown>) => string

/** The small tables a customer's fields name (a handful of rows each). */
export interface FieldTables {
  categories: readonly Category[]
  groups: readonly CustomerGroup[]
  stores: readonly Store[]
}

export async function readFieldTables(): Promise<FieldTables> {
  const db = appDb()
  const [categories, groups, stores] = await Promise.all([listCategories(db), listGroups(db), listStores(db)])
  return { categories, groups, stores }
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
    typeLabels: Object.fromEntries(customerTypes.map((type) => [type, t(`export.values.types.${type}`)])) as Record<CustomerType, string>,
    // Day and month of a birthday without a year, the locale's way (Jan 2 is unambiguous).
    dayAndMonth: (month, day) => dayMonth.format(new Date(2000, month - 1, day))
  }
}
