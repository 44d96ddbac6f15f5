import { auditedListDetails, type AuditedList } from '@shared/audit/audited-list'
import { displayName } from '@shared/domain/customer'
import type { Id } from '@shared/domain/types'
import { customerExportRow, customerFields, type CustomerExportLookups, type CustomerFieldKey } from '@shared/export/customer-fields'
import { exportChunkRows, type ExportCell, type ExportColumn, type ExportFileKind, type ExportFormat } from '@shared/export/export-spec'
import { orderExportRow, orderFieldKeys, orderFields, type OrderExportLookups } from '@shared/export/order-fields'
import type { ChannelInput, ChannelName, ChannelOutput } from '@shared/ipc/contract'
import type { ExportFinished } from '@shared/ipc/contract-export'
import { appDb, appendAudit, canSeeContacts, customerIdChunks, customerIdTotal, exportableCustomers, ordersOfCustomers, type CustomerIdSource } from '@renderer/db'
import { throwIfCancelled, type JobOptions, type JobProgress } from '@shared/jobs/job'
import { withScopedFigures, type ScopedFigures } from './scoped-figures'
import { withoutContactFields } from '@shared/staff/contact-fields'

/** The channels an export uses. */
export type ExportChannel = Extract<ChannelName, `export:${string}`>

/** How the renderer reaches main (callFileWork in the app, which checks the right; the real handlers in Node tests). */
export type MainCall = <K extends ExportChannel>(channel: K, input: ChannelInput<K>) => Promise<ChannelOutput<K>>

/** What the user chose to export, and where the customers come from. */
export interface CustomerExportPlan {
  source: CustomerIdSource
  fields: readonly CustomerFieldKey[]
  includeOrders: boolean
  format: ExportFormat
  fileKind: ExportFileKind
  /** For the audit log: which customers these were. */
  scope: 'all' | 'filtered' | 'selected' | 'customer'
  /** For the audit log: the list they came from (its filters, search and segment, as data). */
  list?: AuditedList
  /** The list's store selection: its figures and currency instead of the customer row's. */
  figures?: ScopedFigures
}

/** Everything translated or looked up once, before the first row. */
export interface ExportTexts {
  locale: string
  currency: string
  staffName: string
  title: string
  fileTypeName: string
  /** The suggested file name's first words, per kind of file ("klienci", "dane klienta"). */
  fileBaseNames: Record<ExportFileKind, string>
  customersSheet: string
  ordersSheet: string
  flagLabels: { yes: string; no: string }
  fieldHeader(key: CustomerFieldKey): string
  orderFieldHeader(key: (typeof orderFieldKeys)[number]): string
  customerLookups: CustomerExportLookups
  orderLookups: OrderExportLookups
}

export interface CustomerExportResult extends ExportFinished {
  customers: number
  orders: number
  auditId: Id
}

/**
 * Runs a customer export end to end: main asks where to save (null: the user cancelled the
 * dialog), the customers are read in chunks (ids → bulkGet; never the whole table) and sent to
 * main, then optionally their orders; main renames the file into place; the export is written
 * to the audit log. Cancelling (signal) stops between chunks, leaves no file and no audit
 * entry, and throws JobCancelled. Memory holds one chunk at a time (plus the exported ids for
 * the audit entry).
 *
 * Progress phases: `customers` (`customersUncounted` when the source's size is unknown), then
 * `orders` (counts.orders written so far), then `finishing` — main puts the file in place, past
 * the point of no return. With orders, customers fill the first half of the bar.
 */
export async function runCustomerExport(
  plan: CustomerExportPlan,
  texts: ExportTexts,
  main: MainCall,
  options: JobOptions & {
    /** The user chose the file: the export starts now (show the progress from here). */
    onStarted?: (fileName: string) => void
    now?: () => number
  } = {}
): Promise<CustomerExportResult | null> {
  // Without the right to see contact details the file has no contact columns (the rows have none either).
  const fields = canSeeContacts(appDb()) ? plan.fields : withoutContactFields(plan.fields)
  const customerColumns: ExportColumn[] = fields.map((key) => ({ key, header: texts.fieldHeader(key), type: customerFields[key].type }))
  const orderColumns: ExportColumn[] = orderFieldKeys.map((key) => ({ key, header: texts.orderFieldHeader(key), type: orderFields[key].type }))
  const includeOrders = plan.includeOrders && plan.format === 'xlsx'
  const started = await main('export:begin', {
    format: plan.format,
    fileName: { base: texts.fileBaseNames[plan.fileKind] },
    locale: texts.locale,
    currency: plan.figures?.currency ?? texts.currency,
    title: texts.title,
    fileTypeName: texts.fileTypeName,
    flagLabels: texts.flagLabels,
    sheets: [
      { key: 'customers', name: texts.customersSheet, columns: customerColumns },
      ...(includeOrders ? [{ key: 'orders' as const, name: texts.ordersSheet, columns: orderColumns }] : [])
    ]
  })
  if (!started) return null
  const { exportId } = started
  options.onStarted?.(started.fileName)
  const db = appDb()
  const total = await customerIdTotal(db, plan.source)
  const progress = { phase: 'customers' as 'customers' | 'orders' | 'finishing', done: 0, customers: 0, orders: 0 }
  const report = () => options.onProgress?.(exportProgress(progress, total, includeOrders))
  const exportedIds: Id[] = []

  try {
    report()
    for await (const ids of customerIdChunks(db, plan.source)) {
      throwIfCancelled(options.signal, 'The export was cancelled')
      const customers = await withScopedFigures(await exportableCustomers(db, ids), plan.figures)
      const rows: ExportCell[][] = customers.map((customer) => customerExportRow(customer, fields, texts.customerLookups))
      if (rows.length) await main('export:rows', { exportId, sheet: 'customers', rows })
      for (const customer of customers) exportedIds.push(customer.id!)
      progress.done += ids.length
      progress.customers += customers.length
      report()
    }
    if (includeOrders) {
      Object.assign(progress, { phase: 'orders', done: 0 })
      report()
      let pending: ExportCell[][] = []
      const flush = async () => {
        if (pending.length === 0) return
        const rows = pending
        pending = []
        await main('export:rows', { exportId, sheet: 'orders', rows })
      }
      for await (const ids of customerIdChunks(db, plan.source, 200)) {
        throwIfCancelled(options.signal, 'The export was cancelled')
        const customers = await exportableCustomers(db, ids)
        const orders = await ordersOfCustomers(db, customers)
        for (const customer of customers) {
          const name = displayName(customer)
          for (const order of orders.get(customer.id!) ?? []) {
            pending.push(orderExportRow(order, name, texts.orderLookups))
            progress.orders += 1
            if (pending.length >= exportChunkRows) await flush()
          }
        }
        progress.done += ids.length
        report()
      }
      await flush()
    }
    throwIfCancelled(options.signal, 'The export was cancelled')
    Object.assign(progress, { phase: 'finishing' })
    report()
    const finished = await main('export:finish', { exportId })
    const auditId = await appendAudit(db, {
      action: 'export',
      staffName: texts.staffName,
      customerIds: exportedIds,
      at: options.now?.(),
      details: {
        fileName: finished.fileName,
        format: plan.format,
        fields: [...fields],
        includeOrders,
        orders: progress.orders,
        scope: plan.scope,
        ...auditedListDetails(plan.list),
        bytes: finished.bytes
      }
    })
    return { ...finished, customers: progress.customers, orders: progress.orders, auditId }
  } catch (error) {
    // Cancelled, or failed: main may have ended the export on its side already; this makes
    // sure of it, so the temporary file is gone either way.
    await main('export:cancel', { exportId }).catch(() => undefined)
    throw error
  }
}

/** The export's progress as a job reports it (see runCustomerExport for the phases). */
function exportProgress(state: { phase: 'customers' | 'orders' | 'finishing'; done: number; customers: number; orders: number }, total: number | undefined, includeOrders: boolean): JobProgress {
  const counts = { customers: state.customers, orders: state.orders }
  if (state.phase === 'finishing') return { phase: 'finishing', done: state.done, total, fraction: 1, counts, cancellable: false }
  const share = total ? state.done / total : 0
  const fraction = state.phase === 'orders' ? 0.5 + share * 0.49 : share * (includeOrders ? 0.5 : 0.99)
  const phase = state.phase === 'customers' && total === undefined ? 'customersUncounted' : state.phase
  return { phase, done: state.done, total, fraction: total === undefined ? undefined : fraction, counts }
}
