import type { OrderInput } from '@shared/domain/schemas'
import type { OrderChannel, OrderKind, OrderStatus } from '@shared/domain/types'

/**
 * The "new visit / order / booking" form as data, and its checks, apart from the dialog so
 * they are tested without a browser. Money is typed in major units (12,50) and stored in
 * minor units of the store's currency.
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
  /** Major units; null = the sum of the lines. */
  value: number | null
  tip: number | null
  staffName: string
  notes: string
}

export type OrderDraftError = 'store-required' | 'future-done' | 'booking-past' | 'line-name-required' | 'value-negative' | 'quantity-invalid'

export function statusesFor(kind: OrderKind): OrderStatus[] {
  return kind === 'booking' ? ['accepted', 'pending'] : ['completed', 'accepted', 'pending', 'no-show']
}

export function defaultDraft(kind: OrderKind, storeId: number | null, now: number, staffName: string): OrderDraft {
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
    value: null,
    tip: null,
    staffName,
    notes: ''
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

/** Problems with the draft, by field ("storeId", "at", "lines.0.name", "value"). */
export function draftErrors(draft: OrderDraft, now: number): Record<string, OrderDraftError> {
  const errors: Record<string, OrderDraftError> = {}
  if (draft.storeId === null) errors['storeId'] = 'store-required'
  if ((draft.status === 'completed' || draft.status === 'no-show') && draft.at > now + 60_000) errors['at'] = 'future-done'
  if (draft.kind === 'booking' && draft.at < now - 60_000 && draft.status !== 'completed') errors['at'] = 'booking-past'
  draft.lines.forEach((line, index) => {
    if (line.name.trim() === '' && (line.unitPrice ?? 0) !== 0) errors[`lines.${index}.name`] = 'line-name-required'
    if (line.quantity !== null && !(line.quantity > 0)) errors[`lines.${index}.quantity`] = 'quantity-invalid'
  })
  if ((draft.value ?? 0) < 0 || (draft.tip ?? 0) < 0) errors['value'] = 'value-negative'
  return errors
}

/** The order to write, once draftErrors() is empty. */
export function draftToInput(draft: OrderDraft, minorPerMajor: number, now: number, recordedBy: string): OrderInput {
  const lines = draft.lines.filter((line) => line.name.trim() !== '')
  const value = draft.value === null ? linesTotalMinor(lines, minorPerMajor) : toMinor(draft.value, minorPerMajor)
  return {
    storeId: draft.storeId!,
    kind: draft.kind,
    channel: draft.channel,
    status: draft.status,
    statusHistory: [{ status: draft.status, at: now, staffName: recordedBy }],
    at: draft.at,
    createdAt: now,
    value,
    tip: toMinor(draft.tip ?? 0, minorPerMajor),
    items: lines.map((line) => ({ name: line.name.trim(), quantity: line.quantity ?? 1, unitPrice: toMinor(line.unitPrice ?? 0, minorPerMajor) })),
    staffName: draft.staffName.trim(),
    notes: draft.notes.trim()
  }
}
