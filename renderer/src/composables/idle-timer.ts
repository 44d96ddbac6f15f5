/** The clock the idle timer reads: the window's, or a test's. */
export interface IdleClock {
  now(): number
  setTimeout(run: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export interface IdleTimer {
  /** Someone touched the keyboard, mouse or screen: the idle time starts again. */
  activity(): void
  /** A new limit (Settings), counted from the last activity. */
  setLimit(ms: number): void
  stop(): void
}

const windowClock: IdleClock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => window.setTimeout(run, ms),
  clearTimeout: (handle) => window.clearTimeout(handle as number)
}

/**
 * Calls `onIdle` once, after `limitMs` without activity. Activity only notes the time (a
 * mouse move fires hundreds of times a second); one timeout runs at a time and, when it
 * fires early because of activity meanwhile, waits out the rest.
 */
export function startIdleTimer(limitMs: number, onIdle: () => void, clock: IdleClock = windowClock): IdleTimer {
  let limit = limitMs
  let lastActivity = clock.now()
  let handle: unknown = null
  let stopped = false

  function arm(ms: number): void {
    if (handle !== null) clock.clearTimeout(handle)
    handle = clock.setTimeout(check, Math.max(0, ms))
  }

  function check(): void {
    handle = null
    if (stopped) return
    const idleFor = clock.now() - lastActivity
    if (idleFor >= limit) {
      stopped = true
      onIdle()
    } else arm(limit - idleFor)
  }

  arm(limit)
  return {
    activity: () => void (lastActivity = clock.now()),
    setLimit(ms) {
      limit = ms
      if (!stopped) arm(limit - (clock.now() - lastActivity))
    },
    stop() {
      stopped = true
      if (handle !== null) clock.clearTimeout(handle)
      handle = null
    }
  }
}
