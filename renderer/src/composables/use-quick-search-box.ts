import { computed, type InputHTMLAttributes } from 'vue'
import { isNavigationFailure, NavigationFailureType, useRouter } from 'vue-router'
import { useQuickSearch } from '@renderer/stores/quick-search'

const LIST = 'customers'

/**
 * What the frame's search box does beyond holding the text. Typing on any screen shows the
 * list with the results (a card left on screen while the box says "Kowalska" misleads the
 * desk); Esc clears the text and goes back to the screen the typing left. ↑/↓ and Enter on
 * the list are the list's own (views/customer-list/use-search-keys.ts); from another screen
 * they first bring the list back.
 */
export function useQuickSearchBox() {
  const router = useRouter()
  const search = useQuickSearch()
  const onList = () => router.currentRoute.value.name === LIST

  // Anywhere else the desk goes from the list (a card opened, another screen) is where they
  // are now: Esc has nothing to go back to.
  router.afterEach((to) => {
    if (to.name !== LIST) search.returnTo = null
  })

  function showList(): void {
    if (onList()) return
    search.returnTo = router.currentRoute.value.fullPath
    void router.push({ name: LIST }).then((failure) => {
      // A screen that asks before it is left (an import being written) may keep the desk; a
      // push only overtaken by the next keystroke's (a guard still deciding) is not that.
      if (failure && !isNavigationFailure(failure, NavigationFailureType.cancelled)) search.returnTo = null
    })
  }

  function onType(value: string): void {
    search.query = value
    if (value.trim() !== '') showList()
  }

  function onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      const back = search.returnTo
      if (search.query === '' && back === null) return
      // Chromium's own Esc on a search field would clear it a second time, unseen by Vue.
      event.preventDefault()
      search.query = ''
      search.returnTo = null
      if (back !== null && onList()) void router.push(back)
      return
    }
    // The list's own keys (use-search-keys.ts) see the event first and may have just opened
    // a card: by now the route has left the list, and this must not bring it back.
    if (event.defaultPrevented) return
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp' || event.key === 'Enter') && !onList() && search.query.trim() !== '') {
      event.preventDefault()
      showList()
    }
  }

  /** The box as a combobox whose results are the list's rows (announced as they are highlighted). */
  const ariaProps = computed((): InputHTMLAttributes => {
    const open = onList() && search.focused && search.activeRowId !== undefined
    return {
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-haspopup': 'grid',
      'aria-controls': 'customer-table',
      'aria-expanded': open ? 'true' : 'false',
      'aria-activedescendant': open ? search.activeRowId : undefined
    }
  })

  return {
    onType,
    onKeydown,
    onFocus: () => (search.focused = true),
    onBlur: () => (search.focused = false),
    ariaProps
  }
}
