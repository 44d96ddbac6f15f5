import * as v from 'valibot'
import { defaultReferralSources } from '@shared/customer-fields/referral'
import { referralSourceSchema } from '@shared/domain/schemas'
import type { Id, ReferralSource } from '@shared/domain/types'
import { AppError } from '@shared/errors'
import { dataErrors, parseOrThrow } from '../errors'
import type { RegularsDatabase } from '../schema'

/**
 * The manager's list of referral sources ("How they found us"), kept in the settings table
 * (a handful of entries, read whole) — the seven presets until the manager changes it. A
 * source is never deleted, only hidden: customers keep its id, so their value stays readable
 * and the list's sort by it (the source's id) stays put.
 */

const KEY = 'referralSources'

export async function listReferralSources(db: RegularsDatabase): Promise<ReferralSource[]> {
  const row = await db.settings.get(KEY)
  const stored = row?.value
  return Array.isArray(stored) && stored.every((source) => v.is(referralSourceSchema, source)) ? (stored as ReferralSource[]) : defaultReferralSources()
}

/** Adds a source at the end of the list; returns its id. */
export async function addReferralSource(db: RegularsDatabase, name: string): Promise<Id> {
  const trimmed = name.trim()
  if (!trimmed) throw new AppError(dataErrors.invalid, 'A referral source needs a name', { path: 'name', code: 'name-required' })
  return db.transaction('rw', db.settings, async () => {
    const sources = await listReferralSources(db)
    const id = Math.max(0, ...sources.map((source) => source.id)) + 1
    await save(db, [...sources, { id, name: trimmed }])
    return id
  })
}

/** Renames a source; an empty name gives a preset its translated name back (the manager's own need one). */
export async function renameReferralSource(db: RegularsDatabase, id: Id, name: string): Promise<void> {
  await change(db, id, (source) => {
    const trimmed = name.trim()
    if (!trimmed && !source.preset) throw new AppError(dataErrors.invalid, 'A referral source needs a name', { path: 'name', code: 'name-required' })
    return { ...source, name: trimmed }
  })
}

/** Hides a source from the choices for customers (their value stays), or offers it again. */
export async function setReferralSourceHidden(db: RegularsDatabase, id: Id, hidden: boolean): Promise<void> {
  await change(db, id, ({ hidden: _was, ...source }) => (hidden ? { ...source, hidden: true } : source))
}

/** How many customers came through a source (a count of its range of the sparse index). */
export function referralSourceUseCount(db: RegularsDatabase, id: Id): Promise<number> {
  return db.customers.where('referral.sourceId').equals(id).count()
}

async function change(db: RegularsDatabase, id: Id, next: (source: ReferralSource) => ReferralSource): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const sources = await listReferralSources(db)
    if (!sources.some((source) => source.id === id)) throw new AppError(dataErrors.invalid, `No referral source ${id}`, { path: 'id', code: 'invalid' })
    await save(db, sources.map((source) => (source.id === id ? next(source) : source)))
  })
}

async function save(db: RegularsDatabase, sources: ReferralSource[]): Promise<void> {
  await db.settings.put({ key: KEY, value: sources.map((source) => parseOrThrow(referralSourceSchema, source)) })
}
