import Dexie from 'dexie'
import { displayName } from '@shared/domain/customer'
import type { ConsentEvent, Id } from '@shared/domain/types'
import { AppError } from '@shared/errors'
import { customerExportRow, customerFieldKeys, customerFields } from '@shared/export/customer-fields'
import { exportChunkRows, type ExportCell, type ExportColumn } from '@shared/export/export-spec'
import { orderExportRow, orderFieldKeys, orderFields } from '@shared/export/order-fields'
import type { ExportFinished } from '@shared/ipc/contract-export'
import { appendAudit, consentHistory, dataErrors, THIS_PC, type RegularsDatabase } from '@renderer/db'
import type { MainCall } from '@renderer/components/export/customer-export-run'
import { buildExportTexts } from '@renderer/components/export/export-texts'

/**
 * One customer's data for an access request (GDPR Art. 15/20, PRODUCT.md F22): one .xlsx with
 * every profile field, all their visits and orders, and the consent history (when, channel,
 * given or withdrawn, source, staff member, wording), through the export service of issue 6:
 * main asks where to save it, writes it to a temporary file and renames it when complete.
 * Written to the audit log like any export. Null when the user cancelled the save dialog.
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

export async function exportCustomerData(db: RegularsDatabase, customerId: Id, t: Translate, locale: string, main: MainCall, staffName: string): Promise<CustomerDataExport | null> {
  const customer = await db.customers.get(customerId)
  if (!customer) throw new AppError(dataErrors.customerNotFound, `Customer ${customerId} not found`)
  // Erased data is never exported (there is none left to give).
  if (customer.erased) throw new AppError(dataErrors.customerErased, `Customer ${customerId} is erased`)
  const texts = await buildExportTexts(db, t, locale)
  const name = displayName(customer)
  const started = await main('export:begin', {
    format: 'xlsx',
    fileKind: 'customer-data',
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
  try {
    await main('export:rows', { exportId, sheet: 'customers', rows: [customerExportRow(customer, customerFieldKeys, texts.customerLookups)] })
    // The history oldest first: its ids from the index, then the rows a chunk at a time.
    const orderIds = (await db.orders.where('[customerId+at]').between([customerId, Dexie.minKey], [customerId, Dexie.maxKey]).primaryKeys()) as Id[]
    for (let start = 0; start < orderIds.length; start += exportChunkRows) {
      const chunk = (await db.orders.bulkGet(orderIds.slice(start, start + exportChunkRows))).filter((order) => order !== undefined)
      await main('export:rows', { exportId, sheet: 'orders', rows: chunk.map((order) => orderExportRow(order, name, texts.orderLookups)) })
    }
    const orders = orderIds.length
    const events = await consentHistory(db, customerId)
    if (events.length > 0) await main('export:rows', { exportId, sheet: 'consents', rows: events.map((event) => consentRow(event, t)) })
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
