import { onBeforeUnmount, onMounted, shallowRef } from 'vue'
import { appDb, getDataSettings, listCategories, listGroups, listStores, onListDataChanged } from '@renderer/db'
import type { Category, CustomerGroup, Id, Store } from '@shared/domain/types'

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
  staffName: 'this PC'
}

export async function readLookups(): Promise<ListLookups> {
  const db = appDb()
  const [categories, groups, stores, settings] = await Promise.all([listCategories(db), listGroups(db), listStores(db), getDataSettings(db)])
  const byName = <T extends { name: string }>(list: T[]) => [...list].sort((a, b) => a.name.localeCompare(b.name))
  return {
    categories: byName(categories),
    categoryById: new Map(categories.map((category) => [category.id!, category])),
    groups: byName(groups),
    groupById: new Map(groups.map((group) => [group.id!, group])),
    stores: byName(stores),
    storeById: new Map(stores.map((store) => [store.id!, store])),
    mainCurrency: settings.mainCurrency,
    phoneCountry: settings.defaultPhoneCountry,
    staffName: settings.staffName
  }
}

/**
 * The small tables the list shows names from (a handful of rows each), read when the view
 * opens and again whenever one of them changes (a category created in a bulk dialog, a
 * store renamed in Settings).
 */
export function useListLookups() {
  const lookups = shallowRef<ListLookups>(empty)
  const reload = async () => {
    lookups.value = await readLookups()
  }
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
