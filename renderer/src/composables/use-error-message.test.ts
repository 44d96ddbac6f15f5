import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import { AppError } from '@shared/errors'
import { collectMessages } from '@renderer/i18n/messages'
import { translateError } from './use-error-message'

describe('a refused action, in words', () => {
  it('names the right the person lacks, in the UI language', () => {
    const refusal = new AppError('data.not-allowed', 'Kasia may not: export-print', { right: 'export-print' })
    for (const [locale, expected] of [
      ['en', 'Your role does not allow this (Export and print lists). A manager or the owner can approve it with their PIN.'],
      ['pl', 'Twoja rola na to nie pozwala (Eksportuje i drukuje listy). Kierownik lub właściciel może to zatwierdzić swoim PIN-em.']
    ] as const) {
      const { t, te } = createI18n({ legacy: false, locale, messages: collectMessages() }).global
      expect(translateError(refusal, t, te)).toBe(expected)
    }
  })
})
