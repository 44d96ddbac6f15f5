import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { existsSync } from 'node:fs'
import { measureAppExport } from '../measures/export-app'
import { measureExport } from '../measures/export'

/**
 * Export figures, printed and written to tests/bench/cache/export-<customers>.json:
 *
 *   EXPORT_CUSTOMERS=200000 EXPORT_ROUNDS=3 NODE_OPTIONS=--expose-gc npx vitest run --config tests/bench/standalone/vitest.config.ts tests/bench/standalone/export.measure.ts
 *
 * Targets: Regulars' export ≤ 1.5 × exceljs' bare streaming writer on the same rows; main's
 * peak memory during the export ≤ 350 MB.
 *
 * With a filled data folder (default tests/bench/cache/data-layer-200000-2000000, made by
 * data-layer.measure.ts; EXPORT_PROFILE=<dir> for another), the export also runs in the app
 * (Chromium, IndexedDB, renderer → IPC → main) for 20 000 and all customers, with the
 * renderer's heap and main's memory sampled: figures in export-app.json.
 */
const customers = Number(process.env['EXPORT_CUSTOMERS'] ?? 200_000)
const rounds = Number(process.env['EXPORT_ROUNDS'] ?? 3)
const cacheDir = join(import.meta.dirname, '../cache')

it(`measures the export of ${customers} customers`, async () => {
  const dir = join(cacheDir, `export-files-${process.pid}`)
  try {
    const figures = await measureExport({ customers, dir, rounds })
    console.log('export figures', JSON.stringify(figures, null, 2))
    mkdirSync(cacheDir, { recursive: true })
    writeFileSync(join(cacheDir, `export-${customers}.json`), JSON.stringify({ ...figures, date: new Date().toISOString() }, null, 2))
    expect(figures.ratio).toBeGreaterThan(0)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

const profile = process.env['EXPORT_PROFILE'] ?? join(cacheDir, 'data-layer-200000-2000000')
it.skipIf(!existsSync(profile))('measures the export in the app, from the database in Chromium', async () => {
  const workDir = join('/tmp', `regulars-export-app-${process.pid}`)
  mkdirSync(workDir, { recursive: true })
  try {
    const figures = await measureAppExport({ profileDir: profile, workDir, customers: [20_000, 200_000] })
    console.log('export in the app', JSON.stringify(figures, null, 2))
    writeFileSync(join(cacheDir, 'export-app.json'), JSON.stringify({ figures, date: new Date().toISOString() }, null, 2))
    expect(figures).toHaveLength(2)
  } finally {
    rmSync(workDir, { recursive: true, force: true })
  }
})
