import type { ImportRow } from './cell'

/** Where an import's rows come from: main's open file (in the app), or an array (unit tests). */
export interface RowSource {
  rowCount: number
  pull(from: number, count: number): Promise<ImportRow[]>
}

export function arrayRowSource(rows: ImportRow[]): RowSource {
  return { rowCount: rows.length, pull: async (from, count) => rows.slice(from, from + count) }
}
