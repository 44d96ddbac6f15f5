// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { createAppI18n } from '@renderer/i18n'
import BulkDialog from './BulkDialog.vue'

/**
 * The frame both bulk dialogs (delete, category/group membership) share: while an action
 * runs it shows the progress and offers Stop instead of Cancel; an error stays in the dialog.
 */

let wrapper: VueWrapper | undefined
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
})

function open(props: Partial<InstanceType<typeof BulkDialog>['$props']> = {}) {
  wrapper = mount(BulkDialog, {
    attachTo: document.body,
    global: { plugins: [createAppI18n('en')] },
    props: { show: true, title: 'Delete customers', width: '480px', testId: 'delete', confirmLabel: 'Delete 3 customers', ready: true, running: false, progress: null, cancelling: false, problem: null, ...props },
    slots: { default: '<p data-testid="delete-count">3 ticked customers will be deleted.</p>' }
  })
  return wrapper
}

const byTestId = (id: string) => document.body.querySelector<HTMLElement>(`[data-testid="${id}"]`)

describe('the bulk dialog frame', () => {
  it('shows its content, Cancel and the confirm button, and no progress before a run', () => {
    open()
    expect(byTestId('delete-dialog')).not.toBeNull()
    expect(byTestId('delete-count')?.textContent).toBe('3 ticked customers will be deleted.')
    expect(byTestId('delete-cancel')?.textContent).toBe('Cancel')
    expect(byTestId('delete-confirm')?.textContent?.trim()).toBe('Delete 3 customers')
    expect(byTestId('delete-progress')).toBeNull()
  })

  it('while running shows how far it got and offers Stop instead of Cancel, which asks the owner to stop', async () => {
    const dialog = open({ running: true, progress: { done: 1500, total: 6000 } })
    expect(byTestId('delete-progress')?.querySelector('[role="status"]')?.textContent).toBe('1,500 of 6,000 customers done')
    expect(document.body.querySelectorAll('[data-testid="delete-cancel"]')).toHaveLength(1)
    expect(byTestId('delete-cancel')?.textContent?.trim()).toBe('Stop')
    byTestId('delete-cancel')!.click()
    expect(dialog.emitted('stop')).toHaveLength(1)
    expect(dialog.emitted('close')).toBeUndefined()
    expect(dialog.emitted('confirm')).toBeUndefined()
  })

  it('keeps the error of the last run in the dialog', () => {
    open({ problem: 'The disk is full.' })
    expect(document.body.querySelector('[role="alert"]')?.textContent).toBe('The disk is full.')
  })
})
