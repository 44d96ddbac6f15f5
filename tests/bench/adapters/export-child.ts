import { measureExport, type ExportMeasureOptions } from '../export-measure'

// Runs in a Node process of its own (adapters/export-bench.ts bundles and starts it), so the
// peak memory measured is that of a process holding main's export code and the rows passing
// through it — like Electron's main process — not the benchmark's browser driver and Vite.
const options = JSON.parse(process.argv[2] ?? '{}') as ExportMeasureOptions
measureExport(options).then(
  (figures) => {
    process.stdout.write(`\nEXPORT-FIGURES ${JSON.stringify(figures)}\n`)
  },
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  }
)
