import { isEmptySale } from '@shared/domain/empty-order'
import type { OrderEditPatch } from '@shared/domain/order-changes'
import type { OrderInput } from '@shared/domain/schemas'
import type { Order, OrderChannel, OrderDiscount, OrderItem, OrderKind, OrderStatus } from '@shared/domain/types'

/**
 * The visit / order / booking form as data — new, or an edit of a saved one — and its checks,
 * apart from the dialog so they are tested without a browser. Money is typed in major units
 * (12,50) and stored in minor units of the store's currency.
 *
 * Amounts: the **price** is the sum of the lines unless typed; the customer's permanent
 * discount, when applied, takes its percentage off the price; the **value** — what was
 * charged, what every figure counts — is the price less the discount unless typed. A typed
 * value overrides both (the desk charged something else); the discount is then not recorded.
 */

export interface OrderLineDraft {
  name: string
  quantity: number | null
  /** Major units per unit, as typed. */
  unitPrice: number | null
}

export interface OrderDraft {
  kind: OrderKind
  storeId: number | null
  at: number
  status: OrderStatus
  channel: OrderChannel
  lines: OrderLineDraft[]
  /** Major units before the discount; null = the sum of the lines. */
  price: number | null
  /** The permanent discount on offer (%): the customer's, or the one an edited order was given; 0 = none. */
  discountPercent: number
  applyDiscount: boolean
  /** Major units charged; null = the price less the discount. */
  value: number | null
  tip: number | null
  staffName: string
  notes: string
}

export type OrderDraftError = 'store-required' | 'future-done' | 'booking-past' | 'line-name-required' | 'value-negative' | 'quantity-invalid' | 'nothing-sold'

export function statusesFor(kind: OrderKind): OrderStatus[] {
  return kind === 'booking' ? ['accepted', 'pending'] : ['completed', 'accepted', 'pending', 'no-show']
}

export function defaultDraft(kind: OrderKind, storeId: number | null, now: number, staffName: string, discountPercent = 0): OrderDraft {
  const tomorrowTen = new Date(now)
  tomorrowTen.setDate(tomorrowTen.getDate() + 1)
  tomorrowTen.setHours(10, 0, 0, 0)
  return {
    kind,
    storeId,
    at: kind === 'booking' ? tomorrowTen.getTime() : now,
    status: kind === 'booking' ? 'accepted' : 'completed',
    channel: kind === 'booking' ? 'phone' : 'walk-in',
    lines: [],
    price: null,
    discountPercent,
    applyDiscount: discountPercent > 0,
    value: null,
    tip: null,
    staffName,
    notes: ''
  }
}

/**
 * A saved order as the form shows it for editing. Amounts that follow from the lines stay
 * computed (null), so changing a line changes them; a discount it was given stays on offer at
 * its percentage, even if the customer's has changed since.
 */
export function draftFromOrder(order: Order, minorPerMajor: number, customerDiscountPercent: number): OrderDraft {
  const major = (minor: number) => minor / minorPerMajor
  const lines = order.items.map((item) => ({ name: item.name, quantity: item.quantity, unitPrice: major(item.unitPrice) }))
  const linesTotal = itemsTotalMinor(order.items)
  const price = order.value + (order.discount?.amount ?? 0)
  const discounted = order.discount !== undefined
  return {
    kind: order.kind,
    storeId: order.storeId,
    at: order.at,
    status: order.status,
    channel: order.channel,
    lines,
    price: discounted && price !== linesTotal ? major(price) : null,
    discountPercent: order.discount?.percent ?? customerDiscountPercent,
    applyDiscount: discounted,
    value: discounted || order.value === linesTotal ? null : major(order.value),
    tip: order.tip === 0 ? null : major(order.tip),
    staffName: order.staffName,
    notes: order.notes
  }
}

/** Parses money or a quantity as the desk types it: "12,50", "12.50", "1 200,00". */
export function parseTypedNumber(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f']/g, '').replace(',', '.')
  if (cleaned === '') return null
  const value = Number(cleaned)
  return Number.isFinite(value) ? value : null
}

export function toMinor(major: number, minorPerMajor: number): number {
  return Math.round(major * minorPerMajor)
}

export function linesTotalMinor(lines: readonly OrderLineDraft[], minorPerMajor: number): number {
  return lines.reduce((sum, line) => sum + Math.round(toMinor(line.unitPrice ?? 0, minorPerMajor) * (line.quantity ?? 1)), 0)
}

function itemsTotalMinor(items: readonly OrderItem[]): number {
  return items.reduce((sum, item) => sum + Math.round(item.unitPrice * item.quantity), 0)
}

/** The form's amounts in minor units, as they stand. */
export interface DraftAmounts {
  price: number
  /** Taken off the price (0 when no discount applies). */
  discount: number
  /** What is charged: the value saved. */
  value: number
  /** Whether the value was typed (overriding the price and the discount). */
  valueTyped: boolean
}

function namedLines(draft: OrderDraft): OrderLineDraft[] {
  return draft.lines.filter((line) => line.name.trim() !== '')
}

export function draftAmounts(draft: OrderDraft, minorPerMajor: number): DraftAmounts {
  const price = draft.price === null ? linesTotalMinor(namedLines(draft), minorPerMajor) : toMinor(draft.price, minorPerMajor)
  const discount = draft.applyDiscount && draft.discountPercent > 0 ? Math.round((price * draft.discountPercent) / 100) : 0
  const valueTyped = draft.value !== null
  return { price, discount, value: valueTyped ? toMinor(draft.value!, minorPerMajor) : price - discount, valueTyped }
}

/**
 * Problems with the draft, by field ("storeId", "at", "lines.0.name", "value"). `original` is
 * the saved order when editing: a booking whose time has passed may still be corrected, as
 * long as its time is not moved into the past; an empty visit is refused only when the edit empties it.
 */
export function draftErrors(draft: OrderDraft, now: number, minorPerMajor: number, original?: Pick<Order, 'at' | 'kind' | 'status' | 'items' | 'value'>): Record<string, OrderDraftError> {
  const errors: Record<string, OrderDraftError> = {}
  if (draft.storeId === null) errors['storeId'] = 'store-required'
  if ((draft.status === 'completed' || draft.status === 'no-show') && draft.at > now + 60_000) errors['at'] = 'future-done'
  const timeMoved = original === undefined || original.at !== draft.at
  if (draft.kind === 'booking' && timeMoved && draft.at < now - 60_000 && draft.status !== 'completed') errors['at'] = 'booking-past'
  draft.lines.forEach((line, index) => {
    if (line.name.trim() === '' && (line.unitPrice ?? 0) !== 0) errors[`lines.${index}.name`] = 'line-name-required'
    if (line.quantity !== null && !(line.quantity > 0)) errors[`lines.${index}.quantity`] = 'quantity-invalid'
  })
  const amounts = draftAmounts(draft, minorPerMajor)
  if ((draft.price ?? 0) < 0 || (draft.value ?? 0) < 0 || (draft.tip ?? 0) < 0) errors['value'] = 'value-negative'
  // An old empty visit (saved before they were refused) may still be corrected in other ways, as the data layer allows.
  else if (isEmptySale({ kind: draft.kind, status: draft.status, items: namedLines(draft) as OrderItem[], value: amounts.value }) && !(original && isEmptySale(original))) errors['value'] = 'nothing-sold'
  return errors
}

/** Everything the desk decides in the form, as the order stores it. */
function draftContent(draft: OrderDraft, minorPerMajor: number): Required<Omit<OrderEditPatch, 'discount'>> & { discount: OrderDiscount | undefined } {
  const amounts = draftAmounts(draft, minorPerMajor)
  return {
    kind: draft.kind,
    storeId: draft.storeId!,
    at: draft.at,
    status: draft.status,
    channel: draft.channel,
    items: namedLines(draft).map((line) => ({ name: line.name.trim(), quantity: line.quantity ?? 1, unitPrice: toMinor(line.unitPrice ?? 0, minorPerMajor) })),
    value: amounts.value,
    // Recorded only when it made the value: a typed value replaced it.
    discount: !amounts.valueTyped && amounts.discount > 0 ? { percent: draft.discountPercent, amount: amounts.discount } : undefined,
    tip: toMinor(draft.tip ?? 0, minorPerMajor),
    staffName: draft.staffName.trim(),
    notes: draft.notes.trim()
  }
}

/** The order to write, once draftErrors() is empty. */
export function draftToInput(draft: OrderDraft, minorPerMajor: number, now: number, recordedBy: string): OrderInput {
  const { discount, ...content } = draftContent(draft, minorPerMajor)
  return {
    ...content,
    ...(discount ? { discount } : {}),
    statusHistory: [{ status: draft.status, at: now, staffName: recordedBy }],
    createdAt: now
  }
}

/** The edit to save (every field the form shows; the data layer records only those that changed). */
export function draftToEdit(draft: OrderDraft, minorPerMajor: number): OrderEditPatch {
  return draftContent(draft, minorPerMajor)
}
