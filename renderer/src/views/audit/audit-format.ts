import { useI18n } from 'vue-i18n'
import type { AuditEntry } from '@shared/domain/types'
import { THIS_PC } from '@renderer/db'
import { dateFormatter } from '@shared/format/dates'

/** How the audit log shows dates, staff names and actions, in the UI language. */
export function useAuditFormat() {
  const { t, te, locale } = useI18n()
  const dateTime = () => dateFormatter(locale.value, 'dateTime')

  const when = (at: number) => dateTime().format(at)
  const staff = (name: string) => (name === THIS_PC ? t('audit.thisPc') : name)
  /** Who did it, and who approved it when the person lacked the right ("Anna · approved by Ewa"). */
  const person = (entry: Pick<AuditEntry, 'staffName' | 'approvedBy'>) =>
    entry.approvedBy ? t('audit.approvedBy', { name: staff(entry.staffName), approver: staff(entry.approvedBy) }) : staff(entry.staffName)
  const action = (entry: Pick<AuditEntry, 'action'>) => (te(`audit.actions.${entry.action}`) ? t(`audit.actions.${entry.action}`) : entry.action)

  return { when, staff, person, action }
}
