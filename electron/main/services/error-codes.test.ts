import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { mainErrorCodes } from './error-codes'

const messagesDir = join(import.meta.dirname, '../../../renderer/src/i18n/messages')
// The app's six languages (renderer/src/i18n/locales.ts, which this side of the app cannot import).
const supportedLocales = ['en', 'pl', 'cs', 'uk', 'fr', 'bg']

describe('error codes main answers with', () => {
  it('each has a sentence in every locale', () => {
    for (const code of mainErrorCodes) {
      const [feature, name] = code.split('.')
      for (const locale of supportedLocales) {
        const messages = JSON.parse(readFileSync(join(messagesDir, feature, `${locale}.json`), 'utf8')) as { errors?: Record<string, string> }
        expect(messages.errors?.[name], `${code} in ${locale}`).toEqual(expect.stringMatching(/\S/))
      }
    }
  })
})
