import type { Id } from '@shared/domain/types'
import { customerFieldKeys } from '@shared/export/customer-fields'
import type { RegularsDatabase } from '@renderer/db'
import { runCustomerExport, type CustomerExportResult } from '@renderer/components/export/customer-export-run'
import { buildExportTexts } from '@renderer/components/export/export-texts'
import { callMain } from '@renderer/ipc'

/**
 * One customer's data for an access request (GDPR Art. 15/20, PRODUCT.md F22): every profile
 * field and all their orders in one .xlsx, through the export service of issue 6 (main asks
 * where to save it; the export is written to the audit log). Null when the user cancelled.
 */
export async function exportCustomerData(
  db: RegularsDatabase,
  customerId: Id,
  t: (key: string, named?: Record<string, unknown>) => string,
  locale: string
): Promise<CustomerExportResult | null> {
  const texts = await buildExportTexts(db, t, locale)
  const result = await runCustomerExport(
    db,
    { source: { ids: [customerId] }, fields: customerFieldKeys, includeOrders: true, format: 'xlsx', fileKind: 'customer-data', scope: 'customer' },
    texts,
    callMain
  )
  return result === 'cancelled' ? null : result
}
