import { onBeforeRouteLeave } from 'vue-router'
import { useDialog } from 'naive-ui'
import { useI18n } from 'vue-i18n'
import { useQuickSearch } from '@renderer/stores/quick-search'
import { keepDraft } from './kept-drafts'

/**
 * A form with changes not saved is not dropped silently. Typing into the frame's search box
 * (the phone rang: who is this?) shows the list at once and keeps the draft — a question
 * would take the keystrokes that follow — and Esc in the box comes back to the form with it
 * (kept-drafts.ts). Anything else that leaves it (the side bar, a link) asks: keep editing or
 * discard. Save and Cancel leave without asking (`leaveFreely`).
 */
export function useUnsavedGuard(hasChanges: () => boolean, draft: () => unknown): { leaveFreely: () => void } {
  const { t } = useI18n()
  const dialog = useDialog()
  const search = useQuickSearch()
  let free = false
  let asking: Promise<boolean> | null = null

  function ask(): Promise<boolean> {
    asking ??= new Promise<boolean>((resolve) => {
      dialog.warning({
        title: t('customer-form.unsaved.title'),
        content: t('customer-form.unsaved.text'),
        positiveText: t('customer-form.unsaved.keep'),
        negativeText: t('customer-form.unsaved.discard'),
        onPositiveClick: () => resolve(false),
        onNegativeClick: () => resolve(true),
        onClose: () => resolve(false),
        onMaskClick: () => resolve(false),
        onEsc: () => resolve(false)
      })
    }).finally(() => (asking = null))
    return asking
  }

  onBeforeRouteLeave(async (to, from) => {
    if (free || !hasChanges()) return true
    // The search box remembers where typing left (returnTo) before it shows the list.
    if (to.name === 'customers' && search.returnTo === from.fullPath) {
      keepDraft(from.fullPath, draft())
      return true
    }
    const discard = await ask()
    if (discard) free = true
    return discard
  })

  return { leaveFreely: () => (free = true) }
}
