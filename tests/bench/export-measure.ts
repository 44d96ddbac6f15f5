import { mkdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { generateDemoCustomers } from '@shared/demo/generate'
import { demoCustomerRows } from '@shared/demo/rows'
import { customerExportRow, customerFields, defaultCustomerExportFields, type CustomerExportLookups } from '@shared/export/customer-fields'
import type { ExportCell, ExportColumn } from '@shared/export/export-spec'
import { createDispatch } from '../../electron/main/ipc/dispatch'
import { createHandlers } from '../../electron/main/services/create-handlers'
import { createTestPorts } from '../host/test-ports'

/**
 * Export figures (issue 6): Regulars' export of N demo customers through main's real
 * handlers, against exceljs' bare streaming writer writing the same rows, in one run; and
 * the peak memory of the process while main writes. Reusable: the benchmark runner calls
 * `measureExport()`; export.measure.ts prints it.
 */

export interface ExportMeasureOptions {
  customers: number
  orders?: number
  seed?: number
  /** Rows per export:rows call, as the renderer sends them. */
  chunkRows?: number
  /** Where the files go (removed by the caller). */
  dir: string
}

export interface ExportFigures {
  customers: number
  columns: number
  bareWriterSeconds: number
  regularsExportSeconds: number
  ratio: number
  bareFileMegabytes: number
  regularsFileMegabytes: number
  /** Peak resident memory of this process while each export ran (includes the test runner and the row generator). */
  bareWriterPeakRssMegabytes: number
  regularsExportPeakRssMegabytes: number
  regularsExportPeakHeapMegabytes: number
  rssBeforeMegabytes: number
}

const lookups: CustomerExportLookups = {
  categoryNames: new Map([[1, 'VIP'], [2, 'Regulars'], [3, 'Newsletter'], [4, 'Birthday club'], [5, 'Staff'], [6, 'Wholesale']]),
  groupNames: new Map([[1, 'Morning'], [2, 'Evening'], [3, 'Weekend']]),
  storeNames: new Map([[1, 'Kraków'], [2, 'Warszawa'], [3, 'Praha'], [4, 'Київ'], [5, 'Sofia'], [6, 'Lyon']]),
  typeLabels: { registered: 'Registered', contact: 'Contact' },
  dayAndMonth: (month, day) => `${day}.${month}.`
}

/** The columns a default customer export has (English headers, as the renderer would translate them). */
export function measuredColumns(): ExportColumn[] {
  return defaultCustomerExportFields.map((key) => ({ key, header: key, type: customerFields[key].type }))
}

/** Demo customers as the renderer sends them: chunks of export rows, generated lazily (never all in memory). */
export function* demoExportChunks(options: ExportMeasureOptions): Generator<ExportCell[][]> {
  const chunkRows = options.chunkRows ?? 2000
  const demo = generateDemoCustomers(
    { customers: options.customers, orders: options.orders ?? options.customers * 10, seed: options.seed ?? 20_251_122, now: Date.UTC(2026, 10, 22, 12) },
    { storeIds: [1, 2, 3, 4, 5, 6], categoryIds: [1, 2, 3, 4, 5, 6], groupIds: [1, 2, 3] }
  )
  let chunk: ExportCell[][] = []
  let id = 0
  for (const customer of demo) {
    const { customer: row } = demoCustomerRows(customer, (storeId) => storeId !== 4)
    chunk.push(customerExportRow({ ...row, id: ++id }, defaultCustomerExportFields, lookups))
    if (chunk.length === chunkRows) {
      yield chunk
      chunk = []
    }
  }
  if (chunk.length) yield chunk
}

/** Samples this process's memory often; the peak is what a user's PC must have free. */
function memorySampler() {
  let peakRss = 0
  let peakHeap = 0
  const sample = () => {
    const usage = process.memoryUsage()
    peakRss = Math.max(peakRss, usage.rss)
    peakHeap = Math.max(peakHeap, usage.heapUsed + usage.external)
  }
  const timer = setInterval(sample, 20)
  return {
    sample,
    stop() {
      clearInterval(timer)
      sample()
      return { peakRss, peakHeap }
    }
  }
}

const mb = (bytes: number) => Math.round(bytes / 1e5) / 10

/** exceljs' streaming writer with nothing around it: the same rows, number formats for dates and money. */
export async function measureBareWriter(options: ExportMeasureOptions, file: string): Promise<{ ms: number; peakRss: number }> {
  const columns = measuredColumns()
  const memory = memorySampler()
  let ms = 0
  let started = performance.now()
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false })
  const sheet = workbook.addWorksheet('Customers')
  sheet.columns = columns.map((column) => ({
    key: column.key,
    header: column.header,
    style: column.type === 'money' ? { numFmt: '#,##0.00 [$zł-415]' } : column.type === 'date' || column.type === 'datetime' ? { numFmt: 'dd.mm.yyyy hh:mm' } : {}
  }))
  ms += performance.now() - started
  for (const chunk of demoExportChunks(options)) {
    started = performance.now()
    for (const row of chunk) {
      const values = row.map((value, index) => {
        const type = columns[index].type
        if (typeof value === 'number' && (type === 'date' || type === 'datetime')) return value === 0 ? null : new Date(value)
        if (typeof value === 'number' && type === 'money') return value / 100
        return value
      })
      sheet.addRow(values).commit()
    }
    ms += performance.now() - started
    memory.sample()
  }
  started = performance.now()
  sheet.commit()
  await workbook.commit()
  ms += performance.now() - started
  return { ms, peakRss: memory.stop().peakRss }
}

/** Regulars' export through main's real handlers: begin (dialog answered), rows in chunks, finish. */
export async function measureRegularsExport(options: ExportMeasureOptions, file: string): Promise<{ ms: number; peakRss: number; peakHeap: number }> {
  const { ports } = createTestPorts({ dataDir: options.dir, answers: { savePath: file } })
  const dispatch = createDispatch(createHandlers(ports))
  const call = async (channel: string, input: unknown) => {
    // IPC copies every message into main: the copy is part of main's cost.
    const answer = await dispatch(channel, JSON.parse(JSON.stringify(input)))
    if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`)
    return answer.data as { exportId: string }
  }
  const memory = memorySampler()
  let ms = 0
  let started = performance.now()
  const { exportId } = await call('export:begin', {
    format: 'xlsx',
    fileKind: 'customers',
    locale: 'pl',
    currency: 'PLN',
    title: 'Customers',
    fileTypeName: 'Excel',
    flagLabels: { yes: 'Yes', no: 'No' },
    sheets: [{ key: 'customers', name: 'Customers', columns: measuredColumns() }]
  })
  ms += performance.now() - started
  for (const chunk of demoExportChunks(options)) {
    started = performance.now()
    await call('export:rows', { exportId, sheet: 'customers', rows: chunk })
    ms += performance.now() - started
    memory.sample()
  }
  started = performance.now()
  await call('export:finish', { exportId })
  ms += performance.now() - started
  const { peakRss, peakHeap } = memory.stop()
  return { ms, peakRss, peakHeap }
}

/** Both exports of the same rows in one run, Regulars' first (so its memory peak is not the other's leftovers). */
export async function measureExport(options: ExportMeasureOptions): Promise<ExportFigures> {
  mkdirSync(options.dir, { recursive: true })
  const regularsFile = join(options.dir, 'regulars.xlsx')
  const bareFile = join(options.dir, 'bare.xlsx')
  ;(globalThis as { gc?: () => void }).gc?.()
  const rssBefore = process.memoryUsage().rss
  const regulars = await measureRegularsExport(options, regularsFile)
  ;(globalThis as { gc?: () => void }).gc?.()
  const bare = await measureBareWriter(options, bareFile)
  return {
    customers: options.customers,
    columns: measuredColumns().length,
    bareWriterSeconds: Math.round(bare.ms / 100) / 10,
    regularsExportSeconds: Math.round(regulars.ms / 100) / 10,
    ratio: Math.round((regulars.ms / bare.ms) * 100) / 100,
    bareFileMegabytes: mb(statSync(bareFile).size),
    regularsFileMegabytes: mb(statSync(regularsFile).size),
    bareWriterPeakRssMegabytes: mb(bare.peakRss),
    regularsExportPeakRssMegabytes: mb(regulars.peakRss),
    regularsExportPeakHeapMegabytes: mb(regulars.peakHeap),
    rssBeforeMegabytes: mb(rssBefore)
  }
}
