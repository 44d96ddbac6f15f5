interface DurationFormatter {
  format(duration: { minutes?: number; seconds?: number }): string
}
type DurationFormatConstructor = new (locale: string, options: { style: 'long' }) => DurationFormatter

/**
 * How long the PIN pad still waits, in words of the UI language: "28 seconds", "1 minute,
 * 30 seconds" (Intl.DurationFormat; where a runtime lacks it, each unit and a list of them).
 */
export function waitText(ms: number, locale: string): string {
  const total = Math.max(1, Math.ceil(ms / 1000))
  const minutes = Math.floor(total / 60)
  const seconds = total % 60
  const parts = { ...(minutes ? { minutes } : {}), ...(seconds || !minutes ? { seconds } : {}) }
  const DurationFormat = (Intl as unknown as { DurationFormat?: DurationFormatConstructor }).DurationFormat
  if (DurationFormat) return new DurationFormat(locale, { style: 'long' }).format(parts)
  const unit = (value: number, name: 'minute' | 'second') => new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value)
  const words = [...(parts.minutes ? [unit(parts.minutes, 'minute')] : []), ...(parts.seconds !== undefined ? [unit(parts.seconds, 'second')] : [])]
  return new Intl.ListFormat(locale, { type: 'unit', style: 'long' }).format(words)
}
