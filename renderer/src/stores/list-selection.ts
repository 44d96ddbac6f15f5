import { defineStore } from 'pinia'
import { computed, ref, shallowRef, triggerRef } from 'vue'
import type { Id } from '@shared/domain/types'

/**
 * Ticked rows of the customer list (F10): single ticks, shift-click ranges, and "all N
 * matching" — which stays a rule (every match, minus the rows unticked since), not a copy of
 * 200 000 ids, until a bulk action resolves it against the list's order.
 */
export const useListSelection = defineStore('list-selection', () => {
  const ticked = shallowRef(new Set<Id>())
  const excluded = shallowRef(new Set<Id>())
  const allMatching = ref(false)
  /** Index of the row ticked or unticked last: the start of a shift-click range. */
  const anchor = ref<number | null>(null)

  function isTicked(id: Id): boolean {
    return allMatching.value ? !excluded.value.has(id) : ticked.value.has(id)
  }

  function set(id: Id, on: boolean): void {
    if (allMatching.value) {
      if (on) excluded.value.delete(id)
      else excluded.value.add(id)
      triggerRef(excluded)
    } else {
      if (on) ticked.value.add(id)
      else ticked.value.delete(id)
      triggerRef(ticked)
    }
  }

  /**
   * A click on a row's box. With shift, every row between the previous click and this one
   * takes this row's new state (`idsBetween` reads them from the list's order).
   */
  function toggle(id: Id, index: number, options: { shift?: boolean; idsBetween?: (from: number, to: number) => Id[] } = {}): void {
    const on = !isTicked(id)
    if (options.shift && anchor.value !== null && options.idsBetween) {
      const [from, to] = anchor.value <= index ? [anchor.value, index] : [index, anchor.value]
      for (const other of options.idsBetween(from, to)) set(other, on)
    } else {
      set(id, on)
    }
    anchor.value = index
  }

  function selectAllMatching(): void {
    allMatching.value = true
    excluded.value = new Set()
    ticked.value = new Set()
  }

  function clear(): void {
    allMatching.value = false
    ticked.value = new Set()
    excluded.value = new Set()
    anchor.value = null
  }

  /** Ticked rows given the number of matches (null while it is being counted). */
  function countOf(total: number | null): number | null {
    if (!allMatching.value) return ticked.value.size
    return total === null ? null : Math.max(0, total - excluded.value.size)
  }

  const isEmpty = computed(() => !allMatching.value && ticked.value.size === 0)

  /** The ticked ids in list order (`ordered` is the list's full order). */
  function resolve(ordered: Int32Array): Id[] {
    if (allMatching.value) {
      const out: Id[] = []
      for (const id of ordered) if (!excluded.value.has(id)) out.push(id)
      return out
    }
    const out: Id[] = []
    for (const id of ordered) if (ticked.value.has(id)) out.push(id)
    return out
  }

  return { ticked, excluded, allMatching, anchor, isTicked, toggle, selectAllMatching, clear, countOf, isEmpty, resolve }
})
