import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { startIdleTimer, type IdleClock } from './idle-timer'

const minute = 60_000
const fakeClock: IdleClock = { now: () => Date.now(), setTimeout: (run, ms) => setTimeout(run, ms), clearTimeout: (handle) => clearTimeout(handle as number) }

describe('the idle lock timer', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('fires once after the limit without activity', () => {
    const onIdle = vi.fn()
    startIdleTimer(5 * minute, onIdle, fakeClock)
    vi.advanceTimersByTime(5 * minute - 1)
    expect(onIdle).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(onIdle).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(60 * minute)
    expect(onIdle).toHaveBeenCalledTimes(1)
  })

  it('counts the limit from the last activity', () => {
    const onIdle = vi.fn()
    const timer = startIdleTimer(5 * minute, onIdle, fakeClock)
    vi.advanceTimersByTime(4 * minute)
    timer.activity()
    vi.advanceTimersByTime(4 * minute)
    expect(onIdle).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1 * minute)
    expect(onIdle).toHaveBeenCalledTimes(1)
  })

  it('keeps one timeout however much activity there is', () => {
    const timer = startIdleTimer(5 * minute, vi.fn(), fakeClock)
    for (let move = 0; move < 1_000; move++) timer.activity()
    expect(vi.getTimerCount()).toBe(1)
  })

  it('a shorter limit from Settings counts from the last activity', () => {
    const onIdle = vi.fn()
    const timer = startIdleTimer(30 * minute, onIdle, fakeClock)
    vi.advanceTimersByTime(2 * minute)
    timer.setLimit(1 * minute)
    expect(onIdle).not.toHaveBeenCalled()
    vi.advanceTimersByTime(0)
    expect(onIdle).toHaveBeenCalledTimes(1)
  })

  it('a longer limit postpones the lock', () => {
    const onIdle = vi.fn()
    const timer = startIdleTimer(1 * minute, onIdle, fakeClock)
    vi.advanceTimersByTime(30_000)
    timer.setLimit(10 * minute)
    vi.advanceTimersByTime(9 * minute)
    expect(onIdle).not.toHaveBeenCalled()
    vi.advanceTimersByTime(31_000)
    expect(onIdle).toHaveBeenCalledTimes(1)
  })

  it('does nothing once stopped (the desk was locked another way)', () => {
    const onIdle = vi.fn()
    const timer = startIdleTimer(1 * minute, onIdle, fakeClock)
    timer.stop()
    vi.advanceTimersByTime(10 * minute)
    expect(onIdle).not.toHaveBeenCalled()
    expect(vi.getTimerCount()).toBe(0)
  })
})
