import { importLimits } from '@shared/import/limits'

/**
 * What every open import keeps in main, together. One file may keep up to the import limits
 * (text and rows); all open sessions together may keep no more than that either, so several
 * large files opened at once (a renderer that never closes them) cannot multiply main's
 * memory. Each read of a file holds a lease on the budget; closing or re-reading the file
 * gives it back.
 */
export class SharedImportBudget {
  chars = 0
  rows = 0

  constructor(readonly limits: { maxTotalChars: number; maxRows: number } = importLimits) {}

  lease(): BudgetLease {
    return new BudgetLease(this)
  }
}

export class BudgetLease {
  private chars = 0
  private rows = 0
  private closed = false

  constructor(private readonly budget: SharedImportBudget) {}

  /** Takes room for more kept text and rows; false when the budget (or this lease) cannot give it. */
  take(chars: number, rows: number): boolean {
    const { budget } = this
    if (this.closed || budget.chars + chars > budget.limits.maxTotalChars || budget.rows + rows > budget.limits.maxRows) return false
    budget.chars += chars
    budget.rows += rows
    this.chars += chars
    this.rows += rows
    return true
  }

  /** Gives back everything taken so far (the file is read again from the start). */
  reset(): void {
    this.budget.chars -= this.chars
    this.budget.rows -= this.rows
    this.chars = 0
    this.rows = 0
  }

  /** Gives everything back for good: the rows are dropped. */
  close(): void {
    this.reset()
    this.closed = true
  }
}
