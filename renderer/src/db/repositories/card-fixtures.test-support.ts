import { emptyProfile } from '@shared/domain/customer'
import type { CustomerProfileInput, OrderInput } from '@shared/domain/schemas'
import type { OrderStatus } from '@shared/domain/types'

/** Builders shared by the card repositories' unit tests (merge, erase, block, consents). */

export const t0 = Date.UTC(2026, 2, 2, 9)

export function profile(patch: Partial<CustomerProfileInput> = {}): CustomerProfileInput {
  return { ...emptyProfile(), ...patch }
}

export function visit(storeId: number, at: number, value: number, patch: Partial<OrderInput> & { status?: OrderStatus } = {}): OrderInput {
  const status = patch.status ?? 'completed'
  return {
    storeId,
    kind: 'visit',
    channel: 'walk-in',
    status,
    statusHistory: [{ status, at }],
    at,
    createdAt: at,
    value,
    tip: 0,
    items: [],
    staffName: 'Marta',
    notes: '',
    ...patch
  }
}
