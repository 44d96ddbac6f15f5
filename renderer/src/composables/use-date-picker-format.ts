import { computed, type ComputedRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { datePickerPattern } from '@shared/format/dates'

/** What a date picker shows its value as, in the UI language (the kit's own is "2026-12-07 14:30:00" in every language). */
export function useDatePickerFormat(withTime: boolean): ComputedRef<string> {
  const { locale } = useI18n()
  return computed(() => datePickerPattern(locale.value, withTime))
}
