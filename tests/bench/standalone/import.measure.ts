import { mkdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { launchApp } from '../../host/launch-app'
import { makeTempDir } from '../../host/temp-dir'
import { measureBareBulkAdd, measureImport, writeImportWorkbook } from '../measures/import'

/**
 * Import figures, printed and written to tests/bench/cache/import-<rows>.json:
 *
 *   flock /tmp/regulars-build.lock sh -c 'npx electron-vite build && IMPORT_ROWS=100000 npx vitest run --config tests/bench/standalone/vitest.config.ts tests/bench/standalone/import.measure.ts'
 *
 * (under the build lock: the page loads parts of the app lazily from out/renderer, which another
 * engineer's build would replace mid-run).
 *
 * Target: parse + validate + write of a 100 000-row, 12-column .xlsx ≤ 30 s in the test host.
 */
const rows = Number(process.env['IMPORT_ROWS'] ?? 100_000)
const cacheDir = join(import.meta.dirname, '../cache')

it(`measures the import of ${rows} rows`, async () => {
  const dir = makeTempDir('regulars-import-bench-')
  try {
    const file = join(dir.path, `klienci-${rows}.xlsx`)
    let started = performance.now()
    await writeImportWorkbook(file, rows)
    const workbookSeconds = (performance.now() - started) / 1000
    const app = await launchApp({ dataDir: dir.path, answers: { openPath: file }, path: '#/import', locale: 'en-US' })
    app.page.on('console', (message) => {
      if (message.type() === 'error') console.log('page error:', message.text().slice(0, 2000))
    })
    try {
      const figures = await measureImport(app.page, rows, (line) => console.log(new Date().toISOString().slice(11, 19), line)).catch(async (error) => {
        mkdirSync(join(import.meta.dirname, '../../artifacts/screenshots'), { recursive: true })
        await app.page.screenshot({ path: join(import.meta.dirname, '../../artifacts/screenshots/import-bench-failed.png'), fullPage: true })
        throw error
      })
      started = performance.now()
      const bareMs = await measureBareBulkAdd(app.page, rows)
      const result = {
        ...figures,
        bareBulkAddMs: Math.round(bareMs),
        writeOverBare: Number((figures.writeMs / bareMs).toFixed(2)),
        fileMegabytes: Number((statSync(file).size / 1048576).toFixed(1)),
        workbookSeconds: Number(workbookSeconds.toFixed(1)),
        date: new Date().toISOString()
      }
      console.log('import figures', JSON.stringify(result, null, 2))
      mkdirSync(cacheDir, { recursive: true })
      writeFileSync(join(cacheDir, `import-${rows}.json`), JSON.stringify(result, null, 2))
      expect(figures.created).toBe(rows)
    } finally {
      await app.close()
    }
  } finally {
    dir.remove()
  }
})
