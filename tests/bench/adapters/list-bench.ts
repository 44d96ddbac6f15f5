import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { jsHeapUsedAfterGc } from '../harness/bench-app'
import type { BenchContext, BenchMeasures } from '../harness/measure-api'
import { installBenchPage } from '../harness/page-bundle'
import { forgetPaints, painted } from '../measures/list-paints'
import {
  measureAppStart,
  measureFilterChanges,
  measureListOpen,
  measureScrollJumps,
  measureSortChanges,
  measureStoreSwitches,
  settle,
  type ListSample
} from '../measures/list'

/**
 * The list's figures from the list feature's own measure (tests/bench/measures/list.ts,
 * the desk's speed): real input through Playwright, timed in the page from the input event's
 * timestamp to the `regulars:list-rows` mark the table sets once the new first rows are in
 * the DOM (no DevTools round-trip in a figure).
 *
 * Added here: the time until those rows are painted — the frame after the mark (the page's
 * `performance.mark` is wrapped so the frame is requested at once); that is the figure, and
 * the list measure's own "in the DOM" time is `in_dom_median_ms`. Also every sortable column
 * shown for the run (the list keeps its layout in localStorage), the renderer's heap, each
 * part guarded so one failing part does not lose the others, and same-run baselines with bare Dexie: the same first
 * page straight from an index (`orderBy(i).limit(50)`), a store's first page from its
 * per-store index, a filter's rows read by index and sorted in memory, the naive `offset()`
 * for a jump.
 */
const LAYOUT_KEY = 'regulars.listLayout.v1.this PC'
const SORTABLE = ['name', 'type', 'createdAt', 'orderCount', 'totalValue', 'averageValue', 'visits', 'tipsTotal', 'discountPercent', 'firstOrderAt', 'lastOrderAt', 'lastActivityAt', 'estimatedAnnualValue', 'blocked']
const indexOf = (column: string) => (column === 'name' ? 'sortName' : column)
const PAGE = 50
const VIEWPORT = { width: 1600, height: 900 }
const artifactsDir = resolve(import.meta.dirname, '../../artifacts/bench')

const msOf = (samples: ListSample[]) => samples.map((sample) => sample.ms).filter(Number.isFinite)
/** Back to the list's default order (most recent activity first), as the sorts leave it on another column. */
async function restoreDefaultSort(page: Page): Promise<void> {
  const head = page.locator('[role="columnheader"][data-column="lastActivityAt"]')
  for (let click = 0; click < 2 && (await head.getAttribute('aria-sort')) !== 'descending'; click++) {
    await head.getByRole('button').click()
    await settle(page, 300)
  }
}

/** What the table shows (for a failure message). */
function tableState(page: Page) {
  return page.evaluate(() => {
    const table = document.querySelector<HTMLElement>('[data-testid="customer-table"]')
    if (!table) return { table: 'none', hash: location.hash }
    return {
      scrollTop: table.scrollTop,
      scrollHeight: table.scrollHeight,
      rowCount: table.getAttribute('aria-rowcount'),
      plan: table.getAttribute('data-plan'),
      loadingRows: table.querySelectorAll('[data-testid="customer-row-loading"]').length,
      rows: table.querySelectorAll('[data-testid="customer-row"]').length,
      firstRowIndex: table.querySelector('[role="rowgroup"] [role="row"]')?.getAttribute('aria-rowindex'),
      summary: document.querySelector('[data-testid="list-summary"]')?.textContent
    }
  })
}

/** Runs one part; a failure is that part's ERROR, and the list is reopened for the next part. */
async function part(context: BenchContext, names: string[], page: Page, work: () => Promise<void>): Promise<void> {
  if (!names.some((name) => context.selected(name))) return
  try {
    await work()
  } catch (error) {
    // The list measure waits 60 s for an answer; say so rather than Playwright's wording.
    const waited = error instanceof Error && /Timeout 60000ms exceeded/.test(error.message)
    const reported = waited ? new Error(`no answer within 60 s (the list measure's wait) — ${error.message.split('\n').find((line) => /at (countShown|nextRows)/.test(line))?.trim() ?? ''}`) : error
    for (const name of names) if (context.selected(name)) context.fail(name, reported)
    const shot = join(artifactsDir, `list-${names[0]!.replace(/\W+/g, '-')}-failure.png`)
    mkdirSync(artifactsDir, { recursive: true })
    await page.screenshot({ path: shot }).then(() => context.log(`the page at the failure: ${shot}`), () => undefined)
    await page.keyboard.press('Escape').catch(() => undefined)
    await page.reload()
    await installBenchPage(page)
    await page.evaluate(() => window.__regularsBench.trackListPaints())
    await settle(page)
  }
}
/** Each change on its own (the median hides the slow one): action, ms in the DOM, plan, engine ms. */
const stepsOf = (samples: ListSample[]) => samples.map((sample) => `${sample.action}: ${sample.ms} ms ${sample.plan}${sample.engineMs === undefined ? '' : ` (engine ${Math.round(sample.engineMs)} ms)`}`).join('; ')
const plansOf = (samples: ListSample[]) => [...new Set(samples.map((sample) => sample.plan).filter(Boolean))].join('/')
const mb = (bytes: number) => Math.round(bytes / 1e5) / 10

function completeMedian(samples: ListSample[]): number | null {
  const complete = samples.map((sample) => sample.completeMs).filter((ms): ms is number => ms !== undefined && Number.isFinite(ms))
  if (complete.length === 0) return null
  return [...complete].sort((a, b) => a - b)[Math.floor(complete.length / 2)]!
}

async function bare(page: Page, options: { index: string; direction: 'asc' | 'desc'; offset?: number }): Promise<number> {
  return (await page.evaluate((options) => window.__regularsBench.bareListPage(options), { offset: 0, size: PAGE, ...options })).ms
}

async function repeat(times: number, sample: () => Promise<number>): Promise<number[]> {
  const samples: number[] = []
  for (let index = 0; index < times; index++) samples.push(await sample())
  return samples
}

async function showEverySortableColumn(page: Page): Promise<void> {
  await page.evaluate(
    ({ key, columns }) => {
      const stored = JSON.parse(localStorage.getItem(key) ?? 'null') as { visible?: string[] } | null
      localStorage.setItem(key, JSON.stringify({ ...(stored ?? {}), visible: [...new Set([...(stored?.visible ?? []), ...columns])] }))
    },
    { key: LAYOUT_KEY, columns: SORTABLE }
  )
}

async function run(context: BenchContext): Promise<void> {
  const runs = context.runs(5)
  // Fourteen columns: four clicks each (two in each direction) keep the run within its budget.
  const sortRuns = context.runs(4)
  // The layout is read when the app starts: store it, then start the app the figures use.
  await showEverySortableColumn((await context.openApp({ path: '#/import', viewport: VIEWPORT })).page)
  const { page } = await context.openApp({ path: '#/import', viewport: VIEWPORT })
  await page.evaluate(() => window.__regularsBench.trackListPaints())
  const heapBefore = await jsHeapUsedAfterGc(page)

  await part(context, ['list.open', 'renderer.heap'], page, async () => {
    await forgetPaints(page)
    const open = await measureListOpen(page, runs)
    const shown = await painted(page, open)
    const heapAfter = await jsHeapUsedAfterGc(page)
    context.record({
      name: 'list.open',
      samples: shown.samples,
      baseline: { name: 'bare Dexie first page', samples: await repeat(runs, () => bare(page, { index: 'lastActivityAt', direction: 'desc' })) },
      extra: { ...shown.extra, count_shown_median_ms: completeMedian(open), plans: plansOf(open) },
      note: 'the app running on Import → a click on Customers in the side bar until the first rows are painted (count_shown: until the number of customers shows)'
    })
    context.record({
      name: 'renderer.heap',
      value: { amount: mb(heapAfter), unit: 'MB' },
      extra: { before_list_mb: mb(heapBefore), list_adds_mb: mb(heapAfter - heapBefore) },
      note: 'renderer JS heap in use after a forced GC with the list open and settled; before_list_mb = the same app on Import'
    })
  })

  await part(context, ['list.start'], page, async () => {
    const start = await measureAppStart(page, Math.min(runs, 3))
    await installBenchPage(page) // the reloads dropped the page helpers
    await page.evaluate(() => window.__regularsBench.trackListPaints())
    context.record({
      name: 'list.start',
      samples: msOf(start),
      baseline: { name: 'bare Dexie first page', samples: await repeat(Math.min(runs, 3), () => bare(page, { index: 'lastActivityAt', direction: 'desc' })) },
      note: 'the app started on the list (page load: scripts, database opened, first query) until the first rows are in the DOM'
    })
  })
  // The list may not be open yet (--only without list.open).
  if (!(await page.getByTestId('customer-table').count())) await page.getByTestId('nav-customers').click()
  await settle(page)

  // Jumps in the default order (most recent activity first), before any sort changes it.
  const rowCount = Number(await page.getAttribute('[data-testid="customer-table"]', 'aria-rowcount')) - 1
  for (const [name, fraction] of [['list.jump.middle', 0.5], ['list.jump.end', 0.999]] as const) {
    await part(context, [name], page, async () => {
      const samples: number[] = []
      for (let index = 0; index < runs; index++) {
        // From the top each time (a jump to where the list already is would cost nothing).
        await measureScrollJumps(page, [0])
        const [jump] = await measureScrollJumps(page, [fraction])
        // The list measure gives up after 30 s with NaN: say what the table showed then.
        if (!jump || !Number.isFinite(jump.ms)) throw new Error(`the rows did not show within 30 s after a jump to ${fraction * 100} %: ${JSON.stringify(await tableState(page))}`)
        samples.push(jump.ms)
      }
      context.record({
        name,
        samples,
        baseline: { name: 'bare Dexie offset().limit(50)', samples: await repeat(runs, () => bare(page, { index: 'lastActivityAt', direction: 'desc', offset: Math.max(0, Math.floor(rowCount * fraction) - PAGE) })) },
        extra: { rows: rowCount },
        note: `scroll jump from the top to ${fraction === 0.5 ? 'the middle' : 'the end'} of ${rowCount} rows until every row in view shows its data (checked each frame)`
      })
    })
  }
  const columns = await page.evaluate(() => [...document.querySelectorAll('[role="columnheader"][data-column]')].filter((head) => head.querySelector('button')).map((head) => head.getAttribute('data-column')!))
  const missing = SORTABLE.filter((column) => !columns.includes(column))
  if (missing.length > 0) context.log(`sortable columns not on screen (not measured): ${missing.join(', ')}`)
  for (const column of columns) {
    const name = `list.sort.${column}`
    await part(context, [name], page, async () => {
      await forgetPaints(page)
      const samples = await measureSortChanges(page, [column], sortRuns)
      const shown = await painted(page, samples)
      const direction = (await page.getAttribute(`[role="columnheader"][data-column="${column}"]`, 'aria-sort')) === 'ascending' ? 'asc' : 'desc'
      context.record({
        name,
        samples: shown.samples,
        baseline: { name: 'bare Dexie orderBy().limit(50)', samples: await repeat(sortRuns, () => bare(page, { index: indexOf(column), direction })) },
        extra: { ...shown.extra, count_shown_median_ms: completeMedian(samples), plans: plansOf(samples) }
      })
    })
  }

  await restoreDefaultSort(page)

  await part(context, ['list.store'], page, async () => {
    const stores = await page.evaluate(() => window.__regularsBench.stores())
    const mainCurrency = stores[0]!.currency
    const picked = [stores.find((store) => store.currency === mainCurrency)!, stores.find((store) => store.currency !== mainCurrency) ?? stores[1]!].filter(Boolean)
    await forgetPaints(page)
    const samples: ListSample[] = []
    for (let index = 0; index < Math.max(1, Math.round(runs / 2)); index++) {
      samples.push(...(await measureStoreSwitches(page, { storeIds: picked.map((store) => store.id), currencies: [mainCurrency] })))
    }
    const shown = await painted(page, samples)
    context.record({
      name: 'list.store',
      samples: shown.samples,
      baseline: { name: "bare Dexie first page of a store's stats + rows", samples: await repeat(runs, async () => (await page.evaluate((id) => window.__regularsBench.bareStorePage(id, 50), picked[0]!.id)).ms) },
      extra: { ...shown.extra, count_shown_median_ms: completeMedian(samples), plans: plansOf(samples) },
      note: `store selector: ${picked.map((store) => store.name).join(', ')}, all ${mainCurrency} stores, each followed by "all stores" — each until its first rows are painted`
    })
  })

  // Last: a filter the engine answers slowly at this size must not hold up the other parts.
  await part(context, ['list.filter'], page, async () => {
    await forgetPaints(page)
    const samples = await measureFilterChanges(page, { categoryName: 'VIP' })
    const shown = await painted(page, samples)
    const month = new Date().getMonth() + 1
    const slowest = samples.reduce((a, b) => (b.ms > a.ms ? b : a))
    context.record({
      name: 'list.filter',
      samples: shown.samples,
      baseline: {
        name: 'a filter by bare Dexie: index rows sorted in memory',
        samples: await repeat(runs, async () => (await page.evaluate((options) => window.__regularsBench.bareFilterPage(options), { index: 'birthdayMonth', value: month, sortBy: 'lastActivityAt', size: PAGE })).ms)
      },
      extra: { ...shown.extra, count_shown_median_ms: completeMedian(samples), slowest_in_dom: `${slowest.action} ${slowest.ms} ms`, plans: plansOf(samples), steps: stepsOf(samples) },
      note: 'filter panel as a manager sets it: not seen for 90 days, + category VIP, + SMS consent, clear, spent ≥ 2 000, clear, birthday this month, + e-mail consent, clear, upcoming booking, clear — each change until its first rows are painted; baseline: "birthday this month" read the naive way'
    })
  })

}

export const bench: BenchMeasures = {
  names: ['list.open', 'list.start', 'list.sort.*', 'list.filter', 'list.store', 'list.jump.middle', 'list.jump.end', 'renderer.heap'],
  run
}
