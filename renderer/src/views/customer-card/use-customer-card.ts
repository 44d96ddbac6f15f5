import { computed, onScopeDispose, ref, shallowRef, watch, type Ref } from 'vue'
import type { Category, Customer, CustomerGroup, CustomerStoreStats, Id, StaffMember, Store } from '@shared/domain/types'
import { appDb, customerIdsByContact, getCustomer, getCustomers, defaultDataSettings, getDataSettings, listCategories, listGroups, listStaff, listStores, type DataSettings, orderRefusalFor, type OrderRefusal, customerStoreFigures, onDueFiguresApplied } from '@renderer/db'

/**
 * Everything the card shows besides the paged history, read in a handful of indexed reads:
 * the customer row (with its stored metrics), their per-store figures, the small set-up
 * tables (stores, categories, groups, staff), whether a new order would be refused, and
 * other records sharing a phone or e-mail (a likely duplicate). `reload()` after each change;
 * `historyVersion` tells the history to read its page again.
 */
export function useCustomerCard(id: Ref<Id>) {
  const db = appDb()
  const customer = shallowRef<Customer | null>(null)
  const missing = ref(false)
  const loading = ref(true)
  const stores = shallowRef<Store[]>([])
  const categories = shallowRef<Category[]>([])
  const groups = shallowRef<CustomerGroup[]>([])
  const staff = shallowRef<StaffMember[]>([])
  const settings = shallowRef<DataSettings>(defaultDataSettings)
  const storeStats = shallowRef<CustomerStoreStats[]>([])
  const refusal = shallowRef<OrderRefusal | null>(null)
  /** The blocked record a contact refusal comes from (for the desk's tooltip). */
  const refusalSource = shallowRef<Customer | null>(null)
  const duplicates = shallowRef<Customer[]>([])
  const historyVersion = ref(0)

  const storesById = computed(() => new Map(stores.value.map((store) => [store.id!, store])))

  async function readSetUp(): Promise<void> {
    const [storeRows, categoryRows, groupRows, staffRows, dataSettings] = await Promise.all([
      listStores(db),
      listCategories(db),
      listGroups(db),
      listStaff(db),
      getDataSettings(db)
    ])
    stores.value = storeRows
    categories.value = categoryRows
    groups.value = groupRows
    staff.value = staffRows
    settings.value = dataSettings
  }

  /**
   * Reads the customer and what the card shows beside the history. The set-up tables and the
   * customer's own reads run side by side; the card appears once the row and the set-up are
   * there (the history panel then reads its first page), and the figures by store, the order
   * refusal and the duplicate hint follow as soon as they are read.
   */
  async function load(current: Id, setUp: Promise<void>): Promise<void> {
    const row = await getCustomer(db, current)
    if (current !== id.value) return
    if (!row) {
      missing.value = true
      customer.value = null
      loading.value = false
      return
    }
    missing.value = false
    const extras = Promise.all([
      customerStoreFigures(db, current),
      row.erased ? Promise.resolve(null) : orderRefusalFor(db, row),
      row.erased ? Promise.resolve([] as Id[]) : customerIdsByContact(db, { phones: row.phones, emails: row.emails })
    ])
    await setUp
    if (current !== id.value) return
    customer.value = row
    loading.value = false
    const [stats, refused, duplicateIds] = await extras
    const others = await getCustomers(db, duplicateIds.filter((other) => other !== current).slice(0, 5), { withoutErased: true })
    const source = refused?.kind === 'blocked-contact' ? (others.find((other) => other.id === refused.customerId) ?? (await getCustomer(db, refused.customerId)) ?? null) : null
    if (current !== id.value) return
    storeStats.value = stats
    refusal.value = refused
    refusalSource.value = source
    duplicates.value = others
  }

  /** After a change made on the card: everything again, and the history's current page. */
  async function reload(): Promise<void> {
    await load(id.value, Promise.resolve())
    historyVersion.value++
  }

  // A booking's time came and the app's pass counted it: nobody touched the card, yet its figures changed.
  onScopeDispose(onDueFiguresApplied(db, (customerIds) => (customerIds.has(id.value) ? void reload() : undefined)))

  watch(
    id,
    async (current) => {
      loading.value = true
      customer.value = null
      await load(current, readSetUp())
    },
    { immediate: true }
  )

  return { customer, missing, loading, stores, storesById, categories, groups, staff, settings, storeStats, refusal, refusalSource, duplicates, historyVersion, reload, readSetUp }
}

export type CustomerCard = ReturnType<typeof useCustomerCard>
