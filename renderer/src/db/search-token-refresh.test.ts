import { freshDatabase, type RegularsDatabase } from './test-support'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import Dexie, { RangeSet, rangesOverlap, type ObservabilitySet } from 'dexie'
import { emptyProfile } from '@shared/domain/customer'
import { customerTokens } from '@shared/domain/search-tokens'
import type { Id } from '@shared/domain/types'
import { checkDatabase } from './checker'
import { createCustomer, getCustomer } from './repositories/customers'
import { searchCustomerIds } from './search'
import { onTablesChanged } from './list-query/data-changes'
import { refreshSearchTokens, SEARCH_TOKEN_MARKER_KEY } from './search-token-refresh'

let db: RegularsDatabase

beforeEach(async () => {
  db = await freshDatabase()
})
afterEach(() => db.close())

/** A customer as a version before domain tokens wrote it. */
async function savedBeforeDomains(firstName: string, emails: string[] = []): Promise<Id> {
  const id = await createCustomer(db, { ...emptyProfile(), firstName, emails })
  const row = (await getCustomer(db, id))!
  await db.customers.update(id, { tokens: customerTokens(row, { withoutDomains: true }) })
  return id
}

/** The customer ids each committed write put, in order (chunks stay under Dexie's 50-row key tracking). */
function watchCustomerWrites(ids: Id[]): { written: () => Id[]; stop: () => void } {
  const seen: Id[] = []
  const watch = (parts: ObservabilitySet) => {
    const customers = parts[`idb://${db.name}/customers/`]
    if (customers) for (const id of ids) if (rangesOverlap(customers, new RangeSet(id))) seen.push(id)
  }
  Dexie.on('storagemutated', watch)
  return { written: () => seen, stop: () => Dexie.on('storagemutated').unsubscribe(watch) }
}

describe('the background refresh of search tokens', () => {
  it('makes the e-mail domains of older customers searchable, writing only the rows that change', async () => {
    const anna = await savedBeforeDomains('Anna', ['anna.k@poczta.onet.pl'])
    const noEmail = await savedBeforeDomains('Olga')
    const current = await createCustomer(db, { ...emptyProfile(), firstName: 'Jan', emails: ['jan@gmail.com'] })
    const oldGmail = await savedBeforeDomains('Ewa', ['ewa@gmail.com'])
    expect(await searchCustomerIds(db, 'onet')).toEqual([])
    expect(await searchCustomerIds(db, 'gmail')).toEqual([current])

    const writes = watchCustomerWrites([anna, noEmail, current, oldGmail])
    const result = await refreshSearchTokens(db, { chunkSize: 2 })
    writes.stop()

    expect(result).toEqual({ finished: true, rewritten: 2 })
    expect(writes.written().sort()).toEqual([anna, oldGmail].sort())
    for (const query of ['onet', 'onet.pl', 'poczta.onet']) expect(await searchCustomerIds(db, query)).toEqual([anna])
    expect(await searchCustomerIds(db, 'gmail')).toEqual([current, oldGmail].sort((a, b) => a - b))
    expect((await checkDatabase(db)).differenceCount).toBe(0)
  })

  it('resumes after a quit where it stopped, and does nothing once done', async () => {
    const ids: Id[] = []
    for (let n = 0; n < 5; n++) ids.push(await savedBeforeDomains(`Customer${n}`, [`c${n}@wp.pl`]))
    const stop = new AbortController()
    const first = await refreshSearchTokens(db, { chunkSize: 2, signal: stop.signal, onProgress: ({ done }) => done > 0 && stop.abort() })
    expect(first).toEqual({ finished: false, rewritten: 2 })
    expect(await searchCustomerIds(db, 'wp.pl')).toEqual(ids.slice(0, 2))

    // The next start (a new run) goes on from the third customer: the first two are not written again.
    const writes = watchCustomerWrites(ids)
    const progress: number[] = []
    const second = await refreshSearchTokens(db, { chunkSize: 2, onProgress: ({ done }) => progress.push(done) })
    writes.stop()
    expect(second).toEqual({ finished: true, rewritten: 3 })
    expect(progress[0]).toBe(ids[1])
    expect(writes.written().sort()).toEqual(ids.slice(2).sort())
    expect(await searchCustomerIds(db, 'wp.pl')).toEqual(ids)

    expect(await refreshSearchTokens(db, { chunkSize: 2 })).toEqual({ finished: true, rewritten: 0 })
  })

  it('checks a restored copy again whole: its marker names another database', async () => {
    const anna = await savedBeforeDomains('Anna', ['anna@onet.pl'])
    await db.settings.put({ key: SEARCH_TOKEN_MARKER_KEY, value: { rules: 2, database: 'regulars', afterId: anna, done: true } })
    expect(await refreshSearchTokens(db)).toEqual({ finished: true, rewritten: 1 })
    expect(await searchCustomerIds(db, 'onet')).toEqual([anna])
  })

  it('is not a change the list or a backup starts over for, unlike a desk write', async () => {
    await savedBeforeDomains('Anna', ['anna@onet.pl'])
    const heard: string[][] = []
    const stop = onTablesChanged(db, (tables) => heard.push([...tables]))
    await refreshSearchTokens(db)
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(heard).toEqual([])
    await createCustomer(db, { ...emptyProfile(), firstName: 'Jan' })
    await new Promise((resolve) => setTimeout(resolve, 10))
    stop()
    expect(heard).toEqual([['customers']])
  })
})

describe('the checker and rows written before domain tokens', () => {
  it('finds no difference in a row that has not been refreshed yet', async () => {
    await savedBeforeDomains('Anna', ['anna@onet.pl'])
    expect((await checkDatabase(db)).differenceCount).toBe(0)
  })
})
