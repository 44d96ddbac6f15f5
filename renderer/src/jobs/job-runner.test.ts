import { describe, expect, it } from 'vitest'
import { AppError } from '@shared/errors'
import { throwIfCancelled, type JobProgress } from '@shared/jobs/job'
import { createJob, onWatchedJobProgress } from './job-runner'

/** The job runner: what export, print, import, demo data, bulk changes and undo run through. */

const describeError = (error: unknown) => `Words for ${(error as AppError).code}`

/** A gate the test opens, so the work can be held at a chunk boundary. */
function gate() {
  let open!: () => void
  const opened = new Promise<void>((resolve) => (open = resolve))
  return { open, opened }
}

describe('a job', () => {
  it('shows each chunk\'s progress in order while it runs, and ends finished with the work\'s value', async () => {
    const job = createJob(describeError)
    const seen: Array<JobProgress | null> = []
    const outcome = await job.run(async ({ onProgress }) => {
      expect(job.running).toBe(true)
      for (let done = 0; done <= 3; done++) {
        onProgress({ done, total: 3 })
        seen.push(job.progress)
        await Promise.resolve()
      }
      return 'saved.xlsx'
    })
    expect(seen.map((progress) => progress?.done)).toEqual([0, 1, 2, 3])
    expect(outcome).toEqual({ status: 'finished', value: 'saved.xlsx' })
    expect(job.running).toBe(false)
    expect(job.progress).toBeNull()
  })

  it('cancelled mid-way: the work stops at its next chunk, its own cleanup runs, and the outcome is cancelled', async () => {
    const job = createJob(describeError)
    const held = gate()
    const written: number[] = []
    let cleanedUp = false
    const running = job.run(async ({ signal, onProgress }) => {
      try {
        for (let chunk = 1; chunk <= 10; chunk++) {
          throwIfCancelled(signal)
          written.push(chunk)
          onProgress({ done: chunk, total: 10 })
          if (chunk === 2) await held.opened
        }
      } catch (error) {
        written.length = 0
        cleanedUp = true
        throw error
      }
    })
    await Promise.resolve()
    expect(job.cancel()).toBe(true)
    expect(job.cancelling).toBe(true)
    held.open()
    await expect(running).resolves.toEqual({ status: 'cancelled' })
    expect(cleanedUp).toBe(true)
    expect(written).toEqual([])
    expect(job).toMatchObject({ running: false, cancelling: false, progress: null, problem: null })
  })

  it('a failure ends it failed with the error in words, kept until the next run or a reset', async () => {
    const job = createJob(describeError)
    const outcome = await job.run(async () => {
      throw new AppError('export.disk-full')
    })
    expect(outcome).toMatchObject({ status: 'failed', message: 'Words for export.disk-full', error: { code: 'export.disk-full' } })
    expect(job.problem).toBe('Words for export.disk-full')
    job.reset()
    expect(job.problem).toBeNull()
    await job.run(async () => {
      throw new AppError('data.invalid')
    })
    await job.run(async () => 1)
    expect(job.problem).toBeNull()
  })

  it('whatever the work throws on its way out after Cancel is the cancellation, not a failure', async () => {
    const job = createJob(describeError)
    const outcome = await job.run(async ({ signal }) => {
      job.cancel()
      expect(signal.aborted).toBe(true)
      throw new AppError('import.session-expired')
    })
    expect(outcome).toEqual({ status: 'cancelled' })
    expect(job.problem).toBeNull()
  })

  it('runs one at a time: a second run while one runs is refused and its work never starts', async () => {
    const job = createJob(describeError)
    const held = gate()
    const first = job.run(() => held.opened.then(() => 'first'))
    let secondStarted = false
    await expect(job.run(async () => (secondStarted = true))).resolves.toEqual({ status: 'busy' })
    expect(secondStarted).toBe(false)
    held.open()
    await expect(first).resolves.toEqual({ status: 'finished', value: 'first' })
    await expect(job.run(async () => 'again')).resolves.toEqual({ status: 'finished', value: 'again' })
  })

  it('offers no Cancel past the point of no return, nor when nothing runs', async () => {
    const job = createJob(describeError)
    expect(job.cancel()).toBe(false)
    const outcome = await job.run(async ({ signal, onProgress }) => {
      onProgress({ phase: 'finishing', done: 1, total: 1, cancellable: false })
      expect(job.cancel()).toBe(false)
      expect(signal.aborted).toBe(false)
      return 'renamed into place'
    })
    expect(outcome).toEqual({ status: 'finished', value: 'renamed into place' })
  })

  it('ignores a progress report that arrives after the run ended', async () => {
    const job = createJob(describeError)
    let late: ((progress: JobProgress) => void) | undefined
    await job.run(async ({ onProgress }) => void (late = onProgress))
    late!({ done: 5, total: 5 })
    expect(job.progress).toBeNull()
  })
})

describe('progress the desk hears', () => {
  it('a job a person watches tells of each progress report (the idle lock counts it as activity); background work does not', async () => {
    let heard = 0
    const stop = onWatchedJobProgress(() => heard++)
    const steps = async ({ onProgress }: { onProgress: (progress: JobProgress) => void }) => {
      for (let done = 1; done <= 3; done++) onProgress({ done, total: 3 })
    }
    await createJob(describeError, { watched: true }).run(steps)
    expect(heard).toBe(3)
    await createJob(describeError).run(steps)
    expect(heard).toBe(3)
    stop()
    await createJob(describeError, { watched: true }).run(steps)
    expect(heard).toBe(3)
  })
})
