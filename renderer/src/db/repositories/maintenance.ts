import { currencySchema } from '@shared/domain/schemas'
import type { Id } from '@shared/domain/types'
import { throwIfCancelled, type JobOptions } from '@shared/jobs/job'
import { parseOrThrow } from '../errors'
import type { RegularsDatabase } from '../schema'
import { figureTables, recomputeCustomerFigures } from './recompute'

export interface RecomputeOptions extends JobOptions {
  chunkSize?: number
}

/**
 * Recomputes every customer's stored figures from their orders, a chunk of customers per
 * transaction (a repair tool, and what a main-currency change needs). Cancel stops between
 * chunks (JobCancelled); the chunks done stay recomputed, which is only ever a repair.
 */
export async function recomputeAllCustomers(db: RegularsDatabase, options: RecomputeOptions = {}): Promise<number> {
  const chunkSize = options.chunkSize ?? 500
  const total = await db.customers.count()
  let done = 0
  let after = 0
  options.onProgress?.({ done, total })
  for (;;) {
    throwIfCancelled(options.signal, 'Recomputing was cancelled')
    const ids = (await db.customers.where(':id').above(after).limit(chunkSize).primaryKeys()) as Id[]
    if (ids.length === 0) break
    await db.transaction('rw', figureTables(db), async () => {
      for (const id of ids) await recomputeCustomerFigures(db, id)
    })
    done += ids.length
    after = ids[ids.length - 1]!
    options.onProgress?.({ done, total })
  }
  return done
}

/**
 * Changes the main currency: customer-row figures then sum the orders of stores in the new
 * currency. Every customer is recomputed (with progress); if that is cancelled half way the
 * setting is already changed and a second run finishes the job, so it is never silently
 * half-done: the checker would report the rest.
 */
export async function changeMainCurrency(db: RegularsDatabase, currency: string, options: RecomputeOptions = {}): Promise<void> {
  parseOrThrow(currencySchema, currency)
  await db.settings.put({ key: 'mainCurrency', value: currency })
  await recomputeAllCustomers(db, options)
}
