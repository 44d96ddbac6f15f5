import { readFileSync, writeFileSync } from 'node:fs'
import JSZip from 'jszip'
import { fixture } from './import-files.test-support'

/**
 * Hostile inputs for the import's main side, made on the fly, and a measure of what reading
 * them cost: the time until the answer and the peak of the process's memory above where it
 * started (sampled while the read yields, which it does between chunks).
 */

/** A real workbook (LibreOffice's fixture) with some of its parts replaced. */
export async function workbookWith(path: string, parts: Record<string, string | Buffer>): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(fixture('salon-dates-phones.xlsx')))
  for (const [name, content] of Object.entries(parts)) zip.file(name, content)
  writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }))
  return path
}

/** The fixture's workbook part with its <sheets> list replaced. */
export function workbookXml(sheets: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<workbookPr date1904="false"/><sheets>${sheets}</sheets></workbook>`
  )
}

/** A worksheet part whose single cell A1 holds `cellXml` (a <v>, an <is> …). */
export function sheetXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`
}

export interface Measured<T> {
  result?: T
  error?: unknown
  ms: number
  /** Peak resident memory above the start, in MB. */
  peakMb: number
}

export async function measured<T>(work: () => Promise<T>): Promise<Measured<T>> {
  const mb = () => process.memoryUsage().rss / 1024 / 1024
  const start = mb()
  let peak = start
  const sampler = setInterval(() => (peak = Math.max(peak, mb())), 5)
  const started = performance.now()
  try {
    const result = await work()
    return { result, ms: performance.now() - started, peakMb: Math.max(peak, mb()) - start }
  } catch (error) {
    return { error, ms: performance.now() - started, peakMb: Math.max(peak, mb()) - start }
  } finally {
    clearInterval(sampler)
  }
}

/** The error code of a measured read, or "read" when the file was read. */
export function codeOf(outcome: Measured<unknown>): string {
  if (outcome.error === undefined) return 'read'
  return (outcome.error as { code?: string }).code ?? String(outcome.error)
}
