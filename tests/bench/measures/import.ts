import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import { importColumns, importRow } from '../../../shared/import/bench-rows'
import { pageScript } from '../../host/page-script'

/**
 * Import figures: a 100 000-row, 12-column .xlsx imported through the real screen
 * in the test host — main's reader parses the file, the renderer checks every row (preview)
 * and writes them into IndexedDB — with each phase timed separately, and the same customer
 * rows bulk-added by bare Dexie into the same schema for comparison. Reusable: the benchmark
 * runner calls these functions; standalone/import.measure.ts prints them. The rows: shared/import/bench-rows.ts.
 *
 *   parse    = "Choose a file" clicked → the column mapping is on screen (main read the file)
 *   validate = "Check rows" clicked → the preview is on screen (every row built and matched)
 *   write    = "Import" clicked → the report is on screen (every row written, committed)
 */

/** Writes the workbook with exceljs' streaming writer (dates as real date cells). */
export async function writeImportWorkbook(path: string, rows: number): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true })
  const sheet = workbook.addWorksheet('Klienci')
  sheet.columns = importColumns.map((header, index) => ({ header, key: String(index), style: index === 4 || index === 11 ? { numFmt: 'dd.mm.yyyy' } : {} }))
  for (let index = 0; index < rows; index++) sheet.addRow(importRow(index)).commit()
  sheet.commit()
  await workbook.commit()
}

export interface ImportFigures {
  rows: number
  columns: number
  parseMs: number
  validateMs: number
  writeMs: number
  /** parse + validate + write: the budget is 30 s for 100 000 rows. */
  totalMs: number
  created: number
  /** Peak resident memory of this Node process (main's side of the test host, with Playwright and the runner) while main parsed. */
  mainPeakRssMb: number
  /** The same process just before the parse: the difference is what reading the file took. */
  mainRssBeforeMb: number
  /** The renderer's JS heap in use after the import (Chromium's performance.memory). */
  rendererHeapMb: number | null
}

function memorySampler() {
  let peak = process.memoryUsage().rss
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20)
  return { stop: () => (clearInterval(timer), Math.round(peak / 1048576)) }
}

const timeout = 30 * 60_000

/** While a phase runs, says every 10 s which step the screen shows and its progress line (for a run that stalls). */
function watch(page: Page, log: (line: string) => void) {
  const timer = setInterval(() => {
    void page
      .evaluate(() => {
        const step = document.querySelector('[data-testid^="import-"][data-testid$="ing"], [data-testid="import-mapping"], [data-testid="import-preview"], [data-testid="import-done"]')
        const error = document.querySelector('[data-testid="import-error"]')
        return `${step?.getAttribute('data-testid') ?? '?'} ${document.querySelector('.progress__detail')?.textContent ?? ''} ${error?.textContent ?? ''}`
      })
      .then(log, () => undefined)
  }, 10_000)
  return () => clearInterval(timer)
}

/**
 * Imports the file the app's open dialog answers with, through the import screen, as a user
 * does (the app must be open on #/import). Resolves to the phase times.
 */
export async function measureImport(page: Page, rows: number, log: (line: string) => void = () => undefined): Promise<ImportFigures> {
  const stopWatching = watch(page, log)
  try {
    return await runPhases(page, rows)
  } finally {
    stopWatching()
  }
}

async function runPhases(page: Page, rows: number): Promise<ImportFigures> {
  await page.getByTestId('import-choose').waitFor({ timeout })
  const mainRssBeforeMb = Math.round(process.memoryUsage().rss / 1048576)
  const memory = memorySampler()
  let started = performance.now()
  await page.getByTestId('import-choose').click()
  await page.getByTestId('import-mapping').waitFor({ timeout })
  const parseMs = performance.now() - started
  const mainPeakRssMb = memory.stop()

  started = performance.now()
  await page.getByTestId('import-check').click()
  await page.getByTestId('import-preview').waitFor({ timeout })
  const validateMs = performance.now() - started

  started = performance.now()
  await page.getByTestId('import-start').click()
  await page.getByTestId('import-done').waitFor({ timeout })
  const writeMs = performance.now() - started

  const created = Number(((await page.getByTestId('import-done-created').locator('dd').textContent()) ?? '').replace(/\D/g, ''))
  const rendererHeapMb = await page.evaluate(() => {
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory
    return memory ? Math.round(memory.usedJSHeapSize / 1048576) : null
  })
  return {
    rows,
    columns: importColumns.length,
    parseMs: Math.round(parseMs),
    validateMs: Math.round(validateMs),
    writeMs: Math.round(writeMs),
    totalMs: Math.round(parseMs + validateMs + writeMs),
    created,
    mainPeakRssMb,
    mainRssBeforeMb,
    rendererHeapMb
  }
}

/**
 * The baseline: the same customers as the import makes them (the data layer's `newCustomer`),
 * bulk-added by bare Dexie in one transaction into a scratch database with the app's schema
 * (the same indexes), then deleted. What IndexedDB itself costs for these rows.
 */
export async function measureBareBulkAdd(page: Page, rows: number): Promise<number> {
  await page.evaluate(await pageScript('renderer/src/test-entries/import-bare-bulk-add-entry.ts', 'regularsImportBare'))
  return page.evaluate((count) => (window as unknown as { __regularsImportBare: (rows: number) => Promise<number> }).__regularsImportBare(count), rows)
}
