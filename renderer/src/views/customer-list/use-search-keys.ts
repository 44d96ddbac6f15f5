import { onBeforeUnmount, onMounted, watch } from 'vue'
import type { Id } from '@shared/domain/types'
import { useCustomerList } from '@renderer/stores/customer-list'
import { useQuickSearch } from '@renderer/stores/quick-search'

/**
 * The results worked from the search box, without leaving it: with text in the box, ↑/↓
 * move the highlight through the list, Enter opens the highlighted customer (the first
 * until ↑/↓ moved) and selects the text, so the next name typed replaces it. An
 * Enter that comes before the answer to the text typed (a card reader types the number
 * and Enter at once) opens the first match once it is there — never a row of an older
 * answer. The table draws the highlight while the box has the focus, so it never competes
 * with the mouse or the ticks.
 */
export function useSearchKeys(open: (id: Id) => void): void {
  const list = useCustomerList()
  const search = useQuickSearch()
  let enterPending = false
  let box: HTMLInputElement | null = null

  const answerIsCurrent = () => list.status === 'ready' && list.answeredSearch === list.searchText

  // A new query starts again at its first row; fresh data for the same one keeps the place.
  watch(
    () => list.generation,
    () => {
      if (list.changedBy === 'query') search.highlight = 0
      else search.highlight = Math.max(0, Math.min(search.highlight, list.rowCount - 1))
      if (enterPending && answerIsCurrent()) {
        enterPending = false
        openHighlighted()
      }
    }
  )
  // Typing after Enter asks for something else: that Enter is spent.
  watch(
    () => list.searchText,
    () => (enterPending = false)
  )

  function openHighlighted(): void {
    const id = list.rowCount > 0 ? list.idAt(search.highlight) : undefined
    if (id === undefined) return
    open(id)
    box?.select()
  }

  function move(by: number): void {
    const last = list.rowCount - 1
    if (last < 0) return
    search.highlight = Math.max(0, Math.min(last, search.highlight + by))
  }

  function onKeydown(event: KeyboardEvent): void {
    if (!(event.target instanceof HTMLInputElement) || !event.target.closest('[data-testid="quick-search"]') || list.searchText === '') return
    box = event.target
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      // The caret stays where it is: the arrows belong to the results here.
      event.preventDefault()
      move(event.key === 'ArrowDown' ? 1 : -1)
    } else if (event.key === 'Enter') {
      event.preventDefault()
      if (answerIsCurrent()) openHighlighted()
      else enterPending = true
    }
  }

  onMounted(() => window.addEventListener('keydown', onKeydown, true))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKeydown, true))
}
