import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { appDb, listEngine, onListDataChanged, ListCancelled, createSegment, deleteSegment, listSegments, updateSegment, type SavedSegment, type SegmentInput } from '@renderer/db'
import type { Id } from '@shared/domain/types'

/**
 * Saved segments with their live counts for the side bar. Counts are computed one segment
 * at a time when the app is idle (never before the list's first rows), and again a moment
 * after any write that can change them; a newer round cancels the one under way.
 */

const RECOUNT_DELAY_MS = 1_500
const COUNT_TABLES = ['customers', 'customerStoreStats', 'orders', 'stores', 'settings']

export const useSegments = defineStore('segments', () => {
  const segments = shallowRef<SavedSegment[]>([])
  const counts = ref<Record<Id, number | 'mixed-currencies'>>({})
  const base = ref<number | null>(null)
  const loaded = ref(false)
  let round: AbortController | null = null
  let started = false
  let timer: ReturnType<typeof setTimeout> | undefined

  async function reload(): Promise<void> {
    segments.value = await listSegments(appDb())
    loaded.value = true
    scheduleCounts(0)
  }

  function scheduleCounts(delay: number): void {
    clearTimeout(timer)
    timer = setTimeout(() => {
      const idle = (globalThis as { requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number }).requestIdleCallback
      if (idle) idle(() => void recount(), { timeout: 2_000 })
      else void recount()
    }, delay)
  }

  async function recount(): Promise<void> {
    round?.abort()
    const own = new AbortController()
    round = own
    const engine = listEngine()
    try {
      base.value = await engine.totalCustomers()
      for (const segment of segments.value) {
        if (own.signal.aborted) return
        const count = await engine.count(segment.filters, Date.now(), own.signal)
        if (own.signal.aborted) return
        counts.value = { ...counts.value, [segment.id]: count }
      }
    } catch (error) {
      if (!(error instanceof ListCancelled)) throw error
    }
  }

  /** Starts listing and counting (once, from the side bar). */
  function start(): void {
    if (started) return
    started = true
    onListDataChanged((tables) => {
      if (tables.has('segments')) void reload()
      else if (COUNT_TABLES.some((table) => tables.has(table))) scheduleCounts(RECOUNT_DELAY_MS)
    })
    void reload()
  }

  async function create(input: SegmentInput): Promise<Id> {
    const id = await createSegment(appDb(), input)
    await reload()
    return id
  }

  async function update(id: Id, input: SegmentInput): Promise<void> {
    await updateSegment(appDb(), id, input)
    await reload()
  }

  async function remove(id: Id): Promise<void> {
    await deleteSegment(appDb(), id)
    await reload()
  }

  function byId(id: Id | null): SavedSegment | undefined {
    return id === null ? undefined : segments.value.find((segment) => segment.id === id)
  }

  return { segments, counts, base, loaded, start, reload, create, update, remove, byId }
})
