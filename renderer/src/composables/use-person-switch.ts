import { watch } from 'vue'
import { useRouter } from 'vue-router'
import { useCustomerList } from '@renderer/stores/customer-list'
import { useListSelection } from '@renderer/stores/list-selection'
import { useQuickSearch } from '@renderer/stores/quick-search'
import { useSession } from '@renderer/stores/session'

/**
 * When another person signs in after a lock, the previous one's work at the desk goes: the
 * search text, ticked customers, the list's filters and the rows it keeps in memory (they may
 * be of stores the new person does not see), and the screen they were on. The same person back
 * after an idle lock finds everything as they left it.
 */
export function usePersonSwitch(): void {
  const session = useSession()
  const router = useRouter()
  let previousId: number | null = session.person?.id ?? null

  // Synchronously as the person changes: before the frame is drawn again for the new one.
  watch(
    () => session.person?.id ?? null,
    (id) => {
      if (id === null) return
      if (previousId !== null && id !== previousId) forgetPreviousWork()
      previousId = id
    },
    { flush: 'sync' }
  )

  function forgetPreviousWork(): void {
    Object.assign(useQuickSearch(), { query: '', returnTo: null, highlight: 0 })
    useListSelection().clear()
    Object.assign(useCustomerList(), {
      filters: {},
      segmentId: null,
      importShown: null,
      firstRows: [],
      rows: new Map(),
      ordered: null,
      knownTotal: null,
      status: 'idle'
    })
    void router.replace({ name: 'customers' })
  }
}
