import { useI18n } from 'vue-i18n'
import { AppError } from '@shared/errors'
import type { ImportedConsent, ImportedCustomer, RowProblem } from '@shared/import/build-customer'
import type { SummaryEvidence } from '@shared/import/summary-row'
import { columnLetter } from '@shared/import/cell'
import type { ColumnTarget } from '@shared/import/fields'
import { formatPhoneForDesk } from '@shared/domain/phone'
import { errorMessageKey } from '@renderer/composables/use-error-message'
import type { SkipReason } from '@renderer/db'
import { formatDate } from '@shared/format/dates'

/** How the import screen and its report word things, in the UI language. */
export function useImportTexts() {
  const { t, te, n, locale } = useI18n()

  const field = (target: ColumnTarget) => (target === 'ignore' ? t('import.mapping.ignore') : t(`import.fields.${target}`))
  const column = (header: string, index: number) => `${header} (${columnLetter(index)})`
  const problem = (code: RowProblem['code'], header: string, value: string) => t(`import.problems.${code}`, { column: header, value })
  /** Why a row is skipped; a summary row says what gave it away ("Razem · 25", "=COUNTA(A4:A8)"). */
  const reason = (code: SkipReason | string, otherLine?: number, summary?: SummaryEvidence) =>
    code === 'summary-row' && summary ? t(`import.summaryReasons.${summary.kind}`, { value: summary.quote }) : t(`import.reasons.${code}`, { line: otherLine ?? '' })
  const consent = (value: ImportedConsent | null) => (value ? t(`import.preview.consent.${value.state}`) : '')
  const count = (value: number) => n(value)

  /** An import error (import.<name>) in words, with the row/column/limit it quotes. */
  function error(caught: unknown): string {
    const code = caught instanceof AppError ? caught.code : (caught as { code?: unknown })?.code
    const details = (caught instanceof AppError ? caught.details : (caught as { details?: unknown })?.details) as Record<string, unknown> | undefined
    const key = errorMessageKey(code)
    const params = { line: details?.line ?? '', column: details?.column ?? '', limit: typeof details?.limit === 'number' ? n(details.limit) : '', sheet: details?.sheet ?? '' }
    if (key && te(key)) return t(key, params)
    return t('app.errors.unknown')
  }

  function name(customer: ImportedCustomer): string {
    return `${customer.firstName} ${customer.lastName}`.trim()
  }

  function phones(customer: ImportedCustomer, deskCountry: string): string {
    return customer.phones.map((phone) => formatPhoneForDesk(phone, deskCountry)).join(', ')
  }

  function date(iso: string): string {
    if (!iso) return ''
    if (iso.startsWith('--')) return iso.slice(2).split('-').reverse().join('.')
    const [year, month, day] = iso.split('-').map(Number)
    return formatDate(locale.value, 'date', Date.UTC(year, month - 1, day), 'UTC')
  }

  function dateTime(at: number): string {
    return formatDate(locale.value, 'dateTime', at)
  }

  return { t, n, field, column, problem, reason, consent, count, error, name, phones, date, dateTime }
}
