/** Summary figures of one measure's runs (milliseconds). */
export interface RunSummary {
  runs: number
  median: number
  p95: number
  max: number
}

/** Median (mean of the two middle values for an even count), nearest-rank p95, max. */
export function summarize(samples: readonly number[]): RunSummary {
  if (samples.length === 0) throw new Error('No samples to summarize')
  const sorted = [...samples].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
  // Nearest rank: the smallest sample with at least 95 % of the samples at or below it.
  const p95 = sorted[Math.max(0, Math.ceil(0.95 * sorted.length) - 1)]!
  return { runs: sorted.length, median, p95, max: sorted.at(-1)! }
}

/** Rounds to a figure worth printing: 0.1 ms under 100, whole ms above. */
export function roundMs(ms: number): number {
  return ms < 100 ? Math.round(ms * 10) / 10 : Math.round(ms)
}
