import { fork, type ChildProcess } from 'node:child_process'
import { mkdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { build } from 'vite'
import { generateDemoCustomers } from '@shared/demo/generate'
import { demoCustomerRows } from '@shared/demo/rows'
import { demoTexts } from '@shared/demo/texts'
import { customerExportRow, customerFields, defaultCustomerExportFields, type CustomerExportLookups } from '@shared/export/customer-fields'
import type { ExportCell, ExportColumn } from '@shared/export/export-spec'

/**
 * Export figures: Regulars' export of N demo customers through main's real
 * handlers, against exceljs' bare streaming writer writing the same rows, in one run. Each
 * runs in its own Node process standing in for Electron's main (export-main-process.ts): this
 * process generates the rows and sends them in chunks over process IPC (a copy, as Electron's
 * IPC makes), so the child's memory is main's alone and its busy time is main's work.
 * Reusable: the benchmark runner calls `measureExport()`; standalone/export.measure.ts prints it.
 */

export interface ExportMeasureOptions {
  customers: number
  orders?: number
  seed?: number
  /** Rows per export:rows call, as the renderer sends them. */
  chunkRows?: number
  /** Where the files go (removed by the caller). */
  dir: string
  /** Both exports this many times, alternately; the best time of each counts (the machine is shared). */
  rounds?: number
}

export interface ExportFigures {
  /** Every round's times; the figures below are the best of each. */
  rounds: Array<{ regularsSeconds: number; bareSeconds: number }>
  customers: number
  columns: number
  /** From begin to the finished file, rows ready beforehand (main's work plus the IPC copies). */
  bareWriterSeconds: number
  regularsExportSeconds: number
  /** regularsExportSeconds / bareWriterSeconds (target ≤ 1.5). */
  ratio: number
  /** Of that, the time main spent inside its handlers (the rest: IPC, and zlib between calls). */
  bareWriterBusySeconds: number
  regularsExportBusySeconds: number
  bareFileMegabytes: number
  regularsFileMegabytes: number
  /** The main process's resident memory: at start, and at its peak during the export (target ≤ 350 MB). */
  mainRssAtStartMegabytes: number
  regularsExportPeakRssMegabytes: number
  regularsExportPeakHeapMegabytes: number
  bareWriterPeakRssMegabytes: number
}

const lookups: CustomerExportLookups = {
  categoryNames: new Map([[1, 'VIP'], [2, 'Regulars'], [3, 'Newsletter'], [4, 'Birthday club'], [5, 'Staff'], [6, 'Wholesale']]),
  groupNames: new Map([[1, 'Morning'], [2, 'Evening'], [3, 'Weekend']]),
  storeNames: new Map([[1, 'Kraków'], [2, 'Warszawa'], [3, 'Praha'], [4, 'Київ'], [5, 'Sofia'], [6, 'Lyon']]),
  typeLabels: { registered: 'Registered', contact: 'Contact' },
  dayAndMonth: (month, day) => `${day}.${month}.`,
  referralSourceNames: new Map([[1, 'Walk-in'], [2, 'Recommendation'], [3, 'Instagram'], [4, 'Facebook'], [5, 'Google'], [6, 'Booking portal'], [7, 'Other']])
}

/** The columns a default customer export has (English headers, as the renderer would translate them). */
export function measuredColumns(): ExportColumn[] {
  return defaultCustomerExportFields.map((key) => ({ key, header: key, type: customerFields[key].type }))
}

/** Demo customers as the renderer sends them: chunks of export rows, generated lazily (never all in memory). */
export function* demoExportChunks(options: ExportMeasureOptions): Generator<ExportCell[][]> {
  const chunkRows = options.chunkRows ?? 2000
  const demo = generateDemoCustomers(
    { customers: options.customers, orders: options.orders ?? options.customers * 10, seed: options.seed ?? 20_251_122, now: Date.UTC(2026, 10, 22, 12), texts: demoTexts.en },
    { storeIds: [1, 2, 3, 4, 5, 6], categoryIds: [1, 2, 3, 4, 5, 6], groupIds: [1, 2, 3] }
  )
  let chunk: ExportCell[][] = []
  let id = 0
  for (const customer of demo) {
    const { customer: row } = demoCustomerRows(customer, (storeId) => storeId !== 4, Date.UTC(2026, 10, 22, 12))
    chunk.push(customerExportRow({ ...row, id: ++id }, defaultCustomerExportFields, lookups))
    if (chunk.length === chunkRows) {
      yield chunk
      chunk = []
    }
  }
  if (chunk.length) yield chunk
}

const mb = (bytes: number) => Math.round(bytes / 1e5) / 10
const root = resolve(import.meta.dirname, '../../..')

/** export-main-process.ts bundled for Node (its npm dependencies stay external, resolved from the project). */
async function mainProcessScript(outDir: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'silent',
    root,
    resolve: { alias: { '@shared': join(root, 'shared'), '@renderer': join(root, 'renderer/src') } },
    build: {
      ssr: join(import.meta.dirname, 'export-main-process.ts'),
      outDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'export-main-process.mjs' } }
    }
  })
  return join(outDir, 'export-main-process.mjs')
}

interface MainProcessReport {
  /** From the first call sent to the last answer received, measured by the sender. */
  wallMs: number
  busyMs: number
  peakRss: number
  peakHeap: number
  startRss: number
}

/** Starts a stand-in main process and returns a request/answer function for it. */
function startMainProcess(script: string, mode: 'regulars' | 'bare', target: string) {
  const child: ChildProcess = fork(script, [mode, target], { cwd: root, stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: [] })
  const waiting = new Map<number, (answer: unknown) => void>()
  let nextId = 1
  const ready = new Promise<void>((resolveReady) => waiting.set(0, () => resolveReady()))
  child.on('message', (message: { id: number; answer: unknown }) => {
    waiting.get(message.id)?.(message.answer)
    waiting.delete(message.id)
  })
  const call = (channel: string, input: unknown) =>
    new Promise<unknown>((resolveCall) => {
      const id = nextId++
      waiting.set(id, resolveCall)
      child.send({ id, channel, input })
    })
  return { ready, call, stop: () => child.kill() }
}

/** One export through a stand-in main process: Regulars' handlers or the bare writer. */
async function exportThroughMainProcess(script: string, mode: 'regulars' | 'bare', chunks: ExportCell[][][], target: string): Promise<MainProcessReport> {
  const main = startMainProcess(script, mode, target)
  try {
    await main.ready
    const started = performance.now()
    const begun = (await main.call('export:begin', {
      format: 'xlsx',
      fileName: { base: 'klienci' },
      locale: 'pl',
      currency: 'PLN',
      title: 'Customers',
      fileTypeName: 'Excel',
      flagLabels: { yes: 'Yes', no: 'No' },
      sheets: [{ key: 'customers', name: 'Customers', columns: measuredColumns() }]
    })) as { ok: boolean; data: { exportId: string }; error?: unknown }
    if (!begun.ok) throw new Error(`export:begin failed: ${JSON.stringify(begun.error)}`)
    const { exportId } = begun.data
    for (const chunk of chunks) {
      const answer = (await main.call('export:rows', { exportId, sheet: 'customers', rows: chunk })) as { ok: boolean; error?: unknown }
      if (!answer.ok) throw new Error(`export:rows failed: ${JSON.stringify(answer.error)}`)
    }
    const finished = (await main.call('export:finish', { exportId })) as { ok: boolean; error?: unknown }
    if (!finished.ok) throw new Error(`export:finish failed: ${JSON.stringify(finished.error)}`)
    const wallMs = performance.now() - started
    return { ...((await main.call('report', {})) as Omit<MainProcessReport, 'wallMs'>), wallMs }
  } finally {
    main.stop()
  }
}

/** Both exports of the same rows in one run, each in a fresh main process. */
export async function measureExport(options: ExportMeasureOptions): Promise<ExportFigures> {
  mkdirSync(options.dir, { recursive: true })
  const script = await mainProcessScript(join(options.dir, 'main-process'))
  const regularsFile = join(options.dir, 'regulars.xlsx')
  const bareFile = join(options.dir, 'bare.xlsx')
  // The rows are made first (this process's memory does not count), so both exports get them
  // as fast as main takes them and the clock measures main's work and the IPC copy only.
  const chunks = [...demoExportChunks(options)]
  const runs: Array<{ regulars: MainProcessReport; bare: MainProcessReport }> = []
  for (let round = 0; round < (options.rounds ?? 1); round++) {
    runs.push({
      regulars: await exportThroughMainProcess(script, 'regulars', chunks, regularsFile),
      bare: await exportThroughMainProcess(script, 'bare', chunks, bareFile)
    })
  }
  const best = (list: MainProcessReport[]) => list.reduce((a, b) => (b.wallMs < a.wallMs ? b : a))
  const regulars = best(runs.map((run) => run.regulars))
  const bare = best(runs.map((run) => run.bare))
  return {
    rounds: runs.map((run) => ({ regularsSeconds: Math.round(run.regulars.wallMs / 100) / 10, bareSeconds: Math.round(run.bare.wallMs / 100) / 10 })),
    customers: options.customers,
    columns: measuredColumns().length,
    bareWriterSeconds: Math.round(bare.wallMs / 100) / 10,
    regularsExportSeconds: Math.round(regulars.wallMs / 100) / 10,
    ratio: Math.round((regulars.wallMs / bare.wallMs) * 100) / 100,
    bareWriterBusySeconds: Math.round(bare.busyMs / 100) / 10,
    regularsExportBusySeconds: Math.round(regulars.busyMs / 100) / 10,
    bareFileMegabytes: mb(statSync(bareFile).size),
    regularsFileMegabytes: mb(statSync(regularsFile).size),
    mainRssAtStartMegabytes: mb(regulars.startRss),
    regularsExportPeakRssMegabytes: mb(Math.max(...runs.map((run) => run.regulars.peakRss))),
    regularsExportPeakHeapMegabytes: mb(Math.max(...runs.map((run) => run.regulars.peakHeap))),
    bareWriterPeakRssMegabytes: mb(Math.max(...runs.map((run) => run.bare.peakRss)))
  }
}
