import { describe, expect, it } from 'vitest'
import { collectMessages, type Messages } from './messages'
import { supportedLocales, type SupportedLocale } from './locales'

/**
 * One word per concept per language: the card, the list, the export and the print call a thing
 * by the same name, so a manager who reads "Placówka" on the card does not look for it under
 * "Salony" in the list. Each concept lists the messages that name it and, per language, the
 * word (its stem, for inflected forms) every one of them must contain.
 */
const concepts: Record<string, { messages: readonly string[]; word: Record<SupportedLocale, string> }> = {
  store: {
    messages: [
      'fields.homeStore',
      'card.stores.store',
      'card.orders.columns.store',
      'card.addOrder.noStores',
      'export.orderFields.store',
      'list.stores.label',
      'list.stores.all',
      'list.stores.several',
      'list.stores.hint',
      'list.filters.chips.stores',
      'list.problems.mixed-currencies',
      'data.errors.store-not-found',
      'data.errors.store-in-use'
    ],
    word: { en: 'store', pl: 'placów', cs: 'provozov', uk: 'заклад', fr: 'établissement', bg: 'обект' }
  },
  lastOrder: {
    messages: ['fields.lastOrderAt', 'list.filters.lastVisit', 'list.filters.chips.lastVisitBetween'],
    word: { en: 'last order', pl: 'ostatnie zamówienie', cs: 'poslední objednávka', uk: 'останнє замовлення', fr: 'dernière commande', bg: 'последна поръчка' }
  },
  pin: {
    messages: ['lock.setUp.pin', 'lock.setUp.errors.pinFormat', 'lock.screen.wrongPin', 'lock.screen.forgot', 'lock.reset.newPin', 'data.errors.signed-out'],
    word: { en: 'pin', pl: 'pin', cs: 'pin', uk: 'pin-код', fr: 'code pin', bg: 'пин' }
  },
  lock: {
    messages: ['lock.button.lock', 'lock.screen.title', 'lock.settings.title', 'lock.settings.minutes', 'data.errors.signed-out'],
    word: { en: 'lock', pl: 'blok', cs: 'zam', uk: 'блок', fr: 'verrouill', bg: 'заключ' }
  },
  recoveryCode: {
    messages: ['lock.recovery.title', 'lock.recovery.paperTitle', 'lock.reset.code', 'lock.reset.wrongCode'],
    word: { en: 'recovery code', pl: 'kod odzyskiwania', cs: 'obnovovací kód', uk: 'код відновлення', fr: 'code de récupération', bg: 'код за възстановяване' }
  },
  firstOrder: {
    messages: ['fields.firstOrderAt', 'list.filters.firstVisit', 'card.journey.firstOrder'],
    word: { en: 'first order', pl: 'pierwsze zamówienie', cs: 'první objednávka', uk: 'перше замовлення', fr: 'première commande', bg: 'първа поръчка' }
  }
}

/** Messages that say the same thing in two places and must read alike (letter case apart). */
const sameWords: readonly (readonly [string, string])[] = [
  ['card.consents.states.never', 'print.card.consentNever'],
  ['fields.lastOrderAt', 'list.filters.lastVisit'],
  ['fields.firstOrderAt', 'list.filters.firstVisit']
]

const messages = collectMessages()

function text(locale: SupportedLocale, path: string): string {
  const found = path.split('.').reduce<Messages | string | undefined>((node, key) => (typeof node === 'object' ? node[key] : undefined), messages[locale])
  if (typeof found !== 'string') throw new Error(`${locale}: no message ${path}`)
  return found
}

describe('one word per concept per language', () => {
  for (const locale of supportedLocales) {
    it(`${locale}: every message naming a concept uses its one word`, () => {
      const strays: string[] = []
      for (const [concept, { messages: paths, word }] of Object.entries(concepts)) {
        for (const path of paths) if (!text(locale, path).toLocaleLowerCase(locale).includes(word[locale])) strays.push(`${concept}: ${path} = “${text(locale, path)}”`)
      }
      expect(strays).toEqual([])
    })

    it(`${locale}: the same thing reads the same on screen, in print and in the export`, () => {
      const different = sameWords.filter(([a, b]) => text(locale, a).toLocaleLowerCase(locale) !== text(locale, b).toLocaleLowerCase(locale))
      expect(different.map(([a, b]) => `${a} = “${text(locale, a)}” but ${b} = “${text(locale, b)}”`)).toEqual([])
    })
  }
})
