// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { mount, type VueWrapper } from '@vue/test-utils'
import type { JobProgress } from '@shared/jobs/job'
import { createAppI18n } from '@renderer/i18n'
import type { SupportedLocale } from '@renderer/i18n/locales'
import JobProgressPanel from './JobProgressPanel.vue'

/** The one progress-with-Cancel of long work, as the desk sees it. */

let wrapper: VueWrapper | undefined
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
})

const exportLines = { customers: 'export.progress.customers', orders: 'export.progress.orders', finishing: 'export.progress.finishing' }

function panel(props: { progress: JobProgress | null; cancelling?: boolean; keepsDone?: boolean; lines?: Record<string, string> }, locale: SupportedLocale = 'en') {
  wrapper = mount(JobProgressPanel, {
    global: { plugins: [createAppI18n(locale)] },
    props: { cancelling: false, lines: exportLines, testId: 'export', ...props }
  })
  return wrapper
}

const line = () => wrapper!.get('[role="status"]').text()
const button = () => wrapper!.get('[data-testid="export-cancel"]')

describe('the progress panel', () => {
  it('words the phase with the numbers of the UI language, and fills the bar by the share done', () => {
    const fr = new Intl.NumberFormat('fr')
    panel({ progress: { phase: 'customers', done: 12_500, total: 200_000, fraction: 0.0625 } }, 'fr')
    expect(line()).toBe(`Clients : ${fr.format(12_500)} sur ${fr.format(200_000)}`)
    expect(wrapper!.get('[role="progressbar"]').attributes('aria-valuenow')).toBe('6')
    expect(button().text()).toBe('Annuler')
  })

  it('names the counts of the progress (the orders written) in the line of their phase', async () => {
    panel({ progress: { phase: 'orders', done: 10, total: 40, counts: { orders: 1_234_567 } } })
    expect(line()).toBe('Orders and visits: 1,234,567 written')
    await wrapper!.setProps({ progress: { phase: 'finishing', done: 40, total: 40, fraction: 1, cancellable: false } })
    expect(line()).toBe('Finishing the file…')
  })

  it('asks to cancel once: the button then waits and the line says it is cancelling', async () => {
    panel({ progress: { phase: 'customers', done: 1000, total: 4000 } })
    await button().trigger('click')
    await button().trigger('click')
    expect(wrapper!.emitted('cancel')).toHaveLength(1)
    expect(button().attributes('disabled')).toBeDefined()
    expect(line()).toBe('Cancelling…')
    // The job stopped; a next run may be cancelled again.
    await wrapper!.setProps({ cancelling: true })
    await wrapper!.setProps({ cancelling: false })
    await nextTick()
    await button().trigger('click')
    expect(wrapper!.emitted('cancel')).toHaveLength(2)
  })

  it('offers Stop for work whose finished part stays done', async () => {
    panel({ progress: { done: 1500, total: 6000 }, keepsDone: true, lines: { default: 'list.bulk.progress' } }, 'pl')
    // Polish groups 4-digit numbers too (as in "12 000"): i18n/number-format.ts.
    expect(line()).toBe('Gotowe: 1\u00a0500 z 6\u00a0000 klientów')
    expect(button().text()).toBe('Zatrzymaj')
    await button().trigger('click')
    expect(line()).toBe('Zatrzymywanie…')
  })

  it('offers no Cancel past the point of no return', async () => {
    panel({ progress: { phase: 'finishing', done: 40, total: 40, fraction: 1, cancellable: false } })
    expect(button().attributes('disabled')).toBeDefined()
    await button().trigger('click')
    expect(wrapper!.emitted('cancel')).toBeUndefined()
  })
})
