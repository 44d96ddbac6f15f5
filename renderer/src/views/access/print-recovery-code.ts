import { h, render, type AppContext } from 'vue'
import { printOwnSheet } from '@renderer/file-work'
import '@renderer/features/print/print.css'
import RecoveryCodePaper from './RecoveryCodePaper.vue'

/**
 * Prints only the recovery code's sheet: rendered into a `.print-root` outside the app, which
 * print.css alone shows to the printer while the page prints (as every printout of the app).
 */
export async function printRecoveryCode(props: InstanceType<typeof RecoveryCodePaper>['$props'], appContext: AppContext | null): Promise<boolean> {
  const root = document.createElement('div')
  root.className = 'print-root'
  document.body.appendChild(root)
  const vnode = h(RecoveryCodePaper, props)
  vnode.appContext = appContext
  render(vnode, root)
  document.documentElement.classList.add('is-printing')
  try {
    await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)))
    return await printOwnSheet()
  } finally {
    document.documentElement.classList.remove('is-printing')
    render(null, root)
    root.remove()
  }
}
