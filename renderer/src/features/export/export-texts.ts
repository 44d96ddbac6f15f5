import type { OrderChannel, OrderKind, OrderStatus } from '@shared/domain/types'
import type { CustomerFieldKey } from '@shared/export/customer-fields'
import { appDb, getDataSettings } from '@renderer/db'
import { fieldLabelKey } from '@shared/customer-fields/derived'
import { fieldLookups, readFieldTables } from '../customer-fields/field-lookups'
import type { ExportTexts } from './customer-export-run'

type Translate = (key: string, named?: Record<string, unknown>) => string

const orderKinds: OrderKind[] = ['order', 'visit', 'booking']
const orderChannels: OrderChannel[] = ['walk-in', 'phone', 'online', 'delivery', 'takeaway', 'app']
const orderStatuses: OrderStatus[] = ['pending', 'accepted', 'rejected', 'completed', 'cancelled', 'no-show']

const labels = <K extends string>(keys: K[], prefix: string, t: Translate) =>
  Object.fromEntries(keys.map((key) => [key, t(`${prefix}.${key}`)])) as Record<K, string>

/**
 * Everything an export file needs in the UI language, read once before the first row: the
 * headers (the fields' labels), sheet names and labels, the store currency and what the
 * fields name (field-lookups.ts).
 */
export async function buildExportTexts(t: Translate, locale: string, now: Date = new Date()): Promise<ExportTexts> {
  const db = appDb()
  const [settings, tables] = await Promise.all([getDataSettings(db), readFieldTables()])
  const { stores } = tables
  const storeNames = new Map(stores.map((store) => [store.id!, store.name]))
  return {
    locale,
    currency: settings.mainCurrency,
    staffName: settings.staffName,
    title: t('export.file.title', { date: new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(now) }),
    fileTypeName: t('export.file.typeXlsx'),
    fileBaseNames: { customers: t('export.fileNames.customers'), 'customer-data': t('export.fileNames.customerData') },
    customersSheet: t('export.file.customersSheet'),
    ordersSheet: t('export.file.ordersSheet'),
    flagLabels: { yes: t('export.values.yes'), no: t('export.values.no') },
    fieldHeader: (key: CustomerFieldKey) => t(fieldLabelKey(key)),
    orderFieldHeader: (key) => t(`export.orderFields.${key}`),
    customerLookups: fieldLookups(tables, t, locale),
    orderLookups: {
      storeNames,
      storeCurrencies: new Map(stores.map((store) => [store.id!, store.currency])),
      kindLabels: labels(orderKinds, 'export.values.kinds', t),
      channelLabels: labels(orderChannels, 'export.values.channels', t),
      statusLabels: labels(orderStatuses, 'export.values.statuses', t)
    }
  }
}

/** The file-type name the save dialog shows for the chosen format. */
export function fileTypeName(format: 'xlsx' | 'csv', t: Translate): string {
  return format === 'xlsx' ? t('export.file.typeXlsx') : t('export.file.typeCsv')
}
