import Dexie, { type ObservabilitySet, type Table } from 'dexie'
import { throwIfCancelled, type JobOptions } from '@shared/jobs/job'
import { CURRENT_VERSION, type RegularsDatabase } from '../schema'
import { isSearchTokenRefreshCommit } from '../search-token-refresh'

/** Rows per chunk sent to main: 2 000 customers are ≈ 3 MB of JSON, well inside one IPC call. */
export const backupChunkRows = 2_000

/** Where the rows of a backup go, one table after another; `restart` when the data changed midway. */
export interface BackupSink {
  rows(table: string, json: string, count: number): Promise<void>
  restart(): Promise<void>
}

export interface BackupContents {
  schemaVersion: number
  tables: Array<{ name: string; rows: number }>
  stores: Array<{ id: number; name: string; currency: string }>
}

/** What a backup will hold: every table and its row count now, and the stores (the preview names them). */
export async function backupContents(db: RegularsDatabase): Promise<BackupContents> {
  const tables = await Promise.all(db.tables.map(async (table) => ({ name: table.name, rows: await table.count() })))
  const stores = (await db.stores.toArray()).map((store) => ({ id: store.id as number, name: store.name, currency: store.currency }))
  return { schemaVersion: CURRENT_VERSION, tables, stores }
}

export interface BackupReadOptions extends JobOptions {
  chunkSize?: number
  /** Times to start over when the data changed while it was read, before reading it as is. */
  maxRestarts?: number
}

/**
 * Reads every table in primary-key order, a chunk at a time (never a whole table in memory),
 * and hands each chunk to the sink as JSON. The chunks cross to main between reads, so the
 * read cannot be one IndexedDB transaction; instead, any write to this database meanwhile
 * (a visit saved at the desk) starts the backup over, so a file never holds an order without
 * its customer's figures. After `maxRestarts` the last pass is kept (the checker repairs
 * figures after a restore). Progress: rows done of all rows.
 */
export async function streamBackupRows(db: RegularsDatabase, sink: BackupSink, options: BackupReadOptions = {}): Promise<BackupContents> {
  const chunkSize = options.chunkSize ?? backupChunkRows
  const maxRestarts = options.maxRestarts ?? 3
  let changed: boolean
  const watch = (parts: ObservabilitySet) => {
    // Tokens that only gained a domain need no fresh start: a restored copy refreshes them again.
    if (isSearchTokenRefreshCommit(db.name, parts)) return
    if (Object.keys(parts).some((part) => part.startsWith(`idb://${db.name}/`))) changed = true
  }
  Dexie.on('storagemutated', watch)
  try {
    for (let attempt = 0; ; attempt++) {
      changed = false
      const contents = await backupContents(db)
      const total = contents.tables.reduce((sum, table) => sum + table.rows, 0)
      let done = 0
      options.onProgress?.({ done, total })
      // One chunk in main's hands while the next is read: main compresses and encrypts while
      // IndexedDB reads, and never more than one chunk waits (the page holds at most two).
      const inFlight = oneInFlight()
      for (const table of db.tables) {
        for await (const rows of chunksOf(table, chunkSize)) {
          throwIfCancelled(options.signal)
          const json = JSON.stringify(rows)
          await inFlight.send(() => sink.rows(table.name, json, rows.length))
          done += rows.length
          options.onProgress?.({ done, total: Math.max(total, done) })
          if (changed && attempt < maxRestarts) break
        }
        if (changed && attempt < maxRestarts) break
      }
      await inFlight.drain()
      if (!changed || attempt >= maxRestarts) return contents
      await sink.restart()
    }
  } finally {
    Dexie.on('storagemutated').unsubscribe(watch)
  }
}

/** Sends one call at a time without waiting for it: `send` waits for the previous one, `drain` for the last. */
function oneInFlight() {
  let pending: Promise<void> = Promise.resolve()
  return {
    async send(call: () => Promise<void>): Promise<void> {
      await pending
      pending = call()
      // Seen at the next send or the drain; meanwhile not an unhandled rejection.
      pending.catch(() => undefined)
    },
    drain: () => pending
  }
}

/** A table in primary-key order, `size` rows at a time, each chunk read by key range (no offset). */
async function* chunksOf(table: Table, size: number): AsyncGenerator<unknown[]> {
  const keyPath = table.schema.primKey.keyPath as string | string[]
  let rows = await table.orderBy(':id').limit(size).toArray()
  while (rows.length > 0) {
    yield rows
    if (rows.length < size) return
    const lastKey = Dexie.getByKeyPath(rows[rows.length - 1], keyPath) as unknown
    rows = await table.where(':id').above(lastKey).limit(size).toArray()
  }
}
