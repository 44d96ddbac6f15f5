import { computed, onBeforeUnmount, ref, watch, type Ref } from 'vue'
import { hasFilters } from '@shared/list/list-query'
import { listEngine, ListCancelled } from '@renderer/db'
import { useCustomerList } from '@renderer/stores/customer-list'

/**
 * How many customers the quick search finds outside the list's filters, segment, store or
 * import — so a search narrowed by something chosen earlier never ends in a silent "no
 * match" (the list offers to show them). Counted only after the list's own count is known,
 * so it never holds up the first rows; a newer answer drops it.
 */
export function useOutsideMatches(): Ref<number> {
  const list = useCustomerList()
  const outside = ref(0)
  const narrowed = computed(() => hasFilters(list.filters) || list.importShown !== null)
  let controller: AbortController | null = null

  // Each answer is counted once, when its own count is known (at once, or after its full order).
  watch(
    () => [list.generation, list.total] as const,
    ([generation, total], previous) => {
      const sameAnswer = previous?.[0] === generation
      if (sameAnswer && previous[1] !== null) return
      if (!sameAnswer) {
        controller?.abort()
        outside.value = 0
      }
      const search = list.answeredSearch
      if (!narrowed.value || search === '' || total === null) return
      const own = new AbortController()
      controller = own
      listEngine()
        .countSearch(search, Date.now(), own.signal)
        .then((everywhere) => {
          if (!own.signal.aborted) outside.value = Math.max(0, everywhere - total)
        })
        .catch((error: unknown) => {
          // Only a hint: the list itself is right without it, so a failure is logged, not shown.
          if (!(error instanceof ListCancelled)) console.error('Counting the matches outside the filters failed:', error)
        })
    },
    { immediate: true }
  )
  onBeforeUnmount(() => controller?.abort())
  return outside
}
