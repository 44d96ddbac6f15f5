import type { MeasureFigure } from './measure-api'
import { roundMs, summarize } from './stats'
import { checkTarget, targetFor } from './targets'

/** One figure as results.json holds it (name, median, p95, baseline, ratio, target and whether it is met, plus a few fields). */
export interface MeasureResult {
  runs?: number
  median_ms?: number
  p95_ms?: number
  max_ms?: number
  baseline?: { name: string; median_ms: number; p95_ms: number; runs: number }
  /** median ÷ baseline median. */
  ratio?: number
  value?: number
  unit?: string
  target?: string
  meets_target?: boolean | null
  missed?: string[]
  note?: string
  [extra: string]: unknown
}

/** Three significant digits: a ratio of 0.00018 stays readable instead of rounding to 0. */
export function significant(value: number): number {
  return Number(value.toPrecision(3))
}

export function toResult(figure: MeasureFigure): MeasureResult {
  const result: MeasureResult = {}
  if (figure.samples && figure.samples.length > 0) {
    const summary = summarize(figure.samples)
    Object.assign(result, { runs: summary.runs, median_ms: roundMs(summary.median), p95_ms: roundMs(summary.p95), max_ms: roundMs(summary.max) })
    if (figure.baseline && figure.baseline.samples.length > 0) {
      const base = summarize(figure.baseline.samples)
      result.baseline = { name: figure.baseline.name, median_ms: roundMs(base.median), p95_ms: roundMs(base.p95), runs: base.runs }
      result.ratio = base.median > 0 ? significant(summary.median / base.median) : undefined
    }
  }
  if (figure.value) Object.assign(result, { value: figure.value.amount, unit: figure.value.unit })
  Object.assign(result, figure.extra ?? {})
  const target = targetFor(figure.name)
  const check = checkTarget(target, { ...result, extra: figure.extra })
  if (target) Object.assign(result, { target: `${check.text} (${target.source})`, meets_target: check.met, missed: check.missed })
  if (figure.note) result.note = figure.note
  return result
}

export type Row = { name: string; result?: MeasureResult; status?: 'not available yet' | 'error' | 'not run'; error?: string }

function ms(value: number | undefined): string {
  if (value === undefined) return ''
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`
  return `${value} ms`
}

function ratio(value: number | undefined): string {
  if (value === undefined) return ''
  return value >= 10 ? `${Math.round(value)}×` : value >= 0.1 ? `${value.toFixed(2)}×` : `${value.toPrecision(2)}×`
}

/** Extra figures worth a glance on the console (all of them are in results.json). */
function extras(result: MeasureResult): string {
  // The query and dates are in the notes under the table and in results.json.
  const skip = new Set(['runs', 'median_ms', 'p95_ms', 'max_ms', 'baseline', 'ratio', 'value', 'unit', 'target', 'meets_target', 'missed', 'note', 'query', 'measured_at'])
  return Object.entries(result)
    .filter(([key, value]) => !skip.has(key) && value !== null && value !== undefined && value !== '')
    .map(([key, value]) => `${key}=${typeof value === 'number' ? Math.round(value * 10) / 10 : String(value)}`)
    .join(' ')
}

/** The console table: one line per figure, aligned; misses, errors and missing measures say so. */
export function formatTable(rows: Row[]): string {
  const header = ['measure', 'runs', 'median', 'p95', 'max', 'baseline', 'base median', 'ratio', 'target', 'verdict', 'other figures']
  const lines = rows.map((row) => {
    const result = row.result
    if (!result) return [row.name, '', '', '', '', '', '', '', '', row.status === 'error' ? `ERROR: ${row.error ?? ''}` : (row.status ?? ''), '']
    const verdict = result.meets_target === true ? 'ok' : result.meets_target === false ? `MISS (${(result.missed ?? []).join('; ')})` : ''
    const value = result.value !== undefined ? `${result.value} ${result.unit ?? ''}`.trim() : ms(result.median_ms)
    return [
      row.name,
      result.runs !== undefined ? String(result.runs) : '',
      value,
      ms(result.p95_ms),
      ms(result.max_ms),
      result.baseline?.name ?? '',
      ms(result.baseline?.median_ms),
      ratio(result.ratio),
      (result.target ?? '').replace(/ \(issue \d+\)$/, ''),
      verdict,
      extras(result)
    ]
  })
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)))
  const numeric = new Set([1, 2, 3, 4, 6, 7])
  const format = (line: string[]) =>
    line
      .map((cell, column) => (numeric.has(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd()
  return [format(header), widths.map((width) => '─'.repeat(width)).join('  '), ...lines.map(format)].join('\n')
}
