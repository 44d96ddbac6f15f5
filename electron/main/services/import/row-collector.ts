import { columnLetter, type ImportCell, type ImportRow } from '@shared/import/cell'
import { importLimits } from '@shared/import/limits'
import type { BudgetLease } from './import-budget'
import { importError } from './import-error'

/**
 * Keeps the rows a reader finds, minus empty rows and trailing empty cells, and enforces
 * the limits as it goes, so a hostile file is refused before it fills the memory: this
 * file's own limits, and (through the lease) what all open imports keep together.
 */
export class RowCollector {
  readonly rows: ImportRow[] = []
  /** Widest row, in columns, after trailing empty cells are dropped. */
  width = 0
  private totalChars = 0

  constructor(
    private readonly limits = importLimits,
    private readonly lease?: BudgetLease
  ) {}

  add(line: number, cells: ImportCell[]): void {
    let end = cells.length
    while (end > 0 && isBlank(cells[end - 1])) end--
    if (end === 0) return
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
    this.rows.push({ line, cells: kept })
    if (end > this.width) this.width = end
  }
}

function isBlank(cell: ImportCell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '')
}
