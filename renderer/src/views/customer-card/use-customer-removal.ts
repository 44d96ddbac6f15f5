import { useI18n } from 'vue-i18n'
import { useRouter } from 'vue-router'
import { useDialog, useMessage } from 'naive-ui'
import { displayName } from '@shared/domain/customer'
import type { Customer } from '@shared/domain/types'
import { appDb, deleteCustomerAudited, eraseCustomer, scrubFreedValuesSoon } from '@renderer/db'
import { useApproval } from '@renderer/features/approval/use-approval'
import { useErrorMessage } from '@renderer/composables/use-error-message'
import { useCard } from './card-context'

/**
 * Erase and delete, each behind a confirmation that says what will happen and that it cannot
 * be undone. Erasing keeps the card (anonymous history); deleting returns to the list.
 */
export function useCustomerRemoval() {
  const { t } = useI18n()
  const dialog = useDialog()
  const message = useMessage()
  const router = useRouter()
  const errorMessage = useErrorMessage()
  const approval = useApproval()
  const card = useCard()

  function confirmErase(customer: Customer): void {
    dialog.error({
      title: t('card.erase.title'),
      content: t('card.erase.text', { name: displayName(customer) }),
      positiveText: t('card.erase.confirm'),
      negativeText: t('card.common.cancel'),
      positiveButtonProps: { 'data-testid': 'confirm-erase' } as never,
      onPositiveClick: async () => {
        try {
          await approval.run(() => eraseCustomer(appDb(), customer.id!, { staffName: card.settings.value.staffName }), 'erase')
          message.success(t('card.erase.done'))
          // In the background: the old values leave Chromium's files (db/scrub-freed-values.ts).
          scrubFreedValuesSoon()
          await card.reload()
        } catch (error) {
          message.error(errorMessage(error))
        }
      }
    })
  }

  function confirmDelete(customer: Customer): void {
    const name = customer.erased ? t('card.erased.name') : displayName(customer)
    dialog.warning({
      title: t('card.delete.title'),
      content: t('card.delete.text', { name, orders: customer.orderCount }, customer.orderCount),
      positiveText: t('card.delete.confirm'),
      negativeText: t('card.common.cancel'),
      positiveButtonProps: { type: 'error', 'data-testid': 'confirm-delete' } as never,
      onPositiveClick: async () => {
        try {
          await approval.run(() => deleteCustomerAudited(appDb(), customer.id!, { staffName: card.settings.value.staffName }), 'delete')
          message.success(t('card.delete.done'))
          scrubFreedValuesSoon()
          await router.push('/customers')
        } catch (error) {
          message.error(errorMessage(error))
        }
      }
    })
  }

  return { confirmErase, confirmDelete }
}
