import { isColumnTarget, type ColumnTarget } from '@shared/import/fields'
import { headersSignature } from '@shared/import/header-words'

/**
 * The mapping a user confirmed, remembered per set of headers: the next file with the same
 * headers (next month's export from the same system) opens with it. Kept in localStorage —
 * a per-PC preference like the list layout, not data that travels with a backup.
 */
const storageKey = 'regulars.import.mappings'
const maxRemembered = 30

interface Remembered {
  signature: string
  targets: ColumnTarget[]
  at: number
}

function load(storage: Storage): Remembered[] {
  try {
    const parsed = JSON.parse(storage.getItem(storageKey) ?? '[]') as Remembered[]
    return Array.isArray(parsed) ? parsed.filter((item) => typeof item?.signature === 'string' && Array.isArray(item.targets)) : []
  } catch {
    return []
  }
}

export function recallMapping(headers: readonly string[], storage: Storage = localStorage): ColumnTarget[] | null {
  const signature = headersSignature(headers)
  const found = load(storage).find((item) => item.signature === signature)
  if (!found || found.targets.length !== headers.length || !found.targets.every(isColumnTarget)) return null
  return found.targets
}

export function rememberMapping(headers: readonly string[], targets: readonly ColumnTarget[], storage: Storage = localStorage, now = Date.now()): void {
  const signature = headersSignature(headers)
  const others = load(storage).filter((item) => item.signature !== signature)
  const next = [{ signature, targets: [...targets], at: now }, ...others].slice(0, maxRemembered)
  try {
    storage.setItem(storageKey, JSON.stringify(next))
  } catch {
    // A full localStorage only costs the convenience of a remembered mapping.
  }
}
