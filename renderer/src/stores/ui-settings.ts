import { defineStore } from 'pinia'
import { useLocalStorage, useMediaQuery } from '@vueuse/core'
import { computed } from 'vue'
import { isSupportedLocale, pickLocale, type SupportedLocale } from '../i18n/locales'

/** How the side navigation shows: as the window's width suggests, or as the person chose. */
export type NavigationChoice = 'auto' | 'collapsed' | 'expanded'

/**
 * Below this width the navigation starts as icons only: the list and the card need the room
 * more than the words do (a 1024-pixel screen, a window beside another).
 */
export const narrowWindowQuery = '(max-width: 1099px)'

/**
 * Per-PC preferences of the person at the desk (language, navigation).
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

  const navigationChoice = useLocalStorage<NavigationChoice>('regulars.navigation', 'auto')
  const narrowWindow = useMediaQuery(narrowWindowQuery)
  const navigationCollapsed = computed(() => (navigationChoice.value === 'auto' ? narrowWindow.value : navigationChoice.value === 'collapsed'))

  /** The person's click wins over the window's width from then on, and is remembered. */
  function toggleNavigation(): void {
    navigationChoice.value = navigationCollapsed.value ? 'expanded' : 'collapsed'
  }

  return { locale, setLocale, effectiveLocale, navigationCollapsed, toggleNavigation }
})
