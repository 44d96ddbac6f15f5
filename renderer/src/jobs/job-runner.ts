import { shallowReactive } from 'vue'
import { isJobCancelled, type JobOptions, type JobProgress } from '@shared/jobs/job'

/**
 * Runs long work (shared/jobs/job.ts) for the UI: one run at a time, owning its AbortController,
 * keeping its progress as reactive state, and turning how it ended into one outcome:
 *
 *   const job = useJob()                                   // in a component's setup (use-job.ts)
 *   const outcome = await job.run((control) => loadDemoData(appDb(), { ...size, ...control }))
 *   if (outcome.status === 'finished') …outcome.value
 *   else if (outcome.status === 'cancelled') …"nothing was changed"
 *   else if (outcome.status === 'failed') …outcome.message (already in words)
 *
 * `job.progress`, `job.cancelling` and `job.running` feed JobProgressPanel; `job.cancel()` is its
 * Cancel button. A run asked for while one runs is refused ('busy'), not queued: a second click
 * must not start a second export.
 */

export type JobOutcome<T> =
  | { status: 'finished'; value: T }
  | { status: 'cancelled' }
  | { status: 'failed'; error: unknown; message: string }
  | { status: 'busy' }

/** What the work is given: pass it on as the options of the long function it calls. */
export type JobControl = Required<JobOptions>

export interface Job {
  readonly running: boolean
  /** The last progress reported by the running work; null before the first and after the end. */
  readonly progress: JobProgress | null
  /** Cancel was pressed and the work has not stopped yet. */
  readonly cancelling: boolean
  /** The last run's failure in words (kept until the next run or reset). */
  readonly problem: string | null
  run<T>(work: (control: JobControl) => Promise<T>): Promise<JobOutcome<T>>
  /** Asks the running work to stop; false when nothing runs or it is past the point of no return. */
  cancel(): boolean
  /** Forgets the last failure (a dialog opened again starts clean). */
  reset(): void
}

const watchedProgress = new Set<() => void>()

/**
 * Called at each progress report of a job a person started and watches (useJob's): the desk's
 * idle lock counts it as someone at the desk, so a backup, an export or an import that runs
 * longer than the idle minutes is not stopped halfway by the lock (a lock stops file work).
 * Returns the unsubscribe.
 */
export function onWatchedJobProgress(listener: () => void): () => void {
  watchedProgress.add(listener)
  return () => watchedProgress.delete(listener)
}

/**
 * A job whose failures are worded by `describeError` (useJob passes the translated error
 * message); `watched`: a person started it and waits for it (see onWatchedJobProgress), not
 * background work such as the rules' passes.
 */
export function createJob(describeError: (error: unknown) => string, options: { watched?: boolean } = {}): Job {
  let controller: AbortController | null = null

  async function run<T>(work: (control: JobControl) => Promise<T>): Promise<JobOutcome<T>> {
    if (state.running) return { status: 'busy' }
    const own = new AbortController()
    controller = own
    Object.assign(state, { running: true, progress: null, cancelling: false, problem: null })
    const onProgress = (progress: JobProgress) => {
      // A report that arrives after the run ended (a stray callback) must not show again.
      if (controller !== own) return
      state.progress = { ...progress }
      if (options.watched) for (const listener of watchedProgress) listener()
    }
    try {
      return { status: 'finished', value: await work({ signal: own.signal, onProgress }) }
    } catch (error) {
      // After Cancel, whatever the work threw on its way out (a closed session, an aborted
      // transaction) is the cancellation, not a failure to report.
      if (isJobCancelled(error) || own.signal.aborted) return { status: 'cancelled' }
      const message = describeError(error)
      state.problem = message
      return { status: 'failed', error, message }
    } finally {
      controller = null
      Object.assign(state, { running: false, progress: null, cancelling: false })
    }
  }

  function cancel(): boolean {
    if (!controller || state.progress?.cancellable === false) return false
    state.cancelling = true
    controller.abort()
    return true
  }

  function reset(): void {
    state.problem = null
  }

  const state = shallowReactive({
    running: false,
    progress: null as JobProgress | null,
    cancelling: false,
    problem: null as string | null,
    run,
    cancel,
    reset
  })
  return state
}
