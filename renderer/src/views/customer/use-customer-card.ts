import { computed, ref, shallowRef, watch, type Ref } from 'vue'
import type { Category, Customer, CustomerGroup, CustomerStoreStats, Id, StaffMember, Store } from '@shared/domain/types'
import { appDb, customerIdsByContact, defaultDataSettings, getDataSettings, listCategories, listGroups, listStaff, listStores, type DataSettings } from '@renderer/db'
import { orderRefusalFor, type OrderRefusal } from '@renderer/db/repositories/blocking'
import { customerStoreFigures } from '@renderer/db/repositories/customer-history'

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

  async function reload(): Promise<void> {
    const current = id.value
    const row = await db.customers.get(current)
    if (current !== id.value) return
    missing.value = !row
    customer.value = row ?? null
    if (!row) {
      loading.value = false
      return
    }
    const [stats, refused, duplicateIds] = await Promise.all([
      customerStoreFigures(db, current),
      row.erased ? Promise.resolve(null) : orderRefusalFor(db, row),
      row.erased ? Promise.resolve([]) : customerIdsByContact(db, { phones: row.phones, emails: row.emails })
    ])
    const others = (await db.customers.bulkGet(duplicateIds.filter((other) => other !== current).slice(0, 5))).filter(
      (other): other is Customer => !!other && !other.erased
    )
    if (current !== id.value) return
    storeStats.value = stats
    refusal.value = refused
    refusalSource.value = refused?.kind === 'blocked-contact' ? (others.find((other) => other.id === refused.customerId) ?? (await db.customers.get(refused.customerId)) ?? null) : null
    duplicates.value = others
    historyVersion.value++
    loading.value = false
  }

  watch(
    id,
    async () => {
      loading.value = true
      customer.value = null
      await readSetUp()
      await reload()
    },
    { immediate: true }
  )

  return { db, customer, missing, loading, stores, storesById, categories, groups, staff, settings, storeStats, refusal, refusalSource, duplicates, historyVersion, reload, readSetUp }
}

export type CustomerCard = ReturnType<typeof useCustomerCard>
