import { searchQueryAlternatives } from '@shared/domain/search-tokens'
import type { Id } from '@shared/domain/types'
import type { RegularsDatabase } from './schema'

/**
 * Quick search on the multi-entry token index (PRODUCT.md F7): each typed word is a prefix
 * query (its alternatives ORed), words are ANDed. Returns matching customer ids ascending;
 * with a `limit`, at most that many (which ones, when more match, follows the index — ask
 * without a limit for an exact count). The list feature orders and pages them.
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

/**
 * Ids whose tokens start with any alternative. Each alternative is a plain index range, which
 * Dexie reads with one getAllKeys call (a cursor with `distinct()` or `startsWithAnyOf` steps
 * key by key and was 40× slower on 3 000 hits); a customer with several matching tokens is
 * deduplicated here.
 */
async function idsForWord(db: RegularsDatabase, alternatives: string[], limit: number): Promise<Id[]> {
  const ids = new Set<Id>()
  await Promise.all(alternatives.map(async (prefix) => {
    for (const id of await keysForPrefix(db, prefix, limit)) ids.add(id)
  }))
  const sorted = [...ids].sort((a, b) => a - b)
  return Number.isFinite(limit) ? sorted.slice(0, limit) : sorted
}

/** With a limit, a few extra keys cover duplicates; when they do not, read the whole range. */
async function keysForPrefix(db: RegularsDatabase, prefix: string, limit: number): Promise<Id[]> {
  const range = () => db.customers.where('tokens').startsWith(prefix)
  if (!Number.isFinite(limit)) return (await range().primaryKeys()) as Id[]
  const asked = limit * 3
  const keys = (await range().limit(asked).primaryKeys()) as Id[]
  if (keys.length < asked || new Set(keys).size >= limit) return keys
  return (await range().primaryKeys()) as Id[]
}

function longest(alternatives: string[]): number {
  return Math.max(...alternatives.map((alternative) => alternative.length))
}
