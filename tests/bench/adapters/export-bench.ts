import { spawn } from 'node:child_process'
import { join, resolve } from 'node:path'
import { build } from 'vite'
import type { ExportFigures, ExportMeasureOptions } from '../export-measure'
import type { BenchContext, BenchMeasures } from '../harness/measure-api'

/**
 * export.xlsx from the export feature's own measure (tests/bench/export-measure.ts, issue 6):
 * every customer of the dataset's size through main's real export handlers vs exceljs' bare
 * streaming writer on the same rows, and the peak memory while Regulars' export writes
 * (targets: ≤ 1.5 × the bare writer, ≤ 350 MB). It runs in a separate, plain Node process
 * (bundled here with the project's aliases): the benchmark's own process carries Vite and the
 * browser driver, some 400 MB that Electron's main process does not have.
 */
const root = resolve(import.meta.dirname, '../../..')

async function bundleChild(outDir: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'silent',
    root,
    resolve: { alias: { '@shared': join(root, 'shared'), '@renderer': join(root, 'renderer/src') } },
    build: {
      ssr: join(import.meta.dirname, 'export-child.ts'),
      outDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { entryFileNames: 'export-child.mjs', format: 'es' } }
    }
  })
  return join(outDir, 'export-child.mjs')
}

function runChild(script: string, options: ExportMeasureOptions): Promise<ExportFigures> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', script, JSON.stringify(options)], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      const line = output.split('\n').find((text) => text.startsWith('EXPORT-FIGURES '))
      if (code !== 0 || !line) return reject(new Error(`The export measure failed (exit ${code}): ${output.trim().slice(-1500)}`))
      resolvePromise(JSON.parse(line.slice('EXPORT-FIGURES '.length)) as ExportFigures)
    })
  })
}

async function run(context: BenchContext): Promise<void> {
  const script = await bundleChild(join(context.scratchDir, 'export-child'))
  const samples: number[] = []
  const bareSamples: number[] = []
  let last: ExportFigures | undefined
  for (let index = 0; index < context.runs(1); index++) {
    const { customers, orders, seed } = context.dataset
    last = await runChild(script, { customers, orders, seed, dir: join(context.scratchDir, `export-${index}`) })
    samples.push(last.regularsExportSeconds * 1000)
    bareSamples.push(last.bareWriterSeconds * 1000)
  }
  context.record({
    name: 'export.xlsx',
    samples,
    baseline: { name: 'exceljs bare streaming writer', samples: bareSamples },
    extra: {
      customers: last!.customers,
      columns: last!.columns,
      peak_rss_mb: last!.regularsExportPeakRssMegabytes,
      peak_heap_mb: last!.regularsExportPeakHeapMegabytes,
      bare_peak_rss_mb: last!.bareWriterPeakRssMegabytes,
      rss_before_mb: last!.rssBeforeMegabytes,
      file_mb: last!.regularsFileMegabytes
    },
    note: "rows generated in Node and sent through main's export handlers (export:begin/rows/finish) in chunks, as the renderer sends them, in a plain Node process; peak_rss_mb = that process's peak resident memory, sampled every 20 ms"
  })
}

export const bench: BenchMeasures = { names: ['export.xlsx'], run }
