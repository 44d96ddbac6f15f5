import { onScopeDispose } from 'vue'
import { useErrorMessage } from '@renderer/composables/use-error-message'
import { createJob, type Job } from './job-runner'

/**
 * A job for a component (job-runner.ts): its failures are worded in the UI language, and it is
 * cancelled when the component goes away — leaving the screen stops the work, which then
 * cleans up after itself as on Cancel.
 */
export function useJob(): Job {
  const job = createJob(useErrorMessage())
  onScopeDispose(() => job.cancel())
  return job
}
