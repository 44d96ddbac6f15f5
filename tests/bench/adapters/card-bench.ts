import { measureCard } from '../measures/card'
import type { BenchContext, BenchMeasures } from '../harness/measure-api'

/**
 * card.open and visit.add from the card feature's own measure (tests/bench/measures/card.ts,
 * the card's speed): a customer with 500 orders is added to this run's copy of the database, its card
 * opened from another screen until the overview and the first history page are painted, and
 * visits added from the card until the overview shows them.
 *
 * Baselines, same run, same customer: the bare Dexie reads of what the card first shows
 * (customer row, per-store stats, newest 25 orders), and one order row added with Dexie in a
 * strict transaction without metrics or UI.
 */
const HISTORY_PAGE = 25
const ORDERS = 500

async function run(context: BenchContext): Promise<void> {
  const { page } = await context.openApp()
  const runs = context.runs(7)
  const figures = await measureCard(page, { orders: ORDERS, runs })
  // The customer measureCard added is the newest one: the highest id.
  const customerId = await page.evaluate(() => window.__regularsBench.newestCustomerId())
  const readSamples: number[] = []
  const addSamples: number[] = []
  for (let index = 0; index < runs; index++) {
    const reads = await page.evaluate(({ id, size }) => window.__regularsBench.bareCardReads(id, size), { id: customerId, size: HISTORY_PAGE })
    if (reads.orders !== HISTORY_PAGE) throw new Error(`The 500-order customer ${customerId} has only ${reads.orders} orders on its first page`)
    readSamples.push(reads.ms)
    addSamples.push((await page.evaluate((id) => window.__regularsBench.bareOrderAdd(id), customerId)).ms)
  }
  context.record({
    name: 'card.open',
    samples: figures.cardOpenMs,
    baseline: { name: 'bare Dexie reads of the card', samples: readSamples },
    extra: { orders: figures.orders },
    note: `hash change → overview and first history page of a customer with ${figures.orders} orders painted`
  })
  context.record({
    name: 'visit.add',
    samples: figures.visitAddMs,
    baseline: { name: 'bare Dexie order add', samples: addSamples },
    note: 'Save in the new-visit dialog → the overview shows one order more (order + metrics in one strict transaction, card re-read)'
  })
}

export const bench: BenchMeasures = { names: ['card.open', 'visit.add'], run }
