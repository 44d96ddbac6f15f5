import { describe, expect, it } from 'vitest'
import { createAppI18n } from '@renderer/i18n'
import { supportedLocales } from '@renderer/i18n/locales'
import { collectMessages, type Messages } from '@renderer/i18n/messages'
import cardEn from '@renderer/i18n/messages/card/en.json'
import formEn from '@renderer/i18n/messages/customer-form/en.json'
import mergeEn from '@renderer/i18n/messages/merge/en.json'

// Every message of the card, the customer form and the merge screen compiles and renders in
// every language, with its placeholders filled (a stray "{", "|" or "@" breaks a message only
// at run time, in front of the desk).

function leafKeys(value: Messages, prefix: string): string[] {
  return Object.entries(value).flatMap(([key, child]) => (typeof child === 'string' ? [`${prefix}.${key}`] : leafKeys(child, `${prefix}.${key}`)))
}

const keys = [...leafKeys(cardEn as Messages, 'card'), ...leafKeys(formEn as Messages, 'customer-form'), ...leafKeys(mergeEn as Messages, 'merge')]
const named = { switch: 'W', date: 'D', name: 'N', contact: 'C', discount: 'X', kind: 'K', status: 'S', n: 3, from: 1, to: 2, total: 9, orders: 3, since: 'S', id: 7, file: 'F', country: 'PL' }

describe('card messages', () => {
  for (const locale of supportedLocales) {
    it(`render in ${locale} without a leftover placeholder`, () => {
      expect(collectMessages()[locale]['card']).toBeDefined()
      const i18n = createAppI18n(locale)
      for (const key of keys) {
        const one = i18n.global.t(key, named, 1)
        const many = i18n.global.t(key, named, 5)
        for (const text of [one, many]) {
          expect(text, `${locale} ${key}`).not.toMatch(/[{}]|^card\.|^merge\.|^customer-form\./)
          expect(text.trim().length, `${locale} ${key}`).toBeGreaterThan(0)
        }
      }
    })
  }
})
