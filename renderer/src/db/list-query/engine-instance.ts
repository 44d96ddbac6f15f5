import { appDb } from '../database'
import { onSearchTokenRefresh } from '../search-token-refresh'
import { onRulesPassWrite } from '../rules/rules-pass'
import { onTablesChanged } from './data-changes'
import { ListEngine } from './list-engine'

let engine: ListEngine | undefined
const listeners = new Set<(tables: ReadonlySet<string>) => void>()

/**
 * The app's one list engine: its cached column orders are shared by the list and the side
 * bar's segment counts, and forgotten as soon as any write changes the tables they came from
 * (a rules pass's writes only update the rows it holds and forget what categories, groups and
 * discounts decided).
 */
export function listEngine(): ListEngine {
  if (!engine) {
    const created = new ListEngine(appDb())
    onTablesChanged(created.db, (tables, change) => {
      // A rules pass's rows reached the engine already (below): what is on screen is refreshed from memory.
      if (change === 'write') created.invalidate(tables)
      for (const listener of listeners) listener(tables)
    })
    onRulesPassWrite((rows) => created.rulesApplied(rows))
    onSearchTokenRefresh((_, rewritten) => {
      if (rewritten.size > 0) created.tokensRewritten(rewritten)
    })
    engine = created
  }
  return engine
}

/** Called after the engine forgot what a write changed (to refresh what is on screen). */
export function onListDataChanged(listener: (tables: ReadonlySet<string>) => void): () => void {
  listEngine()
  listeners.add(listener)
  return () => listeners.delete(listener)
}
