// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { defineComponent } from 'vue'
import { mount } from '@vue/test-utils'
import { createAppI18n } from '@renderer/i18n'
import { useBulkRun } from './use-bulk-run'

/** The bulk dialogs' running state: progress, Stop and the error, as the desk sees them. */

function bulkRun() {
  let state!: ReturnType<typeof useBulkRun>
  const Host = defineComponent({
    setup() {
      state = useBulkRun()
      return () => null
    }
  })
  mount(Host, { global: { plugins: [createAppI18n('en')] } })
  return state
}

describe('useBulkRun', () => {
  it('reports progress, and Stop aborts the running action instead of closing', async () => {
    const bulk = bulkRun()
    expect(bulk.stop()).toBe(false)
    let release!: () => void
    let signal: AbortSignal | undefined
    const running = bulk.run(async (track) => {
      const options = track(4000)
      signal = options.signal
      options.onProgress?.(1000, 4000)
      await new Promise<void>((done) => (release = done))
    })
    expect(bulk.running.value).toBe(true)
    expect(bulk.progress.value).toEqual({ done: 1000, total: 4000 })
    expect(bulk.stop()).toBe(true)
    expect(signal?.aborted).toBe(true)
    release()
    await running
    expect(bulk.running.value).toBe(false)
    expect(bulk.stop()).toBe(false)
  })

  it('keeps a failure as a sentence until the dialog opens again', async () => {
    const bulk = bulkRun()
    await bulk.run(async (track) => {
      track(10)
      throw new Error('IndexedDB went away')
    })
    expect(bulk.running.value).toBe(false)
    expect(bulk.problem.value).toBe('Something went wrong. Nothing was changed; please try again.')
    bulk.reset()
    expect(bulk.problem.value).toBeNull()
    expect(bulk.progress.value).toBeNull()
  })
})
