import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import { columnKeys, columns, defaultVisibleColumns, isColumnKey, type ColumnKey } from '../views/customer-list/columns'
import { defaultSort, sortColumns, type ListSort } from '@shared/list/list-query'

/**
 * The customer list's layout (F5, F6): which columns show, in what order, whether the order
 * is locked, and the sort. Remembered per user on this PC (localStorage, read synchronously
 * so the first frame already has the user's columns). The user is "this PC" until staff
 * profiles exist; `useUser(name)` switches to another person's layout.
 */

export interface StoredLayout {
  order: ColumnKey[]
  visible: ColumnKey[]
  locked: boolean
  sort: ListSort
}

const STORAGE_PREFIX = 'regulars.listLayout.v1.'

export function defaultLayout(): StoredLayout {
  return { order: [...columnKeys], visible: [...defaultVisibleColumns], locked: false, sort: { ...defaultSort } }
}

/** Columns stored under an earlier name: the home store's column was "store" before the field catalogue. */
const renamedColumns: Record<string, ColumnKey> = { store: 'homeStore' }

function renamed(key: unknown): unknown {
  return typeof key === 'string' ? (renamedColumns[key] ?? key) : key
}

/** Reads a stored layout defensively: unknown columns are dropped, new ones appended hidden. */
export function parseLayout(text: string | null): StoredLayout {
  const fallback = defaultLayout()
  if (!text) return fallback
  try {
    const raw = JSON.parse(text) as Partial<StoredLayout>
    const order = Array.isArray(raw.order) ? [...new Set(raw.order.map(renamed).filter(isColumnKey))] : fallback.order
    for (const key of columnKeys) if (!order.includes(key)) order.push(key)
    const visible = Array.isArray(raw.visible) ? [...new Set(raw.visible.map(renamed).filter(isColumnKey))] : fallback.visible
    for (const key of columnKeys) if (columns[key].required && !visible.includes(key)) visible.unshift(key)
    const sort =
      raw.sort && (sortColumns as readonly string[]).includes(raw.sort.column) && (raw.sort.direction === 'asc' || raw.sort.direction === 'desc')
        ? { column: raw.sort.column, direction: raw.sort.direction }
        : fallback.sort
    return { order, visible, locked: raw.locked === true, sort }
  } catch {
    return fallback
  }
}

export const useListLayout = defineStore('list-layout', () => {
  const user = ref('this PC')
  const layout = ref<StoredLayout>(read(user.value))

  function read(name: string): StoredLayout {
    try {
      return parseLayout(localStorage.getItem(STORAGE_PREFIX + name))
    } catch {
      return defaultLayout()
    }
  }

  watch(
    layout,
    (value) => {
      try {
        localStorage.setItem(STORAGE_PREFIX + user.value, JSON.stringify(value))
      } catch {
        // Storage full or blocked: the layout still works for this session.
      }
    },
    { deep: true }
  )

  function useUser(name: string): void {
    if (name === user.value) return
    user.value = name
    layout.value = read(name)
  }

  /** Visible columns in the user's order. */
  const visibleColumns = computed(() => layout.value.order.filter((key) => layout.value.visible.includes(key)))

  function setVisible(key: ColumnKey, visible: boolean): void {
    if (columns[key].required) return
    const current = layout.value.visible.filter((other) => other !== key)
    layout.value.visible = visible ? [...current, key] : current
  }

  /** Moves a column to another place in the order (refused while the order is locked). */
  function move(key: ColumnKey, toIndex: number): void {
    if (layout.value.locked) return
    const order = layout.value.order.filter((other) => other !== key)
    order.splice(Math.max(0, Math.min(toIndex, order.length)), 0, key)
    layout.value.order = order
  }

  function setLocked(locked: boolean): void {
    layout.value.locked = locked
  }

  function setSort(sort: ListSort): void {
    layout.value.sort = { ...sort }
  }

  function reset(): void {
    const sort = layout.value.sort
    layout.value = { ...defaultLayout(), sort }
  }

  return { user, layout, visibleColumns, useUser, setVisible, move, setLocked, setSort, reset }
})
