import { shallowRef } from 'vue'
import { appDb, listEngine, runDueRulesPass, runRulesPass, type RulesPassResult } from '@renderer/db'
import { createJob, type JobOutcome } from '@renderer/jobs/job-runner'

/**
 * The rules' passes over every customer run here, one at a time, in the background: after a
 * rule changes (Settings) and at the first start of each day (rules that depend on time).
 * They outlive the screen that started them — leaving Settings does not stop a pass — and
 * yield to the desk between chunks (the list engine's `idle`), so a search is never held up.
 * Settings → Rules shows the progress and offers Stop.
 */
export const rulesPassJob = createJob((error) => (error instanceof Error ? error.message : String(error)))

/** The last finished pass, for the line under the rules. */
export const lastRulesPass = shallowRef<RulesPassResult | null>(null)
/** Passes finished since the app started (the screen marks each, so a test can wait for the next). */
export const finishedRulesPasses = shallowRef(0)

function finished(result: RulesPassResult): void {
  lastRulesPass.value = result
  finishedRulesPasses.value++
}

let queue: Promise<unknown> = Promise.resolve()

function queued<T>(work: () => Promise<JobOutcome<T>>): Promise<JobOutcome<T>> {
  const next = queue.then(work, work)
  queue = next.catch(() => undefined)
  return next
}

/** Every customer against the rules as they now are (after a rule was saved, switched, moved or deleted). */
export function applyRulesToEveryone(): Promise<JobOutcome<RulesPassResult>> {
  return queued(() =>
    rulesPassJob.run(async (control) => {
      const result = await runRulesPass(appDb(), { reason: 'rule-change', betweenChunks: listEngine().idle, ...control })
      finished(result)
      return result
    })
  )
}

const HOUR = 3_600_000

/** At start (once the desk's first screen is up) and every hour: the day's pass, when one is due. */
export function startDailyRulesPass(delayMs = 5_000): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const tick = () => {
    void queued(() =>
      rulesPassJob.run(async (control) => {
        const result = await runDueRulesPass(appDb(), { betweenChunks: listEngine().idle, ...control })
        if (result) finished(result)
        return result
      })
    ).finally(() => {
      timer = setTimeout(tick, HOUR)
    })
  }
  timer = setTimeout(tick, delayMs)
  return () => clearTimeout(timer)
}
