import type { Id, Order, OrderChannel, OrderKind, OrderStatus } from '../domain/types'
import type { ExportCell, ExportColumnType } from './export-spec'

/**
 * The columns of the orders sheet (optional second sheet of a customer export). Headers are
 * translated by the renderer (`export.orderFields.<key>`).
 */

export interface OrderExportLookups {
  storeNames: ReadonlyMap<Id, string>
  storeCurrencies: ReadonlyMap<Id, string>
  kindLabels: Record<OrderKind, string>
  channelLabels: Record<OrderChannel, string>
  statusLabels: Record<OrderStatus, string>
}

export interface OrderField {
  type: ExportColumnType
  value(order: Order, customerName: string, lookups: OrderExportLookups): ExportCell
}

export const orderFields = {
  customerId: { type: 'number', value: (o) => o.customerId },
  customer: { type: 'text', value: (_o, name) => name || null },
  at: { type: 'datetime', value: (o) => o.at || null },
  store: { type: 'text', value: (o, _n, l) => l.storeNames.get(o.storeId) ?? null },
  kind: { type: 'text', value: (o, _n, l) => l.kindLabels[o.kind] },
  channel: { type: 'text', value: (o, _n, l) => l.channelLabels[o.channel] },
  status: { type: 'text', value: (o, _n, l) => l.statusLabels[o.status] },
  value: { type: 'money', value: (o) => o.value },
  tip: { type: 'money', value: (o) => o.tip || null },
  // A chain may have a store in another currency: the code says which one a value is in.
  currency: { type: 'text', value: (o, _n, l) => l.storeCurrencies.get(o.storeId) ?? null },
  items: {
    type: 'text',
    value: (o) => (o.items.length === 0 ? null : o.items.map((item) => (item.quantity === 1 ? item.name : `${item.quantity}× ${item.name}`)).join('; '))
  },
  staff: { type: 'text', value: (o) => o.staffName || null },
  notes: { type: 'text', value: (o) => o.notes || null }
} satisfies Record<string, OrderField>

export type OrderFieldKey = keyof typeof orderFields
export const orderFieldKeys = Object.keys(orderFields) as OrderFieldKey[]

export function orderExportRow(order: Order, customerName: string, lookups: OrderExportLookups): ExportCell[] {
  return orderFieldKeys.map((key) => orderFields[key].value(order, customerName, lookups))
}
