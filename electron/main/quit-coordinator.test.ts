import { afterEach, describe, expect, it, vi } from 'vitest'
import { createQuitCoordinator } from './quit-coordinator'

afterEach(() => {
  vi.useRealTimers()
})

describe('the close held for the page\'s closing work', () => {
  it('waits for the page to say it is done, and tells it whether to back up', async () => {
    const quit = createQuitCoordinator({ backupWanted: async () => true })
    const asked = quit.waitForQuit()
    const closed = vi.fn()
    expect(quit.requestQuit(closed)).toBe(true)
    await expect(asked).resolves.toEqual({ backup: true })
    // Closing again while held (a second click on the window's ×) starts nothing new.
    expect(quit.requestQuit(closed)).toBe(true)
    expect(closed).not.toHaveBeenCalled()
    expect(quit.ready()).toBe(true)
    expect(closed).toHaveBeenCalledOnce()
    // Released once: the close that follows is not held again.
    expect(quit.requestQuit(closed)).toBe(false)
  })

  it('closes at once when no page waits', () => {
    const quit = createQuitCoordinator({ backupWanted: async () => true })
    expect(quit.requestQuit(vi.fn())).toBe(false)
  })

  it('closes anyway when the page hangs past the limit', async () => {
    vi.useFakeTimers()
    const quit = createQuitCoordinator({ limitMs: 15 * 60_000, backupWanted: async () => true })
    void quit.waitForQuit()
    const closed = vi.fn()
    quit.requestQuit(closed)
    await vi.advanceTimersByTimeAsync(15 * 60_000 - 1)
    expect(closed).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(closed).toHaveBeenCalledOnce()
  })

  it('closes when the page goes away while it is held, and answers "no backup" when that cannot be known', async () => {
    const quit = createQuitCoordinator({ backupWanted: () => Promise.reject(new Error('no state file')) })
    const asked = quit.waitForQuit()
    const closed = vi.fn()
    quit.requestQuit(closed)
    await expect(asked).resolves.toEqual({ backup: false })
    quit.pageGone()
    expect(closed).toHaveBeenCalledOnce()
  })
})
