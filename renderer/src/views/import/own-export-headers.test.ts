import { describe, expect, it } from 'vitest'
import { exportFieldKeys } from '@shared/customer-fields/derived'
import { guessColumnTargets } from '@shared/import/match-headers'
import { collectMessages, type Messages } from '@renderer/i18n/messages'
import { ownExportHeaderTargets } from './own-export-headers'

/** Every header Regulars' export writes, in each of the six languages, read back by the import. */
describe("our own export's headers", () => {
  const known = ownExportHeaderTargets()

  it.each(Object.entries(collectMessages()))('%s: every column is recognised exactly, and fills what it exported', (_locale, messages) => {
    const label = (key: string) => (messages['fields'] as Messages)[key] as string
    const headers = exportFieldKeys.map(label)
    const guesses = guessColumnTargets(headers, [], known)
    expect(headers.filter((_, index) => guesses[index].confidence !== 'exact')).toEqual([])
    const target = (key: string) => guesses[exportFieldKeys.indexOf(key as never)].target
    expect(target('homeStore')).toBe('homeStore')
    expect([target('firstName'), target('lastName'), target('phone'), target('otherPhones'), target('email'), target('otherEmails')]).toEqual([
      'firstName', 'lastName', 'phone', 'phone', 'email', 'email'
    ])
    expect([target('type'), target('consentEmail'), target('consentEmailAt'), target('consentSms'), target('consentSmsAt'), target('referral')]).toEqual([
      'type', 'consentEmail', 'consentEmailDate', 'consentSms', 'consentSmsDate', 'referralSource'
    ])
    // This base's own numbering and the figures counted from visits are not imported.
    expect([target('id'), target('orderCount'), target('totalValue')]).toEqual(['ignore', 'ignore', 'ignore'])
  })
})
