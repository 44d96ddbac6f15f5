import { AppError } from '@shared/errors'
import { csvFieldWriter, type CsvContext } from '@shared/export/csv-cells'
import { csvRecord, csvSeparator, csvText, utf8Bom } from '@shared/export/csv-format'
import type { ExportCell, ExportSheet, ExportSheetKey } from '@shared/export/export-spec'
import { exportErrorCodes } from './export-errors'
import type { ExportFileWriter } from './export-writer'
import type { FileSink } from './file-sink'

export interface CsvExportOptions {
  sheet: ExportSheet
  locale: string
  currency: string
  flagLabels: { yes: string; no: string }
  /** Default: the one Excel expects in the locale. */
  separator?: ',' | ';'
}

/**
 * Writes a CSV file Excel opens correctly by double-click: UTF-8 with a byte-order mark, the
 * locale's list separator, CRLF lines, RFC 4180 quoting, and every text that could start a
 * formula prefixed with an apostrophe (OWASP).
 */
export function createCsvExportWriter(sink: FileSink, options: CsvExportOptions): ExportFileWriter {
  const separator = options.separator ?? csvSeparator(options.locale)
  const context: CsvContext = { ...options, separator }
  const fields = options.sheet.columns.map((column) => csvFieldWriter(column, context))
  const rowCounts: Partial<Record<ExportSheetKey, number>> = {}
  let total = 0
  let started = false

  function header(): string {
    // Money in CSV is a bare number: name the currency in the header instead.
    const names = options.sheet.columns.map((column) =>
      csvText(column.type === 'money' ? `${column.header} (${column.currency ?? options.currency})` : column.header, separator)
    )
    return utf8Bom + csvRecord(names, separator)
  }

  function ensureStarted(): void {
    if (started) return
    started = true
    sink.stream.write(header())
  }

  return {
    rowCounts,
    async writeRows(sheetKey, rows) {
      sink.check()
      if (sheetKey !== options.sheet.key) throw new AppError(exportErrorCodes.sheetOrder, `A CSV export holds only ${options.sheet.key}`)
      ensureStarted()
      let text = ''
      for (const row of rows) {
        if (row.length > fields.length) throw new AppError(exportErrorCodes.badRows, `A row has ${row.length} cells for ${fields.length} columns`)
        const line: string[] = new Array(fields.length)
        for (let i = 0; i < fields.length; i++) line[i] = fields[i]((row[i] ?? null) as ExportCell)
        text += csvRecord(line, separator)
      }
      sink.stream.write(text)
      total += rows.length
      rowCounts[sheetKey] = total
      await sink.drained()
    },
    async finish() {
      sink.check()
      ensureStarted()
      rowCounts[options.sheet.key] = total
      await new Promise<void>((resolve, reject) => {
        sink.stream.once('error', reject)
        sink.stream.end(() => resolve())
      })
      await sink.whenClosed()
      sink.check()
    },
    async abort() {
      await sink.destroy()
    }
  }
}
