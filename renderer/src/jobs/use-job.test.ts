// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { defineComponent } from 'vue'
import { mount } from '@vue/test-utils'
import { AppError } from '@shared/errors'
import { createAppI18n } from '@renderer/i18n'
import type { Job } from './job-runner'
import { useJob } from './use-job'

/** A component's job: failures in the UI language, and leaving the screen stops the work. */

function mounted() {
  let job!: Job
  const Host = defineComponent({
    setup() {
      job = useJob()
      return () => null
    }
  })
  const wrapper = mount(Host, { global: { plugins: [createAppI18n('pl')] } })
  return { job, wrapper }
}

describe('useJob', () => {
  it('words a failure in the UI language', async () => {
    const { job } = mounted()
    const outcome = await job.run(async () => {
      throw new AppError('data.customer-not-found')
    })
    expect(outcome).toMatchObject({ status: 'failed', message: expect.stringContaining('Ten klient już nie istnieje') })
  })

  it('cancels the running work when its component goes away', async () => {
    const { job, wrapper } = mounted()
    let signal: AbortSignal | undefined
    const running = job.run(
      (control) =>
        new Promise((_, reject) => {
          signal = control.signal
          control.signal.addEventListener('abort', () => reject(new Error('stopped')))
        })
    )
    wrapper.unmount()
    expect(signal?.aborted).toBe(true)
    await expect(running).resolves.toEqual({ status: 'cancelled' })
  })
})
