import { onBeforeUnmount, watch } from 'vue'
import { useSession } from '@renderer/stores/session'
import { onWatchedJobProgress } from '@renderer/jobs/job-runner'
import { startIdleTimer, type IdleTimer } from './idle-timer'

/** What counts as someone at the desk: any key, click, mouse move, scroll or touch. */
const activityEvents = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const

/**
 * While the desk is open: it locks after the idle minutes of Settings, and Ctrl+L (Cmd+L on
 * a Mac) locks it from anywhere. A job someone started and watches (a backup, an export, an
 * import) counts as activity while it reports progress: locking would stop its file halfway.
 * Called once, by the app's frame.
 */
export function useDeskLock(): void {
  const session = useSession()
  let timer: IdleTimer | null = null
  const onActivity = () => timer?.activity()

  function onKeydown(event: KeyboardEvent): void {
    // By the key's place, not its letter: "L" is "Д" on a Ukrainian or Bulgarian layout.
    const lockKeys = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.code === 'KeyL'
    if (!lockKeys || session.phase !== 'open') return
    event.preventDefault()
    session.lock()
  }

  function startWatching(): void {
    timer = startIdleTimer(session.lockAfterMinutes * 60_000, () => session.lock())
    for (const name of activityEvents) window.addEventListener(name, onActivity, { capture: true, passive: true })
  }

  function stopWatching(): void {
    timer?.stop()
    timer = null
    for (const name of activityEvents) window.removeEventListener(name, onActivity, { capture: true })
  }

  watch(
    () => session.phase === 'open',
    (open) => (open ? startWatching() : stopWatching()),
    { immediate: true }
  )
  watch(
    () => session.lockAfterMinutes,
    (minutes) => timer?.setLimit(minutes * 60_000)
  )
  window.addEventListener('keydown', onKeydown)
  const stopHearingJobs = onWatchedJobProgress(onActivity)
  onBeforeUnmount(() => {
    stopWatching()
    stopHearingJobs()
    window.removeEventListener('keydown', onKeydown)
  })
}
