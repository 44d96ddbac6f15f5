import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { measureExport } from './export-measure'

/**
 * Export figures (issue 6), printed and written to tests/bench/cache/export-<customers>.json:
 *
 *   EXPORT_CUSTOMERS=200000 npx vitest run --config tests/bench/vitest.config.ts tests/bench/export.measure.ts
 *
 * Targets: Regulars' export ≤ 1.5 × exceljs' bare streaming writer on the same rows; main's
 * peak memory during the export ≤ 350 MB.
 */
const customers = Number(process.env['EXPORT_CUSTOMERS'] ?? 200_000)
const cacheDir = join(import.meta.dirname, 'cache')

it(`measures the export of ${customers} customers`, async () => {
  const dir = join(cacheDir, `export-files-${process.pid}`)
  try {
    const figures = await measureExport({ customers, dir })
    console.log('export figures', JSON.stringify(figures, null, 2))
    mkdirSync(cacheDir, { recursive: true })
    writeFileSync(join(cacheDir, `export-${customers}.json`), JSON.stringify({ ...figures, date: new Date().toISOString() }, null, 2))
    expect(figures.ratio).toBeGreaterThan(0)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
