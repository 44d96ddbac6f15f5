import type { Page } from 'playwright-core'
import type { ListQuery } from '../../../shared/list/list-query'
import type { BenchContext, BenchMeasures } from '../harness/measure-api'
import { significant } from '../harness/report'
import { sampleCustomers, searchCases } from './search'

/**
 * Search and list as a front-desk person limited to one store (F23: they see only customers
 * with an order in that store or that home store), beside the same figures for the owner,
 * in the same run and against the same bare Dexie baselines — so the two ratios say what
 * the store scope costs.
 *
 * Both are measured on the data layer in the page, signed in through the data layer (the
 * people are made in the run's copy and removed again at the end): the app's screens have no
 * sign-in on this branch, so typing into the screen would measure the open base. Search:
 * `@renderer/db`'s scoped search for ≤ 50 ids and their rows. List: the list engine's first
 * page on a fresh engine (nothing cached, as when the list first asks; its complete answer is
 * abandoned); `open_list_ms` / `open_list_count_ms`: the same query asked
 * once of the person's engine that already answered the default view and its count (the list
 * open at the desk: the scope's customers are known by then).
 */

const PAGE_SIZE = 50
type Person = 'owner' | 'one-store'
const people: Person[] = ['owner', 'one-store']

const listCases: { name: string; query: ListQuery; index: string; direction: 'asc' | 'desc' }[] = [
  { name: 'open', query: { sort: { column: 'lastActivityAt', direction: 'desc' }, search: '', filters: {} }, index: 'lastActivityAt', direction: 'desc' },
  { name: 'sort.name', query: { sort: { column: 'name', direction: 'asc' }, search: '', filters: {} }, index: 'sortName', direction: 'asc' },
  { name: 'sort.totalValue', query: { sort: { column: 'totalValue', direction: 'desc' }, search: '', filters: {} }, index: 'totalValue', direction: 'desc' },
  { name: 'filter.sms', query: { sort: { column: 'lastActivityAt', direction: 'desc' }, search: '', filters: { consentSms: true } }, index: 'lastActivityAt', direction: 'desc' },
  { name: 'filter.birthday', query: { sort: { column: 'lastActivityAt', direction: 'desc' }, search: '', filters: { birthdayThisMonth: true } }, index: 'lastActivityAt', direction: 'desc' },
  { name: 'search', query: { sort: { column: 'lastActivityAt', direction: 'desc' }, search: 'Kowal', filters: {} }, index: 'lastActivityAt', direction: 'desc' }
]

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const round = (value: number) => Math.round(value * 10) / 10

async function repeat(times: number, sample: () => Promise<number>): Promise<number[]> {
  const samples: number[] = []
  for (let index = 0; index < times; index++) samples.push(await sample())
  return samples
}

function selectedFamily(context: BenchContext, family: 'search' | 'list'): boolean {
  return people.some((person) => context.selected(`${family}.${person}`))
}

async function searchFigures(context: BenchContext, page: Page, storeId: number): Promise<void> {
  const runs = context.runs(9)
  const cases = searchCases(await sampleCustomers(page, context.dataset.customers))
  for (const item of cases) {
    const name = (person: Person) => `${item.name.replace('search.', `search.${person}.`)}`
    if (!people.some((person) => context.selected(name(person)))) continue
    // One scan: it takes seconds at full size, and the figures compare the two people with each other.
    const scan = await repeat(context.runs(1), async () => (await page.evaluate((query) => window.__regularsBench.scanWithDexieFilter(query), item.query)).ms)
    const byPerson = {} as Record<Person, { samples: number[]; hits: number }>
    for (const person of people) {
      await page.evaluate(({ person, storeId }) => window.__regularsBench.signInAs(person, storeId), { person, storeId })
      await page.evaluate(({ query, size }) => window.__regularsBench.scopedSearchFirstPage(query, size), { query: item.query, size: PAGE_SIZE }) // warm-up
      let hits = 0
      const samples = await repeat(runs, async () => {
        const timing = await page.evaluate(({ query, size }) => window.__regularsBench.scopedSearchFirstPage(query, size), { query: item.query, size: PAGE_SIZE })
        hits = timing.ids.length
        return timing.ms
      })
      byPerson[person] = { samples, hits }
    }
    for (const person of people) {
      if (!context.selected(name(person))) continue
      const own = byPerson[person]
      context.record({
        name: name(person),
        samples: own.samples,
        baseline: { name: 'Dexie filter() scan', samples: scan },
        extra: { query: item.query, first_page_rows: own.hits, ...(person === 'one-store' ? { vs_owner: significant(median(own.samples) / median(byPerson.owner.samples)) } : {}) },
        note: `${item.describe}; data layer signed in as ${person === 'owner' ? 'the owner' : `a front-desk person of store ${storeId}`}: ≤ ${PAGE_SIZE} ids through the scoped search + their rows`
      })
    }
  }
}

async function listFigures(context: BenchContext, page: Page, storeId: number): Promise<void> {
  const runs = context.runs(5)
  for (const item of listCases) {
    const name = (person: Person) => `list.${person}.${item.name}`
    if (!people.some((person) => context.selected(name(person)))) continue
    const baseline = await repeat(runs, async () => (await page.evaluate((options) => window.__regularsBench.bareListPage(options), { index: item.index, direction: item.direction, offset: 0, size: PAGE_SIZE })).ms)
    const byPerson = {} as Record<Person, { samples: number[]; total: number; plans: Set<string>; warm: number; warmCount: number }>
    for (const person of people) {
      await page.evaluate(({ person, storeId }) => window.__regularsBench.signInAs(person, storeId), { person, storeId })
      // Once, on the engine that has the list open: the first time this query is asked of it.
      const warm = await page.evaluate(({ person, query, size }) => window.__regularsBench.warmEngineFirstPage(person, query, size), { person, query: item.query, size: PAGE_SIZE })
      const own = { samples: [] as number[], total: warm.total, plans: new Set<string>(), warm: warm.ms, warmCount: warm.countMs }
      for (let index = 0; index < runs; index++) {
        const timing = await page.evaluate(({ query, size }) => window.__regularsBench.engineFirstPage(query, size), { query: item.query, size: PAGE_SIZE })
        own.samples.push(timing.ms)
        own.plans.add(timing.plan)
      }
      byPerson[person] = own
    }
    for (const person of people) {
      if (!context.selected(name(person))) continue
      const own = byPerson[person]
      context.record({
        name: name(person),
        samples: own.samples,
        baseline: { name: 'bare Dexie orderBy().limit(50)', samples: baseline },
        extra: {
          matches: own.total,
          open_list_ms: round(own.warm),
          open_list_count_ms: round(own.warmCount),
          plans: [...own.plans].join('/'),
          ...(person === 'one-store'
            ? {
                vs_owner: significant(median(own.samples) / median(byPerson.owner.samples)),
                open_list_vs_owner: significant(own.warm / byPerson.owner.warm),
                open_list_count_vs_owner: significant(own.warmCount / byPerson.owner.warmCount)
              }
            : {})
        },
        note: `list engine, fresh, ${JSON.stringify(item.query)}; signed in as ${person === 'owner' ? 'the owner' : `a front-desk person of store ${storeId}`}: until the first ${PAGE_SIZE} rows`
      })
    }
  }
}

async function run(context: BenchContext): Promise<void> {
  const { page } = await context.openApp({ path: '#/import' })
  const stores = await page.evaluate(() => window.__regularsBench.stores())
  const storeId = stores[0]!.id
  context.log(`one-store person: store ${storeId} (${stores[0]!.name}) of ${stores.length}`)
  try {
    if (selectedFamily(context, 'search')) await searchFigures(context, page, storeId)
    if (selectedFamily(context, 'list')) await listFigures(context, page, storeId)
  } finally {
    await page.evaluate(() => window.__regularsBench.forgetBenchStaff())
  }
}

export const bench: BenchMeasures = {
  names: ['search.owner.*', 'search.one-store.*', 'list.owner.*', 'list.one-store.*'],
  run
}
