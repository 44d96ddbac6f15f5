import type { EditableOrderField } from '@shared/domain/types'

/** The message of each editable order field's label: the same words the form and the history use. */
export const orderFieldLabelKeys: Record<EditableOrderField, string> = {
  kind: 'card.addOrder.kind',
  storeId: 'card.orders.columns.store',
  at: 'card.addOrder.when',
  status: 'card.orders.columns.status',
  channel: 'card.detail.channel',
  items: 'card.orders.columns.items',
  value: 'card.orders.columns.value',
  discount: 'fields.discountPercent',
  tip: 'card.orders.columns.tip',
  staffName: 'card.orders.columns.staff',
  notes: 'card.detail.notes'
}
