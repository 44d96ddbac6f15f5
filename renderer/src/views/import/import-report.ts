import { formatPhoneInternational } from '@shared/domain/phone'
import { buildCustomerRow, type BuildContext } from '@shared/import/build-customer'
import { summaryRowEvidence, type SummaryEvidence } from '@shared/import/summary-row'
import { importLimits } from '@shared/import/limits'
import { callFileWork } from '@renderer/file-work'
import { describeResult, type ImportOutcome } from '@renderer/db'
import type { RowSource } from '@shared/import/row-source'

/**
 * The import report as an .xlsx the manager downloads: a summary sheet and one line per row
 * of the file (what happened to it and why), written by main in chunks through the
 * import:report-* channels. Texts come translated from the screen.
 */

export interface ReportTexts {
  fileName: string
  sheetNames: { summary: string; rows: string }
  summary: [string, string | number][]
  columns: { line: string; result: string; name: string; phone: string; email: string; details: string }
  result: (kind: 'created' | 'updated' | 'unchanged' | 'skipped') => string
  /** The reason a row was skipped, with the earlier row for a duplicate, what made a summary row one. */
  reason: (code: string, otherLine: number | undefined, summary: SummaryEvidence | undefined) => string
  problem: (code: string, header: string, value: string) => string
}

export async function writeImportReport(outcome: ImportOutcome, source: RowSource, context: BuildContext, texts: ReportTexts): Promise<string | null> {
  const begun = await callFileWork('import:report-begin', {
    defaultName: texts.fileName,
    summary: texts.summary,
    columns: [texts.columns.line, texts.columns.result, texts.columns.name, texts.columns.phone, texts.columns.email, texts.columns.details],
    sheetNames: texts.sheetNames
  })
  if (!begun.reportId) return null
  const reportId = begun.reportId
  try {
    const chunk = 2_000
    for (let from = 0; from < source.rowCount; from += chunk) {
      const rows = await source.pull(from, Math.min(chunk, source.rowCount - from))
      const lines = rows.map((row, offset) => {
        const index = from + offset
        const built = buildCustomerRow(row, context)
        const result = describeResult(outcome.results.codes[index])
        const details = [
          ...(result?.reason ? [texts.reason(result.reason, outcome.results.otherLines.get(index), summaryRowEvidence(row, built) ?? undefined)] : []),
          ...(result?.reason === 'summary-row' ? [] : built.problems).map((problem) => texts.problem(problem.code, context.headers[problem.column] ?? '', problem.value))
        ].join('; ')
        const name = `${built.customer.firstName} ${built.customer.lastName}`.trim()
        const cell = (text: string) => (text === '' ? null : text.slice(0, importLimits.maxCellChars))
        return [
          row.line,
          cell(result ? texts.result(result.kind) : ''),
          cell(name),
          cell(built.customer.phones.map(formatPhoneInternational).join(', ')),
          cell(built.customer.emails.join(', ')),
          cell(details)
        ]
      })
      await callFileWork('import:report-rows', { reportId, rows: lines })
    }
    return (await callFileWork('import:report-finish', { reportId })).fileName
  } catch (error) {
    await callFileWork('import:report-cancel', { reportId }).catch(() => undefined)
    throw error
  }
}
