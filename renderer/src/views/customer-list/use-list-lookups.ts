import { onBeforeUnmount, onMounted, shallowRef, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { appDb, getDataSettings, onListDataChanged } from '@renderer/db'
import type { FieldLookups } from '@shared/customer-fields/field-lookups'
import type { Category, CustomerGroup, Id, Store } from '@shared/domain/types'
import { fieldLookups, readFieldTables } from '@renderer/features/customer-fields/field-lookups'

type Translate = (key: string, named?: Record<string, unknown>) => string

export interface ListLookups {
  categories: Category[]
  categoryById: Map<Id, Category>
  groups: CustomerGroup[]
  groupById: Map<Id, CustomerGroup>
  stores: Store[]
  storeById: Map<Id, Store>
  mainCurrency: string
  /** How phones of the desk's own country are shown (national format). */
  phoneCountry: string
  staffName: string
  /** What the catalogue's fields name, in the UI language (text cells: the home store…). */
  fields: FieldLookups
}

const empty: ListLookups = {
  categories: [],
  categoryById: new Map(),
  groups: [],
  groupById: new Map(),
  stores: [],
  storeById: new Map(),
  mainCurrency: 'PLN',
  phoneCountry: 'PL',
  staffName: 'this PC',
  fields: fieldLookups({ categories: [], groups: [], stores: [], referralSources: [] }, (key) => key, 'en')
}

export async function readLookups(t: Translate, locale: string): Promise<ListLookups> {
  const db = appDb()
  const [tables, settings] = await Promise.all([readFieldTables(), getDataSettings(db)])
  const { categories, groups, stores } = tables
  const byName = <T extends { name: string }>(list: readonly T[]) => [...list].sort((a, b) => a.name.localeCompare(b.name))
  return {
    categories: byName(categories),
    categoryById: new Map(categories.map((category) => [category.id!, category])),
    groups: byName(groups),
    groupById: new Map(groups.map((group) => [group.id!, group])),
    stores: byName(stores),
    storeById: new Map(stores.map((store) => [store.id!, store])),
    mainCurrency: settings.mainCurrency,
    phoneCountry: settings.defaultPhoneCountry,
    staffName: settings.staffName,
    fields: fieldLookups(tables, t, locale)
  }
}

/**
 * The small tables the list shows names from (a handful of rows each), read when the view
 * opens and again whenever one of them changes (a category created in a bulk dialog, a
 * store renamed in Settings).
 */
export function useListLookups() {
  const { t, locale } = useI18n()
  const lookups = shallowRef<ListLookups>(empty)
  const reload = async () => {
    lookups.value = await readLookups(t, locale.value)
  }
  watch(locale, () => void reload())
  let stop: (() => void) | undefined
  onMounted(() => {
    void reload()
    stop = onListDataChanged((tables) => {
      if (['categories', 'groups', 'stores', 'settings'].some((table) => tables.has(table))) void reload()
    })
  })
  onBeforeUnmount(() => stop?.())
  return { lookups, reload }
}
