import { h } from 'vue'
import { useI18n } from 'vue-i18n'
import { useDialog } from 'naive-ui'
import type { Right } from '@shared/staff/rights'
import { appDb, forgetApproval, listRoles, listStaff, signedInPerson } from '@renderer/db'
import { useErrorMessage } from '@renderer/composables/use-error-message'
import type { JobOutcome } from '@renderer/jobs/job-runner'
import ApprovalPanel from './ApprovalPanel.vue'
import { approversOf, refusedRight, throwIfRefused, withApproval, type AskApproval } from './with-approval'

/**
 * The one way the UI meets a refusal (F23, manager approval): every guarded action a screen
 * starts runs through `run`, so a person without the right can ask a manager or the owner to
 * approve it once, and the action runs as if they had it — its audit entry names both.
 *
 *   const approval = useApproval()
 *   await approval.run(() => blockCustomer(db, id, true, actor))          // asks on refusal
 *   await approval.run(() => startExport(), 'export-print')               // asks first if lacking
 *
 * Hiding a button is comfort; this is the path a refused person still has.
 */
export function useApproval() {
  const dialog = useDialog()
  const { t } = useI18n()
  const errorMessage = useErrorMessage()
  const db = appDb()

  const ask: AskApproval = async (right) => {
    const [staff, roles, me] = await Promise.all([listStaff(db), listRoles(db), signedInPerson(db)])
    const approvers = approversOf(staff, roles, right, me?.id ?? null)
    return new Promise<boolean>((resolve) => {
      let settled = false
      const finish = (approved: boolean) => {
        if (settled) return
        settled = true
        panel.destroy()
        resolve(approved)
      }
      const panel = dialog.create({
        title: t('approval.title'),
        showIcon: false,
        style: { width: '460px' },
        content: () => h(ApprovalPanel, { right, approvers, onApproved: () => finish(true), onCancel: () => finish(false) }),
        onClose: () => finish(false),
        onMaskClick: () => finish(false),
        onEsc: () => finish(false)
      })
    })
  }

  /** Whether the signed-in person lacks `right` (before the owner's set-up nobody lacks anything). */
  async function lacks(right: Right): Promise<boolean> {
    const me = await signedInPerson(db)
    return me !== null && !me.rights.includes(right)
  }

  /**
   * Runs a guarded action; with `right`, a person known to lack it is asked for the approval
   * before it starts (an export's refusal would otherwise come after the save dialog).
   */
  async function run<T>(action: () => Promise<T>, right?: Right): Promise<T> {
    const lacking = right && (await lacks(right)) ? right : null
    return withApproval(action, ask, { lacking, forget: () => forgetApproval(db) })
  }

  /**
   * `run` for work started through a job (`job.run(…)`). The person turned the approval down
   * (nothing was done): the job ends as cancelled, as if they had pressed Cancel.
   */
  async function runJob<T>(start: () => Promise<JobOutcome<T>>, right?: Right): Promise<JobOutcome<T>> {
    try {
      return await run(async () => throwIfRefused(await start()), right)
    } catch (error) {
      if (refusedRight(error)) return { status: 'cancelled' }
      return { status: 'failed', error, message: errorMessage(error) }
    }
  }

  return { run, runJob, ask, lacks }
}
