import type { Id, Referral, ReferralSource } from '../domain/types'
import { foldText } from '../domain/text-fold'

/**
 * "How they found us": a source from the manager's list plus free text. The list starts
 * with seven presets, named in the UI language (`fields.referralPresets.<preset>`) until
 * the manager renames them; the manager adds their own, and hides what they no longer
 * offer (a source is never deleted: customers keep pointing at it).
 */

export const referralPresets = ['walk-in', 'recommendation', 'instagram', 'facebook', 'google', 'booking-portal', 'other'] as const satisfies readonly NonNullable<ReferralSource['preset']>[]
export type ReferralPreset = (typeof referralPresets)[number]

/** The list before the manager changes it: the presets, ids 1–7 (the demo data uses them). */
export function defaultReferralSources(): ReferralSource[] {
  return referralPresets.map((preset, index) => ({ id: index + 1, preset, name: '' }))
}

/** Where an unknown value from an import goes (with the value as its details): the "other" preset. */
export function otherSourceId(sources: readonly ReferralSource[]): Id | undefined {
  return sources.find((source) => source.preset === 'other')?.id
}

/** Between the source and its details, in an export, a printout and a list cell. */
export const REFERRAL_SEPARATOR = ' — '

/** "Instagram — recommended by Anna K.": the source's name and the details, as one text. */
export function referralText(referral: Referral | undefined, names: ReadonlyMap<Id, string>): string {
  if (!referral) return ''
  const name = names.get(referral.sourceId) ?? `#${referral.sourceId}`
  return referral.note ? `${name}${REFERRAL_SEPARATOR}${referral.note}` : name
}

/** A source with every name a file may call it by (its names in each UI language, the manager's name). */
export interface ReferralChoice {
  id: Id
  names: readonly string[]
}

/** A name as compared: case, diacritics and punctuation aside ("Walk-in" is "walk in", "TIKTOK" is "TikTok"). */
function folded(name: string): string {
  return foldText(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/**
 * Reads the referral a cell of an imported file says: a source found by name (case,
 * diacritics and punctuation aside, in any language), possibly followed by details after a
 * dash or a colon ("Instagram — saw the reel", as our export writes it); anything else is
 * the "other" source with the whole text as details, so nothing the file said is lost. Null
 * for an empty cell. The names are folded once, not per row.
 */
export function referralReader(choices: readonly ReferralChoice[], otherId: Id | undefined): (text: string) => Referral | null {
  const byName = new Map<string, Id>()
  for (const choice of choices) for (const name of choice.names) if (folded(name)) byName.set(folded(name), choice.id)
  return (text) => {
    const value = text.trim()
    if (!value) return null
    const whole = byName.get(folded(value))
    if (whole !== undefined) return { sourceId: whole, note: '' }
    const split = /^(.+?)\s*(?:\s[—–-]\s|:|\()\s*(.+?)\)?$/.exec(value)
    const named = split ? byName.get(folded(split[1]!)) : undefined
    if (named !== undefined) return { sourceId: named, note: split![2]! }
    return otherId === undefined ? null : { sourceId: otherId, note: value }
  }
}
