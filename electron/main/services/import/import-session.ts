import { cellText, type ImportRow } from '@shared/import/cell'
import { buildHeaders, detectHeaderRow, type CellRange, type HeaderBlock } from '@shared/import/header-row'
import { importLimits, type ImportDelimiter, type ImportEncoding } from '@shared/import/limits'
import type { ImportFileSummary, ImportSheet, ImportStatus, ImportTopRow } from '@shared/ipc/contract-import'
import { readCsv } from './csv-reader'
import { fileChanged, hasChanged } from './file-identity'
import type { BudgetLease, SharedImportBudget } from './import-budget'
import { ImportCancelled, importError } from './import-error'
import type { OneAtATime } from './one-at-a-time'
import { ReadProgress } from './read-progress'
import { RowCollector } from './row-collector'
import { sniffFile, type FileKind } from './sniff-file'
import { readXlsx } from './xlsx-reader'

export interface ReadChoices {
  sheet?: string
  encoding?: ImportEncoding
  delimiter?: ImportDelimiter
}

interface ReadResult {
  kind: FileKind
  rows: ImportRow[]
  width: number
  merges: CellRange[]
  sheets: ImportSheet[]
  sheet: string | null
  encoding: ImportEncoding | null
  encodingGuessed: boolean
  delimiter: ImportDelimiter | null
}

/** Rows offered for picking the header row, and how much of each cell is shown. */
const topRowCount = 12
const topCellChars = 80

/** What the sessions of one import service share: the memory budget and the reader. */
export interface SessionShared {
  budget: SharedImportBudget
  reads: OneAtATime
}

/**
 * One opened file: read in the background (the renderer polls its progress), then kept as
 * rows in main's memory for the renderer to pull, until closed.
 */
export class ImportSession {
  readonly progress = new ReadProgress()
  private state: 'reading' | 'ready' | 'failed' = 'reading'
  private failure: unknown = null
  private controller = new AbortController()
  private result: ReadResult | null = null
  private headerIndex: number | null = null
  private header: HeaderBlock = { headers: [], rowsUsed: 0 }
  /** Bumped by every read so a superseded one cannot overwrite a newer result. */
  private generation = 0
  /** The share of the memory budget the current read (and then its rows) holds. */
  private lease: BudgetLease | null = null

  constructor(
    readonly id: string,
    readonly fileName: string,
    private readonly path: string,
    private readonly locale: string,
    private readonly shared: SessionShared
  ) {}

  /** Starts (or restarts) reading the file; the promise settles when reading ends, however it ends. */
  read(choices: ReadChoices): Promise<void> {
    this.controller.abort()
    this.controller = new AbortController()
    const generation = ++this.generation
    this.state = 'reading'
    this.failure = null
    this.progress.reset()
    // The rows of the previous read are dropped now, not when the new one is done: memory holds one read of a file.
    this.result = null
    this.lease?.close()
    const lease = this.shared.budget.lease()
    this.lease = lease
    const signal = this.controller.signal
    const newCollector = () => {
      lease.reset()
      return new RowCollector(importLimits, lease)
    }
    return this.shared.reads.run(() => this.readFile(choices, signal, newCollector)).then(
      (result) => {
        if (generation !== this.generation) return
        try {
          this.result = result
          this.chooseHeader(null)
          this.state = 'ready'
        } catch (error) {
          lease.close()
          this.fail(error)
        }
      },
      (error) => {
        lease.close()
        if (generation === this.generation && !(error instanceof ImportCancelled)) this.fail(error)
      }
    )
  }

  private fail(error: unknown): void {
    this.result = null
    this.state = 'failed'
    this.failure = error
  }

  /**
   * Reads the file, and checks at the end that it is still the file that was opened: one
   * truncated or rewritten meanwhile is refused (whatever the reader made of it) rather than
   * imported in part.
   */
  private async readFile(choices: ReadChoices, signal: AbortSignal, newCollector: () => RowCollector): Promise<ReadResult> {
    if (signal.aborted) throw new ImportCancelled()
    const { kind, identity } = await sniffFile(this.path)
    let result: ReadResult
    try {
      result = await this.readAs(kind, choices, signal, newCollector)
    } catch (error) {
      if (!(error instanceof ImportCancelled) && (await hasChanged(this.path, identity))) throw fileChanged()
      throw error
    }
    if (await hasChanged(this.path, identity)) throw fileChanged()
    return result
  }

  private async readAs(kind: FileKind, choices: ReadChoices, signal: AbortSignal, newCollector: () => RowCollector): Promise<ReadResult> {
    if (kind === 'xlsx') {
      const read = await readXlsx(this.path, { sheet: choices.sheet }, this.progress, signal, newCollector)
      return {
        kind,
        rows: read.collector.rows,
        width: read.collector.width,
        merges: read.merges,
        sheets: read.sheets,
        sheet: read.sheet,
        encoding: null,
        encodingGuessed: false,
        delimiter: null
      }
    }
    const read = await readCsv(this.path, { encoding: choices.encoding, delimiter: choices.delimiter, locale: this.locale }, this.progress, signal, newCollector)
    return {
      kind,
      rows: read.collector.rows,
      width: read.collector.width,
      merges: [],
      sheets: [],
      sheet: null,
      encoding: read.encoding,
      encodingGuessed: read.encodingGuessed,
      delimiter: read.delimiter
    }
  }

  /**
   * Takes the row at `line` as the header row (0: the file has no header row), or detects it
   * when null. Checks that data remains below it.
   */
  chooseHeader(line: number | null): void {
    const result = this.result
    if (!result) throw importError('session-expired', 'The file is not read yet')
    if (result.rows.length === 0) throw importError('empty-file', 'The file has no cell with a value')
    if (line === null) this.headerIndex = detectHeaderRow(result.rows)
    else if (line === 0) this.headerIndex = null
    else {
      const index = result.rows.findIndex((row) => row.line >= line)
      this.headerIndex = index === -1 ? result.rows.length - 1 : index
    }
    this.header = buildHeaders(result.rows, this.headerIndex, result.width, result.merges)
    if (line === null && this.dataStart() >= result.rows.length) throw importError('no-rows', 'The file has headers but no data rows')
  }

  private dataStart(): number {
    return this.headerIndex === null ? 0 : this.headerIndex + this.header.rowsUsed
  }

  status(): ImportStatus {
    if (this.state === 'failed') throw this.failure
    if (this.state === 'reading' || !this.result) {
      return { state: 'reading', sessionId: this.id, fileName: this.fileName, progress: this.progress.fraction, rowsRead: this.progress.rows }
    }
    return { state: 'ready', file: this.summary(this.result) }
  }

  private summary(result: ReadResult): ImportFileSummary {
    const topRows: ImportTopRow[] = result.rows.filter((row) => row.cells.length > 0).slice(0, topRowCount).map((row) => ({
      line: row.line,
      cells: Array.from({ length: result.width }, (_, column) => cellText(row.cells[column]).slice(0, topCellChars))
    }))
    return {
      sessionId: this.id,
      fileName: this.fileName,
      kind: result.kind,
      sheets: result.sheets,
      sheet: result.sheet,
      encoding: result.encoding,
      encodingGuessed: result.encodingGuessed,
      delimiter: result.delimiter,
      headerLine: this.headerIndex === null ? 0 : result.rows[this.headerIndex].line,
      headers: this.header.headers,
      rowCount: Math.max(0, result.rows.length - this.dataStart()),
      topRows
    }
  }

  /** Data rows [from, from + count), each exactly as wide as the headers. */
  rows(from: number, count: number): ImportRow[] {
    const result = this.result
    if (this.state !== 'ready' || !result) throw importError('session-expired', 'The file is not read')
    const start = this.dataStart() + from
    return result.rows.slice(start, start + count).map((row) => ({
      ...row,
      cells: row.cells.length === result.width ? row.cells : Array.from({ length: result.width }, (_, column) => row.cells[column] ?? null)
    }))
  }

  close(): void {
    this.generation++
    this.controller.abort()
    this.result = null
    this.lease?.close()
  }
}
