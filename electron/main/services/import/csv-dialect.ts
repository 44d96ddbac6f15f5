import { importDelimiters, type ImportDelimiter } from '@shared/import/limits'

/**
 * Which character separates the fields: the one that splits the first lines into the same
 * number of fields most consistently. Excel saves ";" where the decimal separator is a comma
 * (Poland, Czechia, France, Ukraine, Bulgaria), "," elsewhere, and tab for "Unicode text";
 * a comma inside "12,50" or a quoted "Kowalska, Anna" must not win over them.
 */

/** Field counts of the first records for one delimiter, quotes respected. */
function fieldCounts(text: string, delimiter: string, maxRecords: number): number[] {
  const counts: number[] = []
  let fields = 1
  let inQuotes = false
  let atFieldStart = true
  let recordHasContent = false
  for (let i = 0; i < text.length && counts.length < maxRecords; i++) {
    const char = text[i]
    if (inQuotes) {
      if (char === '"') {
        if (text[i + 1] === '"') i++
        else inQuotes = false
      }
      continue
    }
    if (char === '"' && atFieldStart) {
      inQuotes = true
      atFieldStart = false
      recordHasContent = true
    } else if (char === delimiter) {
      fields++
      atFieldStart = true
      recordHasContent = true
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++
      if (recordHasContent) counts.push(fields)
      fields = 1
      atFieldStart = true
      recordHasContent = false
    } else {
      atFieldStart = false
      if (char !== ' ') recordHasContent = true
    }
  }
  return counts
}

function mode(values: number[]): { value: number; share: number } {
  const tally = new Map<number, number>()
  for (const value of values) tally.set(value, (tally.get(value) ?? 0) + 1)
  let best = { value: 1, count: 0 }
  for (const [value, count] of tally) if (count > best.count || (count === best.count && value > best.value)) best = { value, count }
  return { value: best.value, share: values.length ? best.count / values.length : 0 }
}

export function detectDelimiter(sample: string): ImportDelimiter {
  // The sample may end mid-record: drop its last line unless it is the whole file.
  let best: { delimiter: ImportDelimiter; score: number } = { delimiter: ',', score: 0 }
  for (const delimiter of importDelimiters) {
    const counts = fieldCounts(sample, delimiter, 60)
    const body = counts.length > 2 ? counts.slice(0, -1) : counts
    const { value, share } = mode(body)
    if (value < 2) continue
    // Lines that agree matter most (a separator whose quotes swallow the file finds few
    // lines); more columns break ties.
    const score = share * counts.length + Math.min(value, 50) / 100
    if (score > best.score) best = { delimiter, score }
  }
  return best.delimiter
}
