import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { formatBirthday, formatCount, formatDate, formatDateShort, formatDateTime, formatDateTimeShort, formatMoney, formatPercent, formatPhone } from './format'

/** The format helpers bound to the UI language (re-evaluated when it changes). */
export function useCardFormat() {
  const { locale } = useI18n()
  return computed(() => {
    const code = locale.value
    return {
      money: (minor: number, currency: string) => formatMoney(code, minor, currency),
      count: (value: number) => formatCount(code, value),
      date: (at: number) => formatDate(code, at),
      dateShort: (at: number) => formatDateShort(code, at),
      dateTime: (at: number) => formatDateTime(code, at),
      dateTimeShort: (at: number) => formatDateTimeShort(code, at),
      birthday: (value: string) => formatBirthday(code, value),
      percent: (value: number) => formatPercent(code, value),
      phone: formatPhone
    }
  })
}
