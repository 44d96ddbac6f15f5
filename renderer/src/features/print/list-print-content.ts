import { customerExportRow, customerFields, type CustomerExportLookups, type CustomerFieldKey } from '@shared/export/customer-fields'
import { throwIfCancelled, type JobOptions } from '@shared/jobs/job'
import { appDb, customerIdChunks, customerIdTotal, exportableCustomers, type CustomerIdSource } from '@renderer/db'
import { withScopedFigures, type ScopedFigures } from '../export/scoped-figures'
import type { PrintFormatters } from './print-format'

/**
 * A printed cell of several phone numbers holds one a line: each stays whole, and the column
 * is as wide as one number, not all of them (the export writes them comma-separated).
 */
const oneALine: ReadonlySet<CustomerFieldKey> = new Set(['otherPhones'])

/**
 * The printed rows, read in chunks (by id, never the whole table) and formatted; erased
 * customers are left out as in an export. Returns the rows and the ids printed (audit).
 * Reports the customers read (phase `rows`) after each chunk; Cancel stops between chunks.
 */
export async function listPrintRows(
  source: CustomerIdSource,
  keys: readonly CustomerFieldKey[],
  lookups: CustomerExportLookups,
  format: PrintFormatters,
  limit: number,
  figures?: ScopedFigures,
  options: JobOptions = {}
): Promise<{ rows: string[][]; ids: number[] }> {
  const types = keys.map((key) => customerFields[key].type)
  const rows: string[][] = []
  const ids: number[] = []
  const db = appDb()
  const total = await customerIdTotal(db, source)
  let read = 0
  options.onProgress?.({ phase: 'rows', done: read, total })
  for await (const chunk of customerIdChunks(db, source)) {
    throwIfCancelled(options.signal, 'The printout was cancelled')
    const stored = await exportableCustomers(db, chunk)
    const customers = await withScopedFigures(stored, figures)
    for (const customer of customers) {
      if (rows.length >= limit) return { rows, ids }
      rows.push(
        customerExportRow(customer, keys, lookups).map((value, index) => {
          const text = format.cell(types[index], value)
          return oneALine.has(keys[index]) ? text.split(', ').join('\n') : text
        })
      )
      ids.push(customer.id!)
    }
    read += chunk.length
    options.onProgress?.({ phase: 'rows', done: read, total })
  }
  return { rows, ids }
}
