import { useI18n } from 'vue-i18n'
import type { AuditEntry } from '@shared/domain/types'
import { THIS_PC } from '@renderer/db'
import { dateFormatter } from '@shared/format/dates'

/** How the audit log shows dates, staff names and one-line summaries, in the UI language. */
export function useAuditFormat() {
  const { t, te, locale } = useI18n()
  const dateTime = () => dateFormatter(locale.value, 'dateTime')

  const when = (at: number) => dateTime().format(at)
  const staff = (name: string) => (name === THIS_PC ? t('audit.thisPc') : name)
  const action = (entry: Pick<AuditEntry, 'action'>) => (te(`audit.actions.${entry.action}`) ? t(`audit.actions.${entry.action}`) : entry.action)
  const fieldName = (key: string) => (te(`fields.${key}`) ? t(`fields.${key}`) : key)

  /** The one line the table shows: the file of an export, the filter, what was touched. */
  function summary(entry: AuditEntry): string {
    const details = entry.details as Record<string, unknown>
    const parts: string[] = []
    if (typeof details['what'] === 'string' && te(`audit.details.whats.${details['what']}`)) parts.push(t(`audit.details.whats.${details['what']}`))
    if (typeof details['fileName'] === 'string') parts.push(details['fileName'])
    if (typeof details['segment'] === 'string') parts.push(details['segment'])
    if (typeof details['filter'] === 'string') parts.push(details['filter'])
    if (Array.isArray(details['fields'])) parts.push(t('audit.details.fields') + ': ' + (details['fields'] as string[]).length)
    return parts.join(' · ')
  }

  return { when, staff, action, fieldName, summary }
}
