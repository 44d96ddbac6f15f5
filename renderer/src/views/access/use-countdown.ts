import { computed, onBeforeUnmount, ref } from 'vue'

/**
 * Time left until a moment, redrawn four times a second while there is any: the PIN pad's
 * stated wait counts down on screen and ends by itself.
 */
export function useCountdown() {
  const until = ref(0)
  const now = ref(Date.now())
  let ticker: number | undefined

  function stopTicking(): void {
    if (ticker !== undefined) window.clearInterval(ticker)
    ticker = undefined
  }

  function start(ms: number): void {
    now.value = Date.now()
    until.value = now.value + ms
    stopTicking()
    if (ms <= 0) return
    ticker = window.setInterval(() => {
      now.value = Date.now()
      if (now.value >= until.value) stopTicking()
    }, 250)
  }

  onBeforeUnmount(stopTicking)
  const left = computed(() => Math.max(0, until.value - now.value))
  return { left, start, clear: () => start(0) }
}
