import { isColumnTarget, type ColumnTarget } from '@shared/import/fields'
import { headersSignature } from '@shared/import/header-words'
import type { NameOrder } from '@shared/import/split-name'

/**
 * The mapping a user confirmed, remembered per set of headers: the next file with the same
 * headers (next month's export from the same system) opens with it, and with the name order
 * chosen for a full-name column. Kept in localStorage — a per-PC preference like the list
 * layout, not data that travels with a backup.
 */
const storageKey = 'regulars.import.mappings'
const maxRemembered = 30

export interface RememberedMapping {
  targets: ColumnTarget[]
  /** Per column; absent in mappings remembered before the order could be chosen. */
  nameOrders?: NameOrder[]
}

interface Remembered extends RememberedMapping {
  signature: string
  at: number
}

const nameOrders: readonly unknown[] = ['first-name-first', 'surname-first'] satisfies NameOrder[]

function load(storage: Storage): Remembered[] {
  try {
    const parsed = JSON.parse(storage.getItem(storageKey) ?? '[]') as Remembered[]
    return Array.isArray(parsed) ? parsed.filter((item) => typeof item?.signature === 'string' && Array.isArray(item.targets)) : []
  } catch {
    return []
  }
}

export function recallMapping(headers: readonly string[], storage: Storage = localStorage): RememberedMapping | null {
  const signature = headersSignature(headers)
  const found = load(storage).find((item) => item.signature === signature)
  if (!found || found.targets.length !== headers.length || !found.targets.every(isColumnTarget)) return null
  const orders = Array.isArray(found.nameOrders) && found.nameOrders.length === headers.length && found.nameOrders.every((order) => nameOrders.includes(order))
  return { targets: found.targets, ...(orders ? { nameOrders: found.nameOrders } : {}) }
}

export function rememberMapping(headers: readonly string[], mapping: RememberedMapping, storage: Storage = localStorage, now = Date.now()): void {
  const signature = headersSignature(headers)
  const others = load(storage).filter((item) => item.signature !== signature)
  const next = [{ signature, targets: [...mapping.targets], nameOrders: mapping.nameOrders ? [...mapping.nameOrders] : undefined, at: now }, ...others].slice(0, maxRemembered)
  try {
    storage.setItem(storageKey, JSON.stringify(next))
  } catch {
    // A full localStorage only costs the convenience of a remembered mapping.
  }
}
