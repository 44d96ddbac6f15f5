import type { Page } from 'playwright-core'
import type { RuleDraft } from '../../../shared/rules/rule'
import type { BenchContext, BenchMeasures } from '../harness/measure-api'
import { measureSearchAsYouType, settle, type ListSample } from './list'
import { forgetPaints, painted } from './list-paints'

/**
 * `rules.full-pass`: the rules' full pass (F27) — what runs after a rule is created or changed
 * and at the first start of a day — over every customer, with one rule of two conditions
 * ("spent at least 2 000 and not seen for 60 days" → category 1). Timed in the page around the
 * data layer's runRulesPass (chunks of 500 read and applied, the changed rows written in
 * batches of about 100 ms each, a macrotask between chunks). The rule is new each run, so the pass writes the customers it
 * gives the category to (`changed`); `steady_pass_median_ms`: the same pass again, when
 * nothing changes (the daily pass of most days); `take_back_median_ms`: the pass after the
 * rule is deleted. Baseline, same run: every customer row read once with bare Dexie in
 * primary-key chunks of the same size. The write floor beside it (`bare_rewrite_median_ms`):
 * the customers the pass changed, read and put back unchanged with bare Dexie (and through
 * IndexedDB alone), 1 000 per transaction.
 *
 * `rules.search-during-pass`: the app's own pass, as a manager starts it (the same rule saved
 * in Settings → Rules; the pass runs in the background, yielding to the list engine), and
 * while it runs "Kowal" is typed into the list's quick search letter by letter, each keystroke
 * timed to the painted rows (as search.surname); baseline: the same typing in the same run
 * with no pass running. `pass_still_running_after_typing` says the typing fell inside it.
 */
// The pass's own chunk size (RULES_PASS_CHUNK), and the baseline's.
const CHUNK_ROWS = 500
// The pass's batch of changed rows per write transaction, and the bare rewrite's.
const WRITE_BATCH = 1000
const rule: RuleDraft = { name: 'Spent over 2 000, not seen for 60 days', enabled: true, conditions: { spend: { min: 200_000 }, notSeenDays: 60 }, actions: { addCategoryId: 1 } }

export const bench: BenchMeasures = {
  names: ['rules.full-pass', 'rules.search-during-pass'],
  async run(context) {
    // The passes are timed with the app on Settings: on the list, its warm-up reads (after every
    // committed write) would compete with them and the figure would be the list's as much as theirs.
    const { page } = await context.openApp({ path: '#/settings', viewport: { width: 1600, height: 900 } })
    await page.getByTestId('rules-settings').waitFor()
    // One run by default: at 200 000 customers a run is four passes and a baseline (minutes).
    const runs = context.runs(1)

    const baseline: number[] = []
    const first: number[] = []
    const steady: number[] = []
    const takeBack: number[] = []
    const rewrite: number[] = []
    const rawRewrite: number[] = []
    let changed = 0
    let customers = 0
    for (let index = 0; index < (context.selected('rules.full-pass') ? runs : 0); index++) {
      // The baseline right before each pass: both meet the same cache and the same load.
      baseline.push((await page.evaluate((rows) => window.__regularsBench.bareCustomerChunks(rows), CHUNK_ROWS)).ms)
      await page.evaluate(({ rule, rows }) => window.__regularsBench.startRulesPass({ rule, deleteRules: true, chunkRows: rows }), { rule, rows: CHUNK_ROWS })
      const pass = await page.evaluate(() => window.__regularsBench.finishRulesPass())
      first.push(pass.ms)
      changed = pass.changed
      customers = pass.customers
      const bare = await page.evaluate((rows) => window.__regularsBench.bareRewriteOfLastPass(rows), WRITE_BATCH)
      rewrite.push(bare.ms)
      rawRewrite.push(bare.rawMs)
      await page.evaluate((rows) => window.__regularsBench.startRulesPass({ chunkRows: rows }), CHUNK_ROWS)
      steady.push((await page.evaluate(() => window.__regularsBench.finishRulesPass())).ms)
      await page.evaluate((rows) => window.__regularsBench.startRulesPass({ deleteRules: true, chunkRows: rows }), CHUNK_ROWS)
      takeBack.push((await page.evaluate(() => window.__regularsBench.finishRulesPass())).ms)
      context.log(`rules pass ${index + 1}: ${Math.round(first.at(-1)!)} ms (${changed} of ${customers} changed; bare rewrite of those rows ${Math.round(rewrite.at(-1)!)} ms, without Dexie ${Math.round(rawRewrite.at(-1)!)} ms), steady ${Math.round(steady.at(-1)!)} ms, take back ${Math.round(takeBack.at(-1)!)} ms`)
    }
    const median = (values: number[]) => Math.round([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!)
    if (first.length > 0) context.record({
      name: 'rules.full-pass',
      samples: first,
      baseline: { name: 'bare Dexie: every customer row read once in chunks', samples: baseline },
      extra: { customers, changed, chunk_rows: CHUNK_ROWS, bare_rewrite_median_ms: median(rewrite), raw_idb_rewrite_median_ms: median(rawRewrite), read_plus_rewrite_ratio: Math.round(((median(baseline) + median(rewrite)) / median(baseline)) * 100) / 100, steady_pass_median_ms: median(steady), take_back_median_ms: median(takeBack), conditions: 'spend ≥ 2 000 and not seen for 60 days' },
      note: 'rules.full-pass: a new rule of two conditions put to every customer (its changed rows written); baseline: every row read once in chunks of the same size'
    })
    if (context.selected('rules.search-during-pass')) {
      await page.evaluate(() => (location.hash = '#/customers'))
      await settle(page, 1_500)
      await page.evaluate(() => window.__regularsBench.trackListPaints())
      const quietSearch = await typeSearch(page, context.runs(2))
      const before = await page.evaluate(() => window.__regularsBench.auditCount('rules-pass'))
      await startPassInSettings(page)
      await page.evaluate(() => (location.hash = '#/customers'))
      await settle(page, 300)
      const during = await typeSearch(page, 1, false)
      const stillRunning = (await page.evaluate(() => window.__regularsBench.auditCount('rules-pass'))) === before
      context.record({
        name: 'rules.search-during-pass',
        samples: during,
        baseline: { name: 'the same typing with no pass running', samples: quietSearch },
        extra: { query: 'Kowal', pass_still_running_after_typing: stillRunning },
        note: 'rules.search-during-pass: "Kowal" typed letter by letter while the app\'s rules pass (started by saving a rule in Settings) runs, each keystroke until its rows are painted'
      })
      // The pass goes on in the app: a later module must not meet it (the app closes with this one).
      const until = Date.now() + 4 * 60_000
      while ((await page.evaluate(() => window.__regularsBench.auditCount('rules-pass'))) === before && Date.now() < until) await page.waitForTimeout(500)
    }
  }
}

/** The rule saved through Settings → Rules: the app starts its background pass at once. */
async function startPassInSettings(page: Page): Promise<void> {
  await page.evaluate(() => (location.hash = '#/settings'))
  await page.getByTestId('rule-new').click()
  await page.getByTestId('rule-name').locator('input').fill(rule.name)
  await page.getByTestId('rule-spend-min').locator('input').fill('2000')
  await page.getByTestId('rule-not-seen').locator('input').fill('60')
  await page.getByTestId('rule-add-category').click()
  await page.locator('.n-base-select-option').first().click()
  await page.getByTestId('rule-save').click()
  await page.getByTestId('rules-pass-progress').waitFor({ timeout: 60_000 })
}

/** "Kowal" typed `times` times; each keystroke until its rows are painted. */
async function typeSearch(page: Page, times: number, settleFirst = true): Promise<number[]> {
  const samples: number[] = []
  for (let index = 0; index < times; index++) {
    if (settleFirst) await settle(page, 300)
    await forgetPaints(page)
    const word: ListSample[] = await measureSearchAsYouType(page, ['Kowal'])
    samples.push(...(await painted(page, word, { trailingAnswers: 1 })).samples)
  }
  return samples
}

export type { BenchContext }
