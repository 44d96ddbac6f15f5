import { join } from 'node:path'
import { measureExport } from '../measures/export'
import type { BenchContext, BenchMeasures } from '../harness/measure-api'

/**
 * export.xlsx from the export feature's own measure (tests/bench/measures/export.ts):
 * as many customers as the dataset has, sent in chunks to main's real export handlers running
 * in a Node process of their own (standing in for Electron's main, so its memory is main's
 * alone), against exceljs' bare streaming writer on the same rows in a fresh process of the
 * same kind; and main's peak memory while Regulars' export writes. Targets: ≤ 1.5 × the bare
 * writer, ≤ 350 MB. Runs alternate the two exports; each run's times are samples.
 */
async function run(context: BenchContext): Promise<void> {
  const { customers, orders, seed } = context.dataset
  const figures = await measureExport({ customers, orders, seed, dir: join(context.scratchDir, 'export'), rounds: context.runs(1) })
  context.record({
    name: 'export.xlsx',
    samples: figures.rounds.map((round) => round.regularsSeconds * 1000),
    baseline: { name: 'exceljs bare streaming writer', samples: figures.rounds.map((round) => round.bareSeconds * 1000) },
    extra: {
      customers: figures.customers,
      columns: figures.columns,
      peak_rss_mb: figures.regularsExportPeakRssMegabytes,
      peak_heap_mb: figures.regularsExportPeakHeapMegabytes,
      main_rss_at_start_mb: figures.mainRssAtStartMegabytes,
      bare_peak_rss_mb: figures.bareWriterPeakRssMegabytes,
      busy_s: figures.regularsExportBusySeconds,
      bare_busy_s: figures.bareWriterBusySeconds,
      file_mb: figures.regularsFileMegabytes
    },
    note: "rows made beforehand and sent over process IPC in chunks, as the renderer sends them, to main's export handlers in a separate Node process; peak_rss_mb = that process's peak; busy_s = time inside main's handlers"
  })
}

export const bench: BenchMeasures = { names: ['export.xlsx'], run }
