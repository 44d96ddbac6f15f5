import { columnLetter, type ImportCell, type ImportRow } from '@shared/import/cell'
import { importLimits } from '@shared/import/limits'
import type { BudgetLease } from './import-budget'
import { importError } from './import-error'

/**
 * Keeps the rows a reader finds, minus trailing empty cells, and enforces the limits as it
 * goes, so a hostile file is refused before it fills the memory: this file's own limits, and
 * (through the lease) what all open imports keep together. An empty row between rows with
 * values is kept (as a row without cells), so the import can count it as skipped and say
 * why; empty rows above the first value and below the last are not part of the list.
 */
export class RowCollector {
  readonly rows: ImportRow[] = []
  /** Widest row, in columns, after trailing empty cells are dropped. */
  width = 0
  private totalChars = 0
  /** Empty rows seen since the last row with a value, as runs of lines: kept only if a value follows. */
  private pendingEmpty: { from: number; count: number }[] = []
  private pendingCount = 0

  constructor(
    private readonly limits = importLimits,
    private readonly lease?: BudgetLease
  ) {}

  /** Rows a worksheet leaves out between `from` and `to` (both excluded): they are empty rows. */
  addAbsent(from: number, to: number): void {
    if (to - from > 1) this.addEmpty(from + 1, to - from - 1)
  }

  /**
   * `totalFormula`: a formula of the row that sums up rows above it (an .xlsx keeps it beside
   * its value), the mark of a total line under a list.
   */
  add(line: number, cells: ImportCell[], totalFormula?: string): void {
    let end = cells.length
    while (end > 0 && isBlank(cells[end - 1])) end--
    if (end === 0) {
      this.addEmpty(line, 1)
      return
    }
    this.keepPendingEmpty()
    if (end > this.limits.maxColumns) throw importError('too-many-columns', `Row ${line} uses ${end} columns`, { line, limit: this.limits.maxColumns })
    const kept = end === cells.length ? cells : cells.slice(0, end)
    const charsBefore = this.totalChars
    for (let column = 0; column < end; column++) {
      const cell = kept[column]
      if (typeof cell === 'string') {
        if (cell.length > this.limits.maxCellChars) {
          throw importError('cell-too-large', `Cell ${columnLetter(column)}${line} has ${cell.length} characters`, {
            line,
            column: columnLetter(column),
            limit: this.limits.maxCellChars
          })
        }
        this.totalChars += cell.length
      } else {
        this.totalChars += 8
      }
    }
    if (this.totalChars > this.limits.maxTotalChars) throw importError('too-much-text', 'The file holds more text than an import accepts', { line })
    if (this.rows.length >= this.limits.maxRows) throw importError('too-many-rows', 'The file has more rows than an import accepts', { limit: this.limits.maxRows })
    if (this.lease && !this.lease.take(this.totalChars - charsBefore, 1)) {
      throw importError('other-imports-open', 'Other open imports keep as much as all imports together may', { line })
    }
    this.rows.push(totalFormula ? { line, cells: kept, totalFormula } : { line, cells: kept })
    if (end > this.width) this.width = end
  }

  private addEmpty(line: number, count: number): void {
    if (this.rows.length === 0) return
    const last = this.pendingEmpty.at(-1)
    if (last && last.from + last.count === line) last.count += count
    else this.pendingEmpty.push({ from: line, count })
    this.pendingCount += count
  }

  /** A row with a value follows: the empty rows before it are inside the list. */
  private keepPendingEmpty(): void {
    if (this.pendingCount === 0) return
    if (this.rows.length + this.pendingCount >= this.limits.maxRows) throw importError('too-many-rows', 'The file has more rows than an import accepts', { limit: this.limits.maxRows })
    if (this.lease && !this.lease.take(8 * this.pendingCount, this.pendingCount)) {
      throw importError('other-imports-open', 'Other open imports keep as much as all imports together may', { line: this.pendingEmpty[0].from })
    }
    for (const run of this.pendingEmpty) for (let line = run.from; line < run.from + run.count; line++) this.rows.push({ line, cells: [] })
    this.totalChars += 8 * this.pendingCount
    this.pendingEmpty = []
    this.pendingCount = 0
  }
}

function isBlank(cell: ImportCell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '')
}
