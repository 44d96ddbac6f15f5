import type { EditableOrderField, Order, OrderFieldChange } from './types'

/**
 * Editing a saved order (PRODUCT.md F2): which fields the desk may change, and what one edit
 * changed — recorded on the order (`edits`) and in the audit log, so a value changed after
 * the day was closed is never a silent change.
 */

/** Every editable field, in the order the form shows them (and a change list reads). */
export const editableOrderFields = ['kind', 'storeId', 'at', 'status', 'channel', 'items', 'value', 'discount', 'tip', 'staffName', 'notes'] as const satisfies readonly EditableOrderField[]

// A field added to EditableOrderField but not to the list above is a compile error here.
type Missing = Exclude<EditableOrderField, (typeof editableOrderFields)[number]>
const everyFieldListed: Missing extends never ? true : Missing = true
void everyFieldListed

export type OrderEditPatch = { [F in EditableOrderField]?: Order[F] }

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null)
}

/** The fields whose value differs between two versions of an order, in the form's order. */
export function orderChanges(before: Pick<Order, EditableOrderField>, after: Pick<Order, EditableOrderField>): OrderFieldChange[] {
  const changes: OrderFieldChange[] = []
  for (const field of editableOrderFields) {
    if (!same(before[field], after[field])) changes.push({ field, before: before[field], after: after[field] } as OrderFieldChange)
  }
  return changes
}

/**
 * The same changes with the notes' texts left out: erasing a customer wipes their orders'
 * notes (free text that may name them), so copies in the edit history and the audit go too.
 * That the notes changed, and when, stays.
 */
export function withoutNoteTexts(changes: readonly OrderFieldChange[]): OrderFieldChange[] {
  return changes.map((change) => (change.field === 'notes' ? { field: 'notes', before: '', after: '' } : change))
}
