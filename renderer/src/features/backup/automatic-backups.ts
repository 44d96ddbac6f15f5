import { scrubPendingFreedValues } from '@renderer/db'
import { callMain } from '@renderer/ipc'
import { runBackup } from './run-backup'
import { useBackupOverview } from './use-backup-overview'

/**
 * Automatic backups (made only when the manager let this PC remember the password): the first
 * start of each day, and when the app closes — main holds the close until the page says it is
 * done (`app:wait-for-quit` / `app:quit-ready`, quit-coordinator.ts). The close also waits for
 * a scrub of erased or deleted values still running or owed (db/scrub-freed-values.ts). A
 * failure is not shown here: Settings and the 7-day banner say when the last backup was.
 */
export function startAutomaticBackups(): void {
  const { refresh } = useBackupOverview()
  void (async () => {
    const overview = await refresh()
    if (overview?.passwordRemembered && overview.automaticDue) {
      await runBackup({ kind: 'automatic' }).catch(() => undefined)
      await refresh()
    }
  })()
  void waitForQuit()
}

async function waitForQuit(): Promise<void> {
  let request
  try {
    request = await callMain('app:wait-for-quit', {})
  } catch {
    return
  }
  if (request.backup) await runBackup({ kind: 'automatic' }).catch(() => undefined)
  await scrubPendingFreedValues()
  await callMain('app:quit-ready', {}).catch(() => undefined)
}
