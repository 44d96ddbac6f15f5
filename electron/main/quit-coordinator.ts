import type { QuitRequest } from '@shared/ipc/contract-app'

/**
 * Holds the app's close while the page does its closing work (the automatic backup, removing
 * erased data for good). The page waits on `app:wait-for-quit` from its start; when the window
 * is closed or the app quits, main answers that call and keeps the close on hold until the page
 * calls `app:quit-ready`, or the time limit passes (a hung page must not keep the app open), or
 * the page goes away. Without a page waiting, nothing is held.
 */
export interface QuitCoordinator {
  /** The page's pending call: resolves when the app is about to close. */
  waitForQuit(): Promise<QuitRequest>
  /**
   * The app wants to close. True: hold it (the caller prevents the close); `proceed` is called
   * once the page is done. False: nothing to wait for, close now.
   */
  requestQuit(proceed: () => void): boolean
  /** The page's closing work is done. */
  ready(): boolean
  /** The page reloaded, crashed or closed: its waiting call is answered (nobody reads it) and nothing is held for it. */
  pageGone(): void
}

export function createQuitCoordinator(options: { limitMs?: number; backupWanted: () => Promise<boolean> }): QuitCoordinator {
  const limitMs = options.limitMs ?? 15 * 60_000
  let waiters: Array<(request: QuitRequest) => void> = []
  let holding: { proceed: () => void; timer: NodeJS.Timeout } | null = null
  let released = false

  function release(): boolean {
    if (!holding) return false
    const { proceed, timer } = holding
    holding = null
    released = true
    clearTimeout(timer)
    proceed()
    return true
  }

  return {
    waitForQuit: () => new Promise((resolve) => waiters.push(resolve)),
    requestQuit(proceed) {
      if (released) return false
      if (holding) return true
      if (waiters.length === 0) return false
      holding = { proceed, timer: setTimeout(release, limitMs) }
      const answering = waiters
      waiters = []
      void options.backupWanted().then(
        (backup) => answering.forEach((resolve) => resolve({ backup })),
        () => answering.forEach((resolve) => resolve({ backup: false }))
      )
      return true
    },
    ready: release,
    pageGone() {
      const answering = waiters
      waiters = []
      answering.forEach((resolve) => resolve({ backup: false }))
      release()
    }
  }
}
