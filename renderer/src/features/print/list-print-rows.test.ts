import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Id } from '@shared/domain/types'
import { JobCancelled, type JobProgress } from '@shared/jobs/job'
import { loadDemoData } from '@renderer/db'
import { freshDatabase, setAppDb, type RegularsDatabase } from '@renderer/db/test-support'
import { listPrintRows } from './list-print-content'
import { printFormatters } from './print-format'

/** A long printed list is read in chunks with progress, and Cancel stops it before it prints. */

let db: RegularsDatabase
beforeEach(async () => {
  db = await freshDatabase()
  setAppDb(db)
  await loadDemoData(db, { customers: 120, orders: 300, seed: 5, now: Date.UTC(2026, 10, 22, 12) })
})
afterEach(() => {
  setAppDb(undefined)
  db.close()
})

const lookups = { categoryNames: new Map(), groupNames: new Map(), storeNames: new Map(), typeLabels: { registered: 'Registered', contact: 'Contact' }, referralSourceNames: new Map(), dayAndMonth: () => '' }
const format = printFormatters('en', 'PLN', { yes: 'Yes', no: 'No' })
// 2 500 ids (each customer many times): three chunks of the source.
const ids: Id[] = Array.from({ length: 2500 }, (_, i) => (i % 120) + 1)

describe('reading a printed list', () => {
  it('reports the customers read after each chunk', async () => {
    const seen: JobProgress[] = []
    const { rows } = await listPrintRows({ ids }, ['lastName'], lookups, format, 20_000, undefined, { onProgress: (p) => seen.push(p) })
    expect(rows.length).toBeGreaterThan(2000)
    expect(seen.map((p) => p.done)).toEqual([0, 1000, 2000, 2500])
    expect(seen.every((p) => p.phase === 'rows' && p.total === 2500)).toBe(true)
  })

  it('stops between chunks when cancelled', async () => {
    const controller = new AbortController()
    const reading = listPrintRows({ ids }, ['lastName'], lookups, format, 20_000, undefined, {
      signal: controller.signal,
      onProgress: (p) => p.done >= 1000 && controller.abort()
    })
    await expect(reading).rejects.toBeInstanceOf(JobCancelled)
  })
})
