import type { HeaderTarget } from '@shared/import/header-synonyms'
import { ownExportHeaders } from '@shared/import/own-export-headers'
import { collectMessages, type Messages } from '@renderer/i18n/messages'

/** The headers Regulars' own export writes (the fields' labels) in all six languages, and what each column fills when imported back. */
export function ownExportHeaderTargets(): Map<string, HeaderTarget> {
  const languages = Object.values(collectMessages())
  return ownExportHeaders((key) =>
    languages.map((messages) => (messages['fields'] as Messages | undefined)?.[key]).filter((label): label is string => typeof label === 'string')
  )
}
