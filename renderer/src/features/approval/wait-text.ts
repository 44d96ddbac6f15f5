/** How long the PIN pad waits, in the language's own words ("30 sekund", "2 хвилини"), rounded up. */
export function waitText(locale: string, waitMs: number): string {
  const seconds = Math.ceil(waitMs / 1000)
  if (seconds < 120) return new Intl.NumberFormat(locale, { style: 'unit', unit: 'second', unitDisplay: 'long' }).format(seconds)
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(Math.ceil(seconds / 60))
}
