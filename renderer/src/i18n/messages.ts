import { supportedLocales, type SupportedLocale } from './locales'

export interface Messages {
  [key: string]: string | Messages
}

/**
 * Messages live in one folder per feature (`messages/<feature>/<locale>.json`), so features
 * are translated side by side without touching each other's files. Each folder becomes a
 * top-level key: `messages/nav/pl.json` → `t('nav.customers')`.
 */
const files = import.meta.glob<Messages>('./messages/*/*.json', { eager: true, import: 'default' })

export function collectMessages(source: Record<string, Messages> = files): Record<SupportedLocale, Messages> {
  const byLocale = Object.fromEntries(supportedLocales.map((code) => [code, {} as Messages])) as Record<SupportedLocale, Messages>
  for (const [path, content] of Object.entries(source)) {
    const match = /\/messages\/([^/]+)\/([a-z]{2})\.json$/.exec(path)
    if (!match) continue
    const [, feature, locale] = match
    if (locale in byLocale) byLocale[locale as SupportedLocale][feature] = content
  }
  return byLocale
}
