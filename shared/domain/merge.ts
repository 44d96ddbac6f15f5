import { combinableMergeFields, mergeChoiceFields, type MergeField } from '../customer-fields/derived'
import { profileOf } from './customer'
import type { ConsentChannel, ConsentState, Customer, CustomerProfile, Flag, Id } from './types'

/**
 * Merging two records of one person (PRODUCT.md F13), field by field: the desk picks, for each
 * field, the kept record's value, the other record's value, or — for lists and free text —
 * both. Categories and groups are always united; each consent takes the latest decision of
 * the two; the person is known since the earlier creation. Pure: the repository
 * (renderer/src/db/repositories/merge.ts) moves the history and writes the result.
 */

export type MergeSide = 'kept' | 'other' | 'both'

/** The row properties the desk decides on, in the screen's order (the catalogue's merge facets). */
export const mergeFields: readonly MergeField[] = mergeChoiceFields
export type { MergeField }
export type MergeChoices = Record<MergeField, MergeSide>

/** Fields where "both" makes sense: lists are united, texts are joined on separate lines. */
export const combinableFields: ReadonlySet<MergeField> = combinableMergeFields

/** Everything a merge writes on the kept record (besides metrics and derived fields). */
export type MergedFields = Pick<Customer, MergeField | 'categoryIds' | 'groupIds' | 'consents' | 'createdAt'>

/** The fields a merge may change, for snapshots and for undo's field-by-field restore. */
export const mergeWrittenFields = [...mergeFields, 'categoryIds', 'groupIds', 'consents', 'createdAt'] as const satisfies readonly (keyof MergedFields)[]

type MergeSource = Pick<Customer, MergeField | 'categoryIds' | 'groupIds' | 'consents' | 'createdAt'>

export function isEmptyField(customer: MergeSource, field: MergeField): boolean {
  const value = customer[field]
  // An optional field the record does not have.
  if (value === undefined || value === null) return true
  if (Array.isArray(value)) return value.length === 0
  if (typeof value === 'string') return value.trim() === ''
  if (field === 'address') {
    const address = customer.address
    return !address.street && !address.postalCode && !address.city && !address.country
  }
  if (field === 'discountPercent' || field === 'homeStoreId' || field === 'blocked') return value === 0
  return false
}

export function sameFieldValue(a: MergeSource, b: MergeSource, field: MergeField): boolean {
  return JSON.stringify(a[field]) === JSON.stringify(b[field])
}

/**
 * How complete a field's value is, to compare two records' values of one field:
 * - empty (see isEmptyField) is 0;
 * - a list (phones, e-mails): how many entries;
 * - a text (names, card number, notes…): its length without surrounding spaces — "Katarzyna"
 *   says more than "Kasia", a birthday with its year ("1990-05-12") more than without ("--05-12");
 * - an address: how many of its parts (street, postal code, city, country) are filled in;
 * - how they found us: 1, or 2 with details ("recommended by Anna K.");
 * - a number or flag (discount, home store, on hold): 1 when set.
 */
export function fieldCompleteness(customer: MergeSource, field: MergeField): number {
  if (isEmptyField(customer, field)) return 0
  const value = customer[field]
  if (Array.isArray(value)) return value.length
  if (typeof value === 'string') return value.trim().length
  if (field === 'address') {
    const address = customer.address
    return [address.street, address.postalCode, address.city, address.country].filter((part) => part.trim() !== '').length
  }
  if (field === 'referral') return customer.referral?.note.trim() ? 2 : 1
  return 1
}

/**
 * The choices a careful desk would make: per field the more complete value (fieldCompleteness),
 * and where both are as complete the older record's — it has been in use longer, while the
 * newer one is usually a quick entry made at the desk; unite phones and e-mails and join
 * differing notes; registered wins over contact; a block on either record stays (an unblock
 * is a decision to take on purpose, not by merging).
 */
export function defaultMergeChoices(kept: MergeSource, other: MergeSource): MergeChoices {
  const choices = {} as MergeChoices
  const olderSide: MergeSide = other.createdAt < kept.createdAt ? 'other' : 'kept'
  for (const field of mergeFields) {
    const keptEmpty = isEmptyField(kept, field)
    const otherEmpty = isEmptyField(other, field)
    if (sameFieldValue(kept, other, field)) choices[field] = 'kept'
    else if (combinableFields.has(field) && !keptEmpty && !otherEmpty) choices[field] = 'both'
    else {
      const keptScore = fieldCompleteness(kept, field)
      const otherScore = fieldCompleteness(other, field)
      choices[field] = keptScore === otherScore ? olderSide : keptScore > otherScore ? 'kept' : 'other'
    }
  }
  if (kept.type !== 'registered' && other.type === 'registered') choices.type = 'other'
  if (kept.type === 'registered' && other.type !== 'registered') choices.type = 'kept'
  if (!kept.blocked && other.blocked) choices.blocked = 'other'
  if (kept.blocked && !other.blocked) choices.blocked = 'kept'
  return choices
}

function unite<T>(first: readonly T[], second: readonly T[]): T[] {
  return [...new Set([...first, ...second])]
}

function joinTexts(first: string, second: string): string {
  const a = first.trim()
  const b = second.trim()
  if (!a) return b
  if (!b || a === b) return a
  return `${a}\n${b}`
}

function pick<F extends MergeField>(kept: MergeSource, other: MergeSource, field: F, side: MergeSide): MergeSource[F] {
  if (side === 'other') return other[field]
  if (side === 'kept' || !combinableFields.has(field)) return kept[field]
  const a = kept[field]
  const b = other[field]
  if (Array.isArray(a) && Array.isArray(b)) return unite(a as string[], b as string[]) as MergeSource[F]
  return joinTexts(String(a), String(b)) as MergeSource[F]
}

/** The later of two consent decisions (the person's latest expressed will). */
export function laterConsent(a: ConsentState, b: ConsentState): ConsentState {
  return b.at > a.at ? b : a
}

export function mergedFields(kept: MergeSource, other: MergeSource, choices: MergeChoices): MergedFields {
  const result = {} as Record<MergeField, unknown>
  for (const field of mergeFields) result[field] = pick(kept, other, field, choices[field] ?? 'kept')
  const consents = {} as Record<ConsentChannel, ConsentState>
  for (const channel of Object.keys(kept.consents) as ConsentChannel[]) consents[channel] = laterConsent(kept.consents[channel], other.consents[channel])
  return {
    ...(result as Pick<Customer, MergeField>),
    blocked: result['blocked'] as Flag,
    categoryIds: unite<Id>(kept.categoryIds, other.categoryIds),
    groupIds: unite<Id>(kept.groupIds, other.groupIds),
    consents,
    createdAt: Math.min(kept.createdAt, other.createdAt)
  }
}

/** The profile part of a merge result, as the profile schema validates it. */
export function mergedProfile(kept: Customer, merged: MergedFields): CustomerProfile {
  return profileOf({ ...kept, ...merged })
}

/**
 * Undo, field by field: a field still holding what the merge wrote goes back to its value
 * before the merge; a field the desk changed since keeps the desk's change.
 */
export function fieldsAfterUndo(current: MergeSource, written: MergedFields, before: MergedFields): MergedFields {
  const result = {} as Record<string, unknown>
  for (const field of mergeWrittenFields) {
    const unchanged = JSON.stringify(current[field]) === JSON.stringify(written[field])
    result[field] = unchanged ? before[field] : current[field]
  }
  return result as MergedFields
}

export function pickMergedFields(customer: MergeSource): MergedFields {
  const result = {} as Record<string, unknown>
  for (const field of mergeWrittenFields) result[field] = structuredClone(customer[field])
  return result as MergedFields
}
