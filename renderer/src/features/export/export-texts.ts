import type { CustomerType, OrderChannel, OrderKind, OrderStatus } from '@shared/domain/types'
import type { CustomerFieldKey } from '@shared/export/customer-fields'
import { appDb, getDataSettings, listCategories, listGroups, listStores } from '@renderer/db'
import type { ExportTexts } from './customer-export-run'

type Translate = (key: string, named?: Record<string, unknown>) => string

const customerTypes: CustomerType[] = ['registered', 'contact']
const orderKinds: OrderKind[] = ['order', 'visit', 'booking']
const orderChannels: OrderChannel[] = ['walk-in', 'phone', 'online', 'delivery', 'takeaway', 'app']
const orderStatuses: OrderStatus[] = ['pending', 'accepted', 'rejected', 'completed', 'cancelled', 'no-show']

const labels = <K extends string>(keys: K[], prefix: string, t: Translate) =>
  Object.fromEntries(keys.map((key) => [key, t(`${prefix}.${key}`)])) as Record<K, string>

/**
 * Everything an export file needs in the UI language, read once before the first row: the
 * headers, sheet names and labels, the store currency and the names of categories, groups and
 * stores (a handful of rows each).
 */
export async function buildExportTexts(t: Translate, locale: string, now: Date = new Date()): Promise<ExportTexts> {
  const db = appDb()
  const [settings, categories, groups, stores] = await Promise.all([getDataSettings(db), listCategories(db), listGroups(db), listStores(db)])
  const dayMonth = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit' })
  const storeNames = new Map(stores.map((store) => [store.id!, store.name]))
  return {
    locale,
    currency: settings.mainCurrency,
    staffName: settings.staffName,
    title: t('export.file.title', { date: new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(now) }),
    fileTypeName: t('export.file.typeXlsx'),
    customersSheet: t('export.file.customersSheet'),
    ordersSheet: t('export.file.ordersSheet'),
    flagLabels: { yes: t('export.values.yes'), no: t('export.values.no') },
    fieldHeader: (key: CustomerFieldKey) => t(`export.fields.${key}`),
    orderFieldHeader: (key) => t(`export.orderFields.${key}`),
    customerLookups: {
      categoryNames: new Map(categories.map((category) => [category.id!, category.name])),
      groupNames: new Map(groups.map((group) => [group.id!, group.name])),
      storeNames,
      typeLabels: labels(customerTypes, 'export.values.types', t),
      // Day and month of a birthday without a year, the locale's way (Jan 2 is unambiguous).
      dayAndMonth: (month, day) => dayMonth.format(new Date(2000, month - 1, day))
    },
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
