import { describe, expect, it } from 'vitest'
import { AppError } from '../errors'
import { isJobCancelled, jobFraction, JobCancelled, throwIfCancelled } from './job'

describe('the job model', () => {
  it('stops work only once its signal is aborted, with an error every layer recognises', () => {
    const controller = new AbortController()
    expect(() => throwIfCancelled(controller.signal)).not.toThrow()
    expect(() => throwIfCancelled(undefined)).not.toThrow()
    controller.abort()
    expect(() => throwIfCancelled(controller.signal, 'The import was cancelled')).toThrow(JobCancelled)
    expect(isJobCancelled(new JobCancelled())).toBe(true)
    // After a trip through IPC or a structured clone only the code is left.
    expect(isJobCancelled({ code: 'jobs.cancelled' })).toBe(true)
    expect(isJobCancelled(new AppError('export.disk-full'))).toBe(false)
    expect(isJobCancelled(null)).toBe(false)
  })

  it('tells how much is done: the phase share when given, done of total otherwise, nothing without a total', () => {
    expect(jobFraction(null)).toBeNull()
    expect(jobFraction({ done: 250, total: 1000 })).toBe(0.25)
    expect(jobFraction({ done: 5, total: 0 })).toBe(1)
    expect(jobFraction({ done: 250 })).toBeNull()
    expect(jobFraction({ done: 250, total: 1000, fraction: 0.6 })).toBe(0.6)
    expect(jobFraction({ done: 2000, total: 1000 })).toBe(1)
  })
})
