import type { ExportCell, ExportColumn } from '@shared/export/export-spec'

/** Excel measures width in characters of its default font; keep columns readable, never huge. */
const minWidth = 6
const maxWidth = 50
/** Room for the auto-filter button beside the header text. */
const filterButton = 3

/**
 * Widths for a sheet's columns, from the header and the first chunk of rows (a streaming
 * writer must fix widths before the first row is written). Columns whose display has a known
 * width (dates, money) take it from `fixedWidth`; others from the longest sampled text.
 */
export function columnWidths(columns: ExportColumn[], sample: ExportCell[][], fixedWidth: (column: ExportColumn) => number): number[] {
  return columns.map((column, index) => {
    let widest = column.header.length + filterButton
    const fixed = fixedWidth(column)
    if (fixed > 0) widest = Math.max(widest, fixed + 2)
    else {
      for (const row of sample) {
        const value = row[index]
        if (value === null || value === undefined) continue
        // Multi-line notes: the longest line decides.
        const text = String(value)
        const longestLine = text.includes('\n') ? Math.max(...text.split('\n').map((line) => line.length)) : text.length
        if (longestLine + 2 > widest) widest = longestLine + 2
        if (widest >= maxWidth) break
      }
    }
    return Math.min(maxWidth, Math.max(minWidth, widest))
  })
}
