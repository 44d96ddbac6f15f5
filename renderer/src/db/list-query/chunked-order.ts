import { cmp, type Dexie } from 'dexie'
import type { Id } from '@shared/domain/types'

/**
 * Reading a whole index order takes seconds at 200 000 rows, and IndexedDB answers requests
 * one after another: in one request it would hold up every query the desk makes meanwhile.
 * So it is read in chunks of at most `size` keys, each continuing after the last entry read —
 * its value AND its id, because a value can be shared by most of the table (blocked: 0 for
 * 99.6 % of the customers, discount: 0 for 88 %), so "after the last value" is not enough and
 * reading "the whole tie group" is not a chunk: at 200 000 it was one request of ≈ 200 000
 * keys, and appending it with `push(...ties)` passed ≈ 200 000 arguments, over V8's limit
 * (≈ 125 000: "Maximum call stack size exceeded") — the list never got its order.
 */
export type IndexValue = string | number

export interface ChunkedIndex {
  /**
   * Up to `limit` ids in index order, from the start or after every entry with `value`; with
   * the index value of the last one, read in the same transaction (so they agree).
   */
  above(value: IndexValue | undefined, limit: number): Promise<{ ids: Id[]; lastValue?: IndexValue }>
  /** Up to `limit` ids of the entries with exactly `value` whose id is above `id`, in id order (the index's order of ties). */
  tiesAfter(value: IndexValue, id: Id, limit: number): Promise<Id[]>
}

/** Resolves when the desk's queries leave the database to background reads (see ListEngine.idle). */
export type WaitForIdle = () => Promise<void>

/** Every id of an index in its order (value, then id), in chunks of at most `size` keys. */
export async function readInChunks(index: ChunkedIndex, size: number, idle?: WaitForIdle): Promise<Int32Array> {
  const chunks: Id[][] = []
  let last: { value: IndexValue; id: Id } | undefined
  for (;;) {
    await idle?.()
    // The rest of the last entry's tie group first, then the values above it.
    const ties = last ? await index.tiesAfter(last.value, last.id, size) : []
    chunks.push(ties)
    if (last && ties.length === size) {
      last = { value: last.value, id: ties[size - 1]! }
    } else {
      const wanted = size - ties.length
      const { ids, lastValue } = await index.above(last?.value, wanted)
      chunks.push(ids)
      if (ids.length < wanted) break // the index ended
      if (lastValue === undefined) throw new Error('The list order changed while it was read')
      last = { value: lastValue, id: ids[ids.length - 1]! }
    }
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
  return concatenated(chunks)
}

function concatenated(chunks: readonly Id[][]): Int32Array {
  const out = new Int32Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0))
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.length
  }
  return out
}

/**
 * Up to `limit` primary keys of an index's entries with exactly `key`, after `after` in
 * primary-key order. No key range can start inside a tie group and Dexie has no call for it
 * (nor may the list use `offset()`), so this is IndexedDB's own way: a key cursor positioned
 * with `continuePrimaryKey`. Measured in Chromium: ≈ 11 µs a key (a chunk of 2 500 ≈ 30 ms),
 * against ≈ 4 µs for `getAllKeys` — used only for the part of a chunk inside a tie group.
 */
export async function primaryKeysInTieAfter(db: Dexie, table: string, index: string, key: IDBValidKey, after: IDBValidKey, limit: number): Promise<IDBValidKey[]> {
  if (!db.isOpen()) await db.open()
  const source = db.backendDB().transaction(table, 'readonly').objectStore(table).index(index)
  return new Promise((resolve, reject) => {
    const keys: IDBValidKey[] = []
    // A key as the query is that key's range (not the global IDBKeyRange: Dexie may run on another IndexedDB).
    const request = source.openKeyCursor(key)
    request.onerror = () => reject(request.error ?? new Error(`Reading the index ${index} failed`))
    request.onsuccess = () => {
      const cursor = request.result
      if (!cursor) return resolve(keys)
      const order = cmp(cursor.primaryKey, after)
      // continuePrimaryKey lands on the first entry at or after `after`: the entry `after` itself is skipped next.
      if (order < 0) return cursor.continuePrimaryKey(key, after)
      if (order > 0) keys.push(cursor.primaryKey)
      if (keys.length >= limit) return resolve(keys)
      cursor.continue()
    }
  })
}
