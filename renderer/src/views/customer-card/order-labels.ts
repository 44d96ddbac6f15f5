import type { OrderChannel, OrderKind, OrderStatus } from '@shared/domain/types'

export const orderStatuses: readonly OrderStatus[] = ['completed', 'accepted', 'pending', 'no-show', 'cancelled', 'rejected']
export const orderKinds: readonly OrderKind[] = ['visit', 'order', 'booking']
export const orderChannels: readonly OrderChannel[] = ['walk-in', 'phone', 'online', 'delivery', 'takeaway', 'app']

/** Naive UI tag type per status: done is green, missed or refused red, waiting amber. */
export function statusTagType(status: OrderStatus): 'success' | 'error' | 'warning' | 'info' | 'default' {
  switch (status) {
    case 'completed':
      return 'success'
    case 'no-show':
    case 'rejected':
      return 'error'
    case 'pending':
      return 'warning'
    case 'accepted':
      return 'info'
    default:
      return 'default'
  }
}

/** The statuses an order may move to from its current one, in the order the desk needs them. */
export function nextStatuses(status: OrderStatus): OrderStatus[] {
  switch (status) {
    case 'pending':
      return ['accepted', 'rejected', 'cancelled']
    case 'accepted':
      return ['completed', 'no-show', 'cancelled']
    case 'completed':
    case 'no-show':
      return status === 'completed' ? ['no-show'] : ['completed']
    default:
      return []
  }
}
