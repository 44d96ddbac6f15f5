import { createI18n } from 'vue-i18n'
import { supportedLocales, type SupportedLocale } from './locales'
import { collectMessages } from './messages'
import { cldrPluralRule } from './plural'

export function createAppI18n(locale: SupportedLocale) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages: collectMessages(),
    pluralRules: Object.fromEntries(supportedLocales.map((code) => [code, cldrPluralRule(code)])),
    missingWarn: false,
    fallbackWarn: false
  })
}
