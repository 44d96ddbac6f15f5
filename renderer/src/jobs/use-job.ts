import { onScopeDispose } from 'vue'
import { useErrorMessage } from '@renderer/composables/use-error-message'
import { createJob, type Job } from './job-runner'

/**
 * A job for a component (job-runner.ts): its failures are worded in the UI language, it is
 * cancelled when the component goes away — leaving the screen stops the work, which then
 * cleans up after itself as on Cancel — and while it reports progress the desk does not lock
 * for being idle.
 */
export function useJob(): Job {
  const job = createJob(useErrorMessage(), { watched: true })
  onScopeDispose(() => job.cancel())
  return job
}
