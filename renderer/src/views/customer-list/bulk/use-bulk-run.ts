import { ref } from 'vue'
import type { BulkOptions } from '@renderer/db'
import { useErrorMessage } from '@renderer/composables/use-error-message'

export interface BulkProgress {
  done: number
  total: number
}

/** Starts the progress at 0 of `total` and returns the options that stop and report the bulk write. */
export type TrackBulk = (total: number) => Pick<BulkOptions, 'signal' | 'onProgress'>

/**
 * The running state shared by the bulk dialogs: one action at a time, its progress, a Stop
 * that cancels it (the data layer stops between chunks) and the error it ended with, in words.
 */
export function useBulkRun() {
  const errorMessage = useErrorMessage()
  const running = ref(false)
  const progress = ref<BulkProgress | null>(null)
  const problem = ref<string | null>(null)
  let controller: AbortController | null = null

  /** Runs `action`; a thrown error becomes `problem` (the dialog stays open to show it). */
  async function run(action: (track: TrackBulk) => Promise<void>): Promise<void> {
    running.value = true
    problem.value = null
    const current = new AbortController()
    controller = current
    const track: TrackBulk = (total) => {
      progress.value = { done: 0, total }
      return { signal: current.signal, onProgress: (done, total) => (progress.value = { done, total }) }
    }
    try {
      await action(track)
    } catch (error) {
      problem.value = errorMessage(error)
    } finally {
      running.value = false
      controller = null
    }
  }

  /** Cancels the running action; false when nothing runs (the caller closes instead). */
  function stop(): boolean {
    if (!running.value) return false
    controller?.abort()
    return true
  }

  /** Forgets the last run's progress and error (when the dialog opens again). */
  function reset(): void {
    problem.value = null
    progress.value = null
  }

  return { running, progress, problem, run, stop, reset }
}
