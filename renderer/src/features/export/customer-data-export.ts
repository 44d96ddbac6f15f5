import { displayName } from '@shared/domain/customer'
import type { ConsentEvent, Id } from '@shared/domain/types'
import { AppError } from '@shared/errors'
import { customerExportRow, customerFieldKeys, customerFields } from '@shared/export/customer-fields'
import { exportChunkRows, type ExportCell, type ExportColumn } from '@shared/export/export-spec'
import { orderExportRow, orderFieldKeys, orderFields } from '@shared/export/order-fields'
import type { ExportFinished } from '@shared/ipc/contract-export'
import { throwIfCancelled, type JobOptions } from '@shared/jobs/job'
import { appDb, appendAudit, consentHistory, customerHistoryCounts, customerOrderChunks, dataErrors, getCustomer, THIS_PC } from '@renderer/db'
import type { MainCall } from './customer-export-run'
import { buildExportTexts } from './export-texts'

/**
 * One customer's data for an access request (GDPR Art. 15/20, PRODUCT.md F22): one .xlsx with
 * every profile field, all their visits and orders, and the consent history (when, channel,
 * given or withdrawn, source, staff member, wording), through the same export service as the list's export:
 * main asks where to save it, writes it to a temporary file and renames it when complete.
 * Written to the audit log like any export. Null when the user cancelled the save dialog.
 *
 * A customer with years of visits has thousands of rows: the orders go a chunk at a time with
 * progress (phase `orders`, then `finishing` past the point of no return), and Cancel between
 * two chunks leaves no file and no audit entry (JobCancelled).
 */

type Translate = (key: string, named?: Record<string, unknown>) => string

export interface CustomerDataExport extends ExportFinished {
  orders: number
  consentEvents: number
  auditId: Id
}

function consentColumns(t: Translate): ExportColumn[] {
  const column = (key: string, type: ExportColumn['type']): ExportColumn => ({ key, header: t(`card.exportData.columns.${key}`), type })
  return [column('at', 'datetime'), column('channel', 'text'), column('granted', 'flag'), column('source', 'text'), column('staffName', 'text'), column('wording', 'text'), column('importFile', 'text')]
}

function consentRow(event: ConsentEvent, t: Translate): ExportCell[] {
  const staff = event.staffName === THIS_PC ? t('card.thisPc') : event.staffName
  return [event.at, t(`card.consents.channels.${event.channel}`), event.granted, t(`card.consents.sources.${event.source}`), staff, event.wording, event.importFile ?? null]
}

export async function exportCustomerData(
  customerId: Id,
  t: Translate,
  locale: string,
  main: MainCall,
  staffName: string,
  options: JobOptions & {
    /** The user chose the file: the export starts now (show the progress from here). */
    onStarted?: (fileName: string) => void
  } = {}
): Promise<CustomerDataExport | null> {
  const db = appDb()
  const customer = await getCustomer(db, customerId)
  if (!customer) throw new AppError(dataErrors.customerNotFound, `Customer ${customerId} not found`)
  // Erased data is never exported (there is none left to give).
  if (customer.erased) throw new AppError(dataErrors.customerErased, `Customer ${customerId} is erased`)
  const texts = await buildExportTexts(t, locale)
  const name = displayName(customer)
  const started = await main('export:begin', {
    format: 'xlsx',
    fileName: { base: texts.fileBaseNames['customer-data'], subject: name },
    locale,
    currency: texts.currency,
    title: t('card.exportData.title', { name }),
    fileTypeName: texts.fileTypeName,
    flagLabels: texts.flagLabels,
    sheets: [
      { key: 'customers', name: t('card.exportData.profileSheet'), columns: customerFieldKeys.map((key) => ({ key, header: texts.fieldHeader(key), type: customerFields[key].type })) },
      { key: 'orders', name: texts.ordersSheet, columns: orderFieldKeys.map((key) => ({ key, header: texts.orderFieldHeader(key), type: orderFields[key].type })) },
      { key: 'consents', name: t('card.exportData.consentsSheet'), columns: consentColumns(t) }
    ]
  })
  if (!started) return null
  const { exportId } = started
  options.onStarted?.(started.fileName)
  try {
    const total = (await customerHistoryCounts(db, customerId)).orders
    let orders = 0
    const report = () => options.onProgress?.({ phase: 'orders', done: orders, total, counts: { orders } })
    report()
    await main('export:rows', { exportId, sheet: 'customers', rows: [customerExportRow(customer, customerFieldKeys, texts.customerLookups)] })
    // The history oldest first, a chunk at a time.
    for await (const chunk of customerOrderChunks(db, customerId, exportChunkRows)) {
      throwIfCancelled(options.signal, 'The export was cancelled')
      await main('export:rows', { exportId, sheet: 'orders', rows: chunk.map((order) => orderExportRow(order, name, texts.orderLookups)) })
      orders += chunk.length
      report()
    }
    const events = await consentHistory(db, customerId)
    if (events.length > 0) await main('export:rows', { exportId, sheet: 'consents', rows: events.map((event) => consentRow(event, t)) })
    throwIfCancelled(options.signal, 'The export was cancelled')
    options.onProgress?.({ phase: 'finishing', done: orders, total, fraction: 1, counts: { orders }, cancellable: false })
    const finished = await main('export:finish', { exportId })
    const auditId = await appendAudit(db, {
      action: 'export',
      staffName,
      customerIds: [customerId],
      details: { fileName: finished.fileName, format: 'xlsx', scope: 'customer', fields: [...customerFieldKeys], includeOrders: true, orders, consents: events.length, bytes: finished.bytes }
    })
    return { ...finished, orders, consentEvents: events.length, auditId }
  } catch (error) {
    await main('export:cancel', { exportId }).catch(() => undefined)
    throw error
  }
}
