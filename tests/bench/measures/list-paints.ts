import type { Page } from 'playwright-core'
import type { ListSample } from './list'

/**
 * The list's timings as the user sees them. list.ts times an action until the
 * `regulars:list-rows` mark (the new rows are in the DOM); the benchmark's page helper also
 * records when the frame after each mark is painted (trackListPaints). A sample as painted is
 * its DOM time plus the wait from its mark to that frame: the wait is long when the page is
 * busy right after the rows (e.g. computing the full order of the answer).
 */

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const msOf = (samples: ListSample[]) => samples.map((sample) => sample.ms).filter(Number.isFinite)

/** Forgets paints recorded so far: call before the action(s) whose samples `painted` pairs. */
export async function forgetPaints(page: Page): Promise<void> {
  await page.evaluate(() => window.__regularsBench.takeListPaints())
}

/**
 * The samples as painted. Marks and samples pair up in order; when their numbers differ (an
 * action answered twice, a keystroke superseded), the DOM times stand and `painted` says so.
 */
export async function painted(
  page: Page,
  samples: ListSample[],
  options: { trailingAnswers?: number } = {}
): Promise<{ samples: number[]; extra: Record<string, number | string | null> }> {
  const taken = await page.evaluate(() => window.__regularsBench.takeListPaints())
  // Answers after the last sample that are not samples (a search box cleared afterwards).
  const paints = taken.slice(0, taken.length - (options.trailingAnswers ?? 0))
  const dom = msOf(samples)
  const inDom = dom.length > 0 ? Math.round(median(dom) * 10) / 10 : null
  if (paints.length !== samples.length || dom.length !== samples.length) {
    return { samples: dom, extra: { painted: `not paired (${paints.length} paints, ${samples.length} samples): times until in the DOM`, in_dom_median_ms: inDom } }
  }
  const waits = paints.map((paint) => paint.paintedAt - paint.markAt)
  return {
    samples: samples.map((sample, index) => sample.ms + waits[index]!),
    extra: { in_dom_median_ms: inDom, paint_wait_median_ms: Math.round(median(waits) * 10) / 10, paint_wait_max_ms: Math.round(Math.max(...waits) * 10) / 10 }
  }
}
