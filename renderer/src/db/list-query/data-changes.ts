import Dexie, { type ObservabilitySet } from 'dexie'
import type { RegularsDatabase } from '../schema'
import { isSearchTokenRefreshCommit } from '../search-token-refresh'
import { isRulesPassCommit } from '../rules/rules-pass'

/**
 * What a committed write was: a person's or a job's (`write`: whatever the tables hold may have
 * changed), or a rules pass's (`rules-pass`: only categories, groups and discounts of the rows
 * it reports itself through onRulesPassWrite).
 */
export type TablesChange = 'write' | 'rules-pass'

// Dexie gathers the parts of writes committed close together into one event: a rules pass's
// commit that came with any other table changed counts as a write.
const rulesPassTables: ReadonlySet<string> = new Set(['customers', 'settings'])

/**
 * Calls `listener` with the names of the tables a committed write changed, for writes made
 * anywhere in the app (the card, an import, a bulk action, another window): Dexie reports
 * every committed transaction's changed parts as `storagemutated`. Returns the unsubscribe.
 * The background refresh of search tokens is left out: it changes what a search finds and
 * nothing the list shows (the engine hears of it through `onSearchTokenRefresh`).
 */
export function onTablesChanged(db: RegularsDatabase, listener: (tables: ReadonlySet<string>, change: TablesChange) => void): () => void {
  const prefix = `idb://${db.name}/`
  const handler = (parts: ObservabilitySet) => {
    if (isSearchTokenRefreshCommit(db.name, parts)) return
    const tables = new Set<string>()
    for (const part of Object.keys(parts)) {
      if (part.startsWith(prefix)) tables.add(part.slice(prefix.length).split('/')[0]!)
    }
    if (tables.size === 0) return
    const rulesOnly = isRulesPassCommit(db.name, parts) && [...tables].every((table) => rulesPassTables.has(table))
    listener(tables, rulesOnly ? 'rules-pass' : 'write')
  }
  Dexie.on('storagemutated', handler)
  return () => Dexie.on.storagemutated.unsubscribe(handler)
}
