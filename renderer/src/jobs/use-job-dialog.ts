import { h, watch } from 'vue'
import { useDialog } from 'naive-ui'
import type { Job } from './job-runner'
import type { JobLines } from './job-lines'
import JobProgressPanel from './JobProgressPanel.vue'

export interface JobDialogOptions {
  title: string
  lines: JobLines
  testId: string
  keepsDone?: boolean
}

/**
 * A dialog with the running job's progress and Cancel, for work started from a menu or a bar
 * (export, print): `showJobDialog(job, { title, lines, testId })` from inside the job's work,
 * once there is something to wait for (e.g. after the save dialog). It cannot be dismissed —
 * Cancel is the way out — and closes itself when the job ends.
 */
export function useJobDialog() {
  const dialog = useDialog()
  return function showJobDialog(job: Job, options: JobDialogOptions): void {
    if (!job.running) return
    const shown = dialog.create({
      title: options.title,
      showIcon: false,
      closable: false,
      maskClosable: false,
      closeOnEsc: false,
      content: () =>
        h(JobProgressPanel, {
          progress: job.progress,
          cancelling: job.cancelling,
          lines: options.lines,
          testId: options.testId,
          keepsDone: options.keepsDone,
          onCancel: () => job.cancel()
        })
    })
    const stop = watch(
      () => job.running,
      (running) => {
        if (running) return
        stop()
        shown.destroy()
      }
    )
  }
}
