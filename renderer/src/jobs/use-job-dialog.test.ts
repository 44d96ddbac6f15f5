// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { mount, type VueWrapper } from '@vue/test-utils'
import { NDialogProvider } from 'naive-ui'
import { throwIfCancelled } from '@shared/jobs/job'
import { createAppI18n } from '@renderer/i18n'
import { createJob } from './job-runner'
import { useJobDialog } from './use-job-dialog'

/** The dialog of work started from a menu: progress and Cancel until the job ends. */

let wrapper: VueWrapper | undefined
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
})

function withDialogs() {
  let show!: ReturnType<typeof useJobDialog>
  const Inner = defineComponent({
    setup() {
      show = useJobDialog()
      return () => null
    }
  })
  wrapper = mount(NDialogProvider, {
    slots: { default: () => h(Inner) },
    attachTo: document.body,
    // Real transitions: the dialog is removed when its leave transition ends.
    global: { plugins: [createAppI18n('en')], stubs: { transition: false } }
  })
  return show
}

const byTestId = (id: string) => document.body.querySelector<HTMLElement>(`[data-testid="${id}"]`)
const settle = async () => {
  for (let i = 0; i < 5; i++) await nextTick()
  await new Promise((resolve) => setTimeout(resolve, 400))
}

describe('the job dialog', () => {
  it('shows the progress under its title, cancels the job from its button, and closes when the job ends', async () => {
    const showJobDialog = withDialogs()
    const job = createJob(String)
    let release!: () => void
    const running = job.run(async ({ signal, onProgress }) => {
      showJobDialog(job, { title: 'Exporting to klienci.xlsx', lines: { customers: 'export.progress.customers' }, testId: 'export' })
      onProgress({ phase: 'customers', done: 1000, total: 4000 })
      await new Promise<void>((resolve) => (release = resolve))
      throwIfCancelled(signal)
    })
    await settle()
    expect(document.body.textContent).toContain('Exporting to klienci.xlsx')
    expect(byTestId('export-progress')?.querySelector('[role="status"]')?.textContent).toBe('Customers: 1,000 of 4,000')
    byTestId('export-cancel')!.click()
    expect(job.cancelling).toBe(true)
    release()
    await expect(running).resolves.toEqual({ status: 'cancelled' })
    await settle()
    expect(byTestId('export-progress')).toBeNull()
  })
})
