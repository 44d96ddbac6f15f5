import { searchQueryAlternatives } from '@shared/domain/search-tokens'
import type { Id } from '@shared/domain/types'
import type { RegularsDatabase } from './schema'

/**
 * Quick search on the multi-entry token index (PRODUCT.md F7): each typed word is a prefix
 * query (its alternatives ORed), words are ANDed. Returns matching customer ids, at most
 * `limit`, ascending by id; the list feature orders and pages them.
 *
 * Cost: a word's ids come from one index range, so a rare word is a few ms; the most
 * selective word (the longest) is read first and the others only filter it when it is small.
 */
export async function searchCustomerIds(db: RegularsDatabase, query: string, limit = Infinity): Promise<Id[]> {
  const words = searchQueryAlternatives(query)
  if (words.length === 0) return []
  if (words.length === 1) return idsForWord(db, words[0]!, limit)
  const ordered = [...words].sort((a, b) => longest(b) - longest(a))
  let ids = new Set(await idsForWord(db, ordered[0]!, Infinity))
  for (const word of ordered.slice(1)) {
    if (ids.size === 0) break
    const next = new Set(await idsForWord(db, word, Infinity))
    ids = new Set([...ids].filter((id) => next.has(id)))
  }
  return [...ids].sort((a, b) => a - b).slice(0, limit)
}

async function idsForWord(db: RegularsDatabase, alternatives: string[], limit: number): Promise<Id[]> {
  let collection = db.customers.where('tokens').startsWithAnyOf(alternatives).distinct()
  if (Number.isFinite(limit)) collection = collection.limit(limit)
  const ids = (await collection.primaryKeys()) as Id[]
  return [...new Set(ids)].sort((a, b) => a - b)
}

function longest(alternatives: string[]): number {
  return Math.max(...alternatives.map((alternative) => alternative.length))
}
