import { exportFieldKeys, fieldEntry, type ExportFieldKey, type ImportField } from '../customer-fields/derived'
import type { HeaderTarget } from './header-synonyms'
import { foldHeader } from './header-words'

/**
 * Regulars' own export, imported back (a base carried to another PC, a list edited in Excel):
 * every column is known by its header, which is the field's label in one of the six UI
 * languages — whatever the labels say today. A column fills the field's import target; other
 * phones and e-mails go with the phones and e-mails; the customer number is this base's own
 * (not imported); the figures are counted from visits ('calculated').
 */

const borrowed: Partial<Record<ExportFieldKey, HeaderTarget>> = { otherPhones: 'phone', otherEmails: 'email', id: 'ignore' }

export function ownExportTarget(key: ExportFieldKey): HeaderTarget {
  const target = fieldEntry(key).import?.target as ImportField | undefined
  return borrowed[key] ?? target ?? 'calculated'
}

/** Folded header → what the column fills, from each exported field's labels (`labels(key)`: its label in every language). */
export function ownExportHeaders(labels: (key: ExportFieldKey) => readonly string[]): Map<string, HeaderTarget> {
  const known = new Map<string, HeaderTarget>()
  for (const key of exportFieldKeys) {
    for (const label of labels(key)) {
      const header = foldHeader(label)
      // Two fields with one label in a language (Czech "Jméno" is the name and the first name): the first, the more specific, keeps it.
      if (header && !known.has(header)) known.set(header, ownExportTarget(key))
    }
  }
  return known
}
