import { storeInputSchema, type StoreInput } from '@shared/domain/schemas'
import type { Id, Store } from '@shared/domain/types'
import { AppError } from '@shared/errors'
import { dataErrors, parseOrThrow } from '../errors'
import type { RegularsDatabase } from '../schema'

export async function listStores(db: RegularsDatabase): Promise<Store[]> {
  return db.stores.toArray() // a chain has a handful of stores
}

export async function createStore(db: RegularsDatabase, input: StoreInput): Promise<Id> {
  return (await db.stores.add(parseOrThrow(storeInputSchema, input))) as Id
}

/**
 * Renames or re-addresses a store. The currency cannot change once the store has orders:
 * every stored total of its customers is in that currency.
 */
export async function updateStore(db: RegularsDatabase, id: Id, input: StoreInput): Promise<void> {
  const valid = parseOrThrow(storeInputSchema, input)
  await db.transaction('rw', [db.stores, db.customerStoreStats], async () => {
    const current = await db.stores.get(id)
    if (!current) throw new AppError(dataErrors.storeNotFound, `Store ${id} not found`)
    if (current.currency !== valid.currency && (await storeHasCustomers(db, id))) {
      throw new AppError(dataErrors.storeInUse, `Store ${id} has orders in ${current.currency}`)
    }
    await db.stores.put({ ...valid, id })
  })
}

/** Deletes a store without orders; one with orders is refused (its history would be orphaned). */
export async function deleteStore(db: RegularsDatabase, id: Id): Promise<void> {
  await db.transaction('rw', [db.stores, db.customerStoreStats], async () => {
    if (await storeHasCustomers(db, id)) throw new AppError(dataErrors.storeInUse, `Store ${id} has orders`)
    await db.stores.delete(id)
  })
}

async function storeHasCustomers(db: RegularsDatabase, storeId: Id): Promise<boolean> {
  const count = await db.customerStoreStats.where('[storeId+lastActivityAt]').between([storeId, -Infinity], [storeId, Infinity]).limit(1).count()
  return count > 0
}
