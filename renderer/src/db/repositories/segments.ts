import type { RegularsDatabase } from '../schema'
import type { Segment } from '../segment'
import type { Id } from '@shared/domain/types'
import { AppError } from '@shared/errors'
import { normaliseFilters, type ListFilters } from '@shared/list/list-query'

/**
 * Saved filter sets (F8 segments) in the database's `segments` table: they keep the
 * CONDITIONS, not the matching ids, so a segment stays current as customers come and go.
 * Errors are `segments.<name>`, translated from messages/segments.
 */

export const segmentErrors = {
  nameRequired: 'segments.name-required',
  nameTooLong: 'segments.name-too-long',
  nameTaken: 'segments.name-taken',
  descriptionTooLong: 'segments.description-too-long',
  notFound: 'segments.not-found'
} as const

export const MAX_SEGMENT_NAME = 80
export const MAX_SEGMENT_DESCRIPTION = 500

export interface SegmentInput {
  name: string
  description: string
  filters: ListFilters
}

export interface SavedSegment {
  id: Id
  name: string
  description: string
  filters: ListFilters
  createdAt: number
}

function toSaved(row: Segment): SavedSegment {
  return { id: row.id!, name: row.name, description: row.description, filters: normaliseFilters(row.filters as ListFilters), createdAt: row.createdAt }
}

export async function listSegments(db: RegularsDatabase): Promise<SavedSegment[]> {
  const rows = await db.segments.toArray() // a handful of rows
  return rows.map(toSaved).sort((a, b) => a.name.localeCompare(b.name))
}

async function validated(db: RegularsDatabase, input: SegmentInput, ownId?: Id): Promise<Omit<Segment, 'id' | 'createdAt'>> {
  const name = input.name.trim().replace(/\s+/g, ' ')
  const description = input.description.trim()
  if (name === '') throw new AppError(segmentErrors.nameRequired, 'A segment needs a name')
  if (name.length > MAX_SEGMENT_NAME) throw new AppError(segmentErrors.nameTooLong, 'Segment name too long')
  if (description.length > MAX_SEGMENT_DESCRIPTION) throw new AppError(segmentErrors.descriptionTooLong, 'Segment description too long')
  const folded = name.toLocaleLowerCase()
  const others = await db.segments.toArray()
  if (others.some((other) => other.id !== ownId && other.name.trim().toLocaleLowerCase() === folded)) {
    throw new AppError(segmentErrors.nameTaken, `A segment named ${name} exists`)
  }
  return { name, description, filters: normaliseFilters(input.filters) }
}

export async function createSegment(db: RegularsDatabase, input: SegmentInput, now = Date.now()): Promise<Id> {
  return db.transaction('rw', db.segments, async () => (await db.segments.add({ ...(await validated(db, input)), createdAt: now })) as Id)
}

export async function updateSegment(db: RegularsDatabase, id: Id, input: SegmentInput): Promise<void> {
  await db.transaction('rw', db.segments, async () => {
    const current = await db.segments.get(id)
    if (!current) throw new AppError(segmentErrors.notFound, `Segment ${id} not found`)
    await db.segments.put({ ...current, ...(await validated(db, input, id)), id })
  })
}

export async function deleteSegment(db: RegularsDatabase, id: Id): Promise<void> {
  await db.segments.delete(id)
}
