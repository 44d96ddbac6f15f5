import { join } from 'node:path'
import type { BenchContext, BenchMeasures } from '../harness/measure-api'
import { measureBareBulkAdd, measureImport, writeImportWorkbook } from '../measures/import'

/**
 * import.xlsx from the import feature's own measure (tests/bench/measures/import.ts):
 * a 100 000-row, 12-column .xlsx imported through the import screen into this run's copy of
 * the database (so every row is also matched against the existing base for duplicates):
 * parse (main reads the file), validate (every row built and checked for the preview) and
 * write (every row committed), against the same customers bulk-added by bare Dexie into a
 * scratch database with the app's schema. Target: parse + validate + write ≤ 30 s.
 *
 * Runs once: a second import of the same file into the same database would be a different
 * job (every row a duplicate). It adds its customers to the working copy, so it runs after
 * the measures that read the base as loaded.
 */
const ROWS = 100_000
const SMOKE_ROWS = 1_000

async function run(context: BenchContext): Promise<void> {
  const rows = context.options.smoke ? SMOKE_ROWS : ROWS
  const file = join(context.scratchDir, `import-${rows}.xlsx`)
  const made = performance.now()
  await writeImportWorkbook(file, rows)
  context.log(`wrote the ${rows}-row workbook in ${Math.round((performance.now() - made) / 1000)} s (not part of any figure)`)
  const { page } = await context.openApp({ path: '#/import', answers: { openPath: file } })
  // The screen says when an import fails; the measure itself would wait for the report for half an hour.
  const failed = page
    .getByTestId('import-error')
    .waitFor({ timeout: 0 })
    .then(async () => {
      throw new Error(`The import screen shows an error: ${((await page.getByTestId('import-error').textContent()) ?? '').trim()}`)
    })
  failed.catch(() => undefined)
  const figures = await Promise.race([measureImport(page, rows), failed])
  // A few generated rows share a phone or e-mail with demo customers and update them instead.
  if (figures.created < rows * 0.95) throw new Error(`The import created only ${figures.created} of ${rows} customers`)
  const bare = await measureBareBulkAdd(page, rows)
  context.record({
    name: 'import.xlsx',
    samples: [figures.totalMs],
    baseline: { name: 'bare Dexie bulkAdd of the same customers', samples: [bare] },
    extra: {
      rows: figures.rows,
      columns: figures.columns,
      parse_ms: figures.parseMs,
      validate_ms: figures.validateMs,
      write_ms: figures.writeMs,
      created: figures.created,
      renderer_heap_mb: figures.rendererHeapMb,
      host_peak_rss_mb_while_parsing: figures.mainPeakRssMb
    },
    note: `${rows} rows × ${figures.columns} columns through the import screen into the ${context.dataset.customers}-customer base: parse + validate + write (each in parse_ms, validate_ms, write_ms; clicks and waits through Playwright); host_peak_rss = the whole benchmark process, not main alone`
  })
}

export const bench: BenchMeasures = { names: ['import.xlsx'], run }
