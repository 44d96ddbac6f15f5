import type { Page } from 'playwright-core'
import type { UiDone } from '../../shared/bench/bench-page-api'
import { jsHeapUsedAfterGc } from './harness/bench-app'
import type { BenchContext, BenchMeasures } from './harness/measure-api'
import { FIRST_ROW, LOADING_ROW, newAnswer, settle, TABLE, timeUi } from './list-screen'

/**
 * The customer list measured through its screen (issue 4), until the list feature's own
 * measure module (tests/bench/list-measure.ts) lands. Every figure is a user's action done in
 * the page (a click, a typed character, a scroll, a route change) timed with performance.now()
 * until the answer's first row is in the page and the next frame is painted (MutationObserver
 * + requestAnimationFrame inside the page, renderer/src/bench/bench-page-entry.ts).
 *
 * Baselines, same run: bare Dexie reads of the same first page (`orderBy(index).limit(50)`),
 * the naive `offset()` for a jump, and a filter's rows read by index and sorted in memory.
 *
 * Hooks it relies on (the list's own test ids): customer-table (data-generation grows with
 * every answer), customer-row / customer-row-loading with aria-rowindex, header cells with
 * data-column and a sort button, open-filters, filter-birthday, filter-consent-sms-yes,
 * store-selector / store-menu / store-<id> / store-all, and the frame's quick-search.
 */

// The list remembers its layout in localStorage; the benchmark shows every sortable column.
const LAYOUT_KEY = 'regulars.listLayout.v1.this PC'
const SORTABLE = ['name', 'type', 'createdAt', 'orderCount', 'totalValue', 'averageValue', 'visits', 'tipsTotal', 'discountPercent', 'firstOrderAt', 'lastOrderAt', 'lastActivityAt', 'estimatedAnnualValue', 'blocked']
/** The Dexie index each sort column reads (the name column sorts by the folded sort name). */
const indexOf = (column: string) => (column === 'name' ? 'sortName' : column)
const PAGE = 50
const VIEWPORT = { width: 1600, height: 900 }

async function bare(page: Page, options: { index: string; direction: 'asc' | 'desc'; offset?: number }): Promise<number> {
  const result = await page.evaluate((options) => window.__regularsBench.bareListPage(options), { offset: 0, size: PAGE, ...options })
  return result.ms
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
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

/** list.open (+ renderer.heap): a freshly started app on another screen, then the list. */
async function measureOpen(context: BenchContext): Promise<void> {
  const samples: number[] = []
  const baseline: number[] = []
  let heapBefore = 0
  let heapAfter = 0
  // The layout is read when the app starts: store it first, in the profile the runs start with.
  await showEverySortableColumn((await context.openApp({ path: '#/settings', viewport: VIEWPORT })).page)
  for (let index = 0; index < context.runs(5); index++) {
    const { page } = await context.openApp({ path: '#/settings', viewport: VIEWPORT })
    await settle(page)
    if (index === 0) heapBefore = await jsHeapUsedAfterGc(page)
    samples.push(await timeUi(page, { kind: 'navigate', hash: '#/customers' }, { kind: 'present', selector: FIRST_ROW }))
    await settle(page)
    if (index === 0) heapAfter = await jsHeapUsedAfterGc(page)
    baseline.push(await bare(page, { index: 'lastActivityAt', direction: 'desc' }))
  }
  context.record({
    name: 'list.open',
    samples,
    baseline: { name: 'bare Dexie first page', samples: baseline },
    note: 'a freshly started app on Settings → the list route until its first row is painted (screen code loaded on demand included)'
  })
  context.record({
    name: 'renderer.heap',
    value: { amount: Math.round(heapAfter / 1e5) / 10, unit: 'MB' },
    extra: { before_list_mb: Math.round(heapBefore / 1e5) / 10, list_adds_mb: Math.round((heapAfter - heapBefore) / 1e5) / 10 },
    note: 'renderer JS heap in use after a forced GC, with the list open and settled; before_list_mb = the same app on Settings'
  })
}

async function measureSorts(context: BenchContext, page: Page): Promise<void> {
  const columns = await page.evaluate(() => [...document.querySelectorAll('[role="columnheader"][data-column]')].filter((head) => head.querySelector('button')).map((head) => head.getAttribute('data-column')!))
  if (!columns.includes('totalValue')) throw new Error(`The list shows no sortable "totalValue" column (sortable headers: ${columns.join(', ')})`)
  for (const column of columns) {
    const name = `list.sort.${column}`
    if (!context.selected(name)) continue
    const button = `[role="columnheader"][data-column="${column}"] button`
    const samples: number[] = []
    const baseline: number[] = []
    const directions: string[] = []
    for (let index = 0; index < context.runs(5); index++) {
      await settle(page)
      samples.push(await timeUi(page, { kind: 'click', selector: button }, newAnswer))
      const direction = await page.getAttribute(`[role="columnheader"][data-column="${column}"]`, 'aria-sort')
      directions.push(direction ?? '')
      baseline.push(await bare(page, { index: indexOf(column), direction: direction === 'ascending' ? 'asc' : 'desc' }))
    }
    context.record({
      name,
      samples,
      baseline: { name: 'bare Dexie orderBy().limit(50)', samples: baseline },
      extra: { directions: [...new Set(directions)].join('/') }
    })
  }
  if (!SORTABLE.every((column) => columns.includes(column))) context.log(`sortable columns not on screen: ${SORTABLE.filter((column) => !columns.includes(column)).join(', ')}`)
}

async function measureFilter(context: BenchContext, page: Page): Promise<void> {
  await settle(page)
  await page.click('[data-testid="open-filters"]')
  await page.waitForSelector('[data-testid="filter-birthday"]')
  await settle(page)
  const samples: number[] = []
  const perFilter: Record<string, number[]> = { birthday: [], sms: [] }
  const baseline: number[] = []
  const month = new Date().getMonth() + 1
  for (let index = 0; index < context.runs(5); index++) {
    // Birthday this month (an indexed value, few customers) on and off.
    for (const _state of ['on', 'off']) {
      await settle(page)
      const ms = await timeUi(page, { kind: 'click', selector: '[data-testid="filter-birthday"]' }, newAnswer)
      samples.push(ms)
      perFilter['birthday']!.push(ms)
    }
    baseline.push((await page.evaluate((options) => window.__regularsBench.bareFilterPage(options), { index: 'birthdayMonth', value: month, sortBy: 'lastActivityAt', size: PAGE })).ms)
    // SMS consent "yes" (half the base: the list walks its index), then back to "any".
    await settle(page)
    const ms = await timeUi(page, { kind: 'click', selector: '[data-testid="filter-consent-sms-yes"]' }, newAnswer)
    samples.push(ms)
    perFilter['sms']!.push(ms)
    await settle(page)
    // Back to "any": the first button of the same radio group.
    await timeUi(page, { kind: 'click', selector: '.n-radio-group:has([data-testid="filter-consent-sms-yes"]) > label:first-of-type' }, newAnswer)
  }
  await page.keyboard.press('Escape')
  await settle(page)
  context.record({
    name: 'list.filter',
    samples,
    baseline: { name: 'birthday rows by index, sorted in memory', samples: baseline },
    extra: { birthday_median_ms: Math.round(median(perFilter['birthday']!) * 10) / 10, sms_consent_median_ms: Math.round(median(perFilter['sms']!) * 10) / 10 },
    note: 'filter drawer: "birthday this month" switched on and off, SMS consent set to "yes" — each change until the first filtered row is painted'
  })
}

async function measureStores(context: BenchContext, page: Page): Promise<void> {
  const samples: number[] = []
  const baseline: number[] = []
  const openMenu = async () => {
    if (!(await page.$('[data-testid="store-menu"]'))) await page.click('[data-testid="store-selector"]')
    await page.waitForSelector('[data-testid="store-menu"]')
  }
  await openMenu()
  const store = await page.evaluate(() => document.querySelector('[data-testid="store-menu"] [data-testid^="store-"]:not([data-testid="store-all"]):not([data-testid^="store-currency-"])')?.getAttribute('data-testid') ?? null)
  if (!store) throw new Error('The store selector lists no store')
  for (let index = 0; index < context.runs(5); index++) {
    await openMenu()
    await settle(page)
    samples.push(await timeUi(page, { kind: 'click', selector: `[data-testid="${store}"]` }, newAnswer))
    baseline.push((await page.evaluate((storeId) => window.__regularsBench.bareStorePage(storeId, 50), Number(store.replace('store-', '')))).ms)
    await openMenu()
    await settle(page)
    samples.push(await timeUi(page, { kind: 'click', selector: '[data-testid="store-all"]' }, newAnswer))
  }
  await page.keyboard.press('Escape')
  context.record({
    name: 'list.store',
    samples,
    baseline: { name: "bare Dexie first page of the store's stats", samples: baseline },
    note: `store selector: one store (${store}) ticked, then "all stores" — each until the first row is painted`
  })
}

async function measureJumps(context: BenchContext, page: Page): Promise<void> {
  const rowCount = Number(await page.getAttribute(TABLE, 'aria-rowcount')) - 1
  for (const [name, fraction] of [['list.jump.middle', 0.5], ['list.jump.end', 1]] as const) {
    if (!context.selected(name)) continue
    const samples: number[] = []
    const baseline: number[] = []
    for (let index = 0; index < context.runs(5); index++) {
      await page.evaluate((selector) => document.querySelector(selector)!.scrollTo({ top: 0 }), TABLE)
      await settle(page)
      const done: UiDone = {
        kind: 'all',
        of: [
          { kind: 'attribute-changed', selector: `${TABLE} [role="rowgroup"] [role="row"]`, attribute: 'aria-rowindex' },
          { kind: 'present', selector: '[data-testid="customer-row"]' },
          { kind: 'absent', selector: LOADING_ROW }
        ]
      }
      samples.push(await timeUi(page, { kind: 'scroll', selector: TABLE, fraction }, done))
      baseline.push(await bare(page, { index: 'lastActivityAt', direction: 'desc', offset: Math.max(0, Math.floor(rowCount * fraction) - PAGE) }))
    }
    context.record({
      name,
      samples,
      baseline: { name: 'bare Dexie offset().limit(50)', samples: baseline },
      extra: { rows: rowCount },
      note: `scroll jump to ${fraction === 1 ? 'the end' : 'the middle'} of ${rowCount} rows until every row in view shows its data`
    })
  }
}

async function run(context: BenchContext): Promise<void> {
  if (context.selected('list.open') || context.selected('renderer.heap')) await measureOpen(context)
  await showEverySortableColumn((await context.openApp({ path: '#/settings', viewport: VIEWPORT })).page)
  const { page } = await context.openApp({ path: '#/customers', viewport: VIEWPORT })
  await page.waitForSelector(FIRST_ROW)
  if (SORTABLE.some((column) => context.selected(`list.sort.${column}`)) || context.options.only.some((prefix) => 'list.sort'.startsWith(prefix))) await measureSorts(context, page)
  if (context.selected('list.jump')) await measureJumps(context, page)
  if (context.selected('list.filter')) await measureFilter(context, page)
  if (context.selected('list.store')) await measureStores(context, page)
}

export const bench: BenchMeasures = {
  names: ['list.open', 'list.sort.*', 'list.filter', 'list.store', 'list.jump.middle', 'list.jump.end', 'renderer.heap'],
  run
}
