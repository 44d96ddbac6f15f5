import { bgBG, csCZ, dateBgBG, dateCsCZ, dateEnUS, dateFrFR, datePlPL, dateUkUA, enUS, frFR, plPL, ukUA } from 'naive-ui'
import type { NDateLocale, NLocale } from 'naive-ui'

export const supportedLocales = ['en', 'pl', 'cs', 'uk', 'fr', 'bg'] as const
export type SupportedLocale = (typeof supportedLocales)[number]

/** Each language named in itself, so a user lost in a foreign UI still finds theirs. */
export const localeNames: Record<SupportedLocale, string> = {
  en: 'English',
  pl: 'Polski',
  cs: 'Čeština',
  uk: 'Українська',
  fr: 'Français',
  bg: 'Български'
}

/** The component kit's own strings (date pickers, pagination) in the same language. */
export const kitLocales: Record<SupportedLocale, { locale: NLocale; date: NDateLocale }> = {
  en: { locale: enUS, date: dateEnUS },
  pl: { locale: plPL, date: datePlPL },
  cs: { locale: csCZ, date: dateCsCZ },
  uk: { locale: ukUA, date: dateUkUA },
  fr: { locale: frFR, date: dateFrFR },
  bg: { locale: bgBG, date: dateBgBG }
}

export function isSupportedLocale(value: unknown): value is SupportedLocale {
  return typeof value === 'string' && (supportedLocales as readonly string[]).includes(value)
}

/** "pl-PL" → "pl"; anything we do not speak → English. */
export function pickLocale(systemLocale: string | undefined): SupportedLocale {
  const language = (systemLocale ?? '').toLowerCase().split(/[-_]/)[0]
  return isSupportedLocale(language) ? language : 'en'
}
