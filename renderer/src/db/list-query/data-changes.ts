import Dexie, { type ObservabilitySet } from 'dexie'
import type { RegularsDatabase } from '../schema'
import { isSearchTokenRefreshCommit } from '../search-token-refresh'

/**
 * Calls `listener` with the names of the tables a committed write changed, for writes made
 * anywhere in the app (the card, an import, a bulk action, another window): Dexie reports
 * every committed transaction's changed parts as `storagemutated`. Returns the unsubscribe.
 * The background refresh of search tokens is left out: it changes what a search finds and
 * nothing the list shows (the engine hears of it through `onSearchTokenRefresh`).
 */
export function onTablesChanged(db: RegularsDatabase, listener: (tables: ReadonlySet<string>) => void): () => void {
  const prefix = `idb://${db.name}/`
  const handler = (parts: ObservabilitySet) => {
    if (isSearchTokenRefreshCommit(db.name, parts)) return
    const tables = new Set<string>()
    for (const part of Object.keys(parts)) {
      if (part.startsWith(prefix)) tables.add(part.slice(prefix.length).split('/')[0]!)
    }
    if (tables.size > 0) listener(tables)
  }
  Dexie.on('storagemutated', handler)
  return () => Dexie.on.storagemutated.unsubscribe(handler)
}
