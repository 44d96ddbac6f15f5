/**
 * The performance targets the issues state, so the table can say which figures miss.
 * A target applies to every figure whose name matches its pattern (`*` = any rest).
 */
export interface Target {
  pattern: string
  /** Where the target is stated. */
  source: string
  median_ms?: number
  p95_ms?: number
  /** Figure ÷ its same-run baseline. */
  ratio?: number
  /** For figures with a value: the most it may be. */
  max_value?: number
  /** An extra figure's limit, e.g. { key: 'peak_rss_mb', max: 350 }. */
  extra?: { key: string; max: number }
}

export const targets: Target[] = [
  { pattern: 'search.*', source: 'quick search, PRODUCT.md F7', median_ms: 50, p95_ms: 100 },
  { pattern: 'list.open', source: 'customer list, PRODUCT.md F4', median_ms: 500 },
  { pattern: 'list.sort.*', source: 'sort, PRODUCT.md F6', median_ms: 150 },
  { pattern: 'list.filter', source: 'filters, PRODUCT.md F8', median_ms: 150 },
  { pattern: 'list.store', source: 'store selector, PRODUCT.md F9', median_ms: 300 },
  { pattern: 'export.xlsx', source: 'export, PRODUCT.md F16', ratio: 1.5, extra: { key: 'peak_rss_mb', max: 350 } },
  { pattern: 'backup', source: 'backups, PRODUCT.md F25', ratio: 1.5, extra: { key: 'main_rss_peak_mb', max: 400 } },
  { pattern: 'restore', source: 'backups, PRODUCT.md F25', ratio: 1.5, extra: { key: 'main_rss_peak_mb', max: 400 } },
  { pattern: 'rules.full-pass', source: 'rules, PRODUCT.md F27', ratio: 2 },
  { pattern: 'rules.search-during-pass', source: 'quick search while rules run, PRODUCT.md F7', median_ms: 50, p95_ms: 100 },
  { pattern: 'import.xlsx', source: 'import, PRODUCT.md F18', median_ms: 30_000 }
]

export function targetFor(name: string): Target | undefined {
  return targets.find((target) => (target.pattern.endsWith('*') ? name.startsWith(target.pattern.slice(0, -1)) : name === target.pattern))
}

export interface TargetCheck {
  /** "median ≤ 50 ms, p95 ≤ 100 ms" */
  text: string
  /** Every stated limit met; null when there is nothing to compare. */
  met: boolean | null
  missed: string[]
}

export function checkTarget(
  target: Target | undefined,
  figure: { median_ms?: number; p95_ms?: number; ratio?: number; value?: number; extra?: Record<string, unknown> }
): TargetCheck {
  if (!target) return { text: '', met: null, missed: [] }
  const parts: string[] = []
  const missed: string[] = []
  const compare = (label: string, actual: unknown, limit: number | undefined) => {
    if (limit === undefined) return
    parts.push(label)
    if (typeof actual !== 'number') missed.push(`${label} (not measured)`)
    else if (actual > limit) missed.push(label)
  }
  const time = (ms: number | undefined) => (ms !== undefined && ms >= 10_000 ? `${ms / 1000} s` : `${ms} ms`)
  compare(`median ≤ ${time(target.median_ms)}`, figure.median_ms, target.median_ms)
  compare(`p95 ≤ ${time(target.p95_ms)}`, figure.p95_ms, target.p95_ms)
  compare(`≤ ${target.ratio}× baseline`, figure.ratio, target.ratio)
  compare(`≤ ${target.max_value}`, figure.value, target.max_value)
  if (target.extra) compare(`${target.extra.key} ≤ ${target.extra.max}`, figure.extra?.[target.extra.key], target.extra.max)
  return { text: parts.join(', '), met: missed.length === 0, missed }
}
