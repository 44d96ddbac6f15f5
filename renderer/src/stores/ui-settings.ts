import { defineStore } from 'pinia'
import { useLocalStorage } from '@vueuse/core'
import { computed } from 'vue'
import { isSupportedLocale, pickLocale, type SupportedLocale } from '../i18n/locales'

/**
 * Per-PC preferences of the person at the desk (language now; more as features arrive).
 * Kept in localStorage so they are known synchronously at start, before the database opens.
 */
export const useUiSettings = defineStore('ui-settings', () => {
  const storedLocale = useLocalStorage<string>('regulars.locale', '')

  const locale = computed<SupportedLocale | null>(() => (isSupportedLocale(storedLocale.value) ? storedLocale.value : null))

  function setLocale(next: SupportedLocale): void {
    storedLocale.value = next
  }

  /** The chosen language, or the system's when none was chosen yet. */
  function effectiveLocale(systemLocale: string | undefined): SupportedLocale {
    return locale.value ?? pickLocale(systemLocale)
  }

  return { locale, setLocale, effectiveLocale }
})
