import type { OrderStatus } from './types'

/** Every way an order's status can go from creation to where it rests, for random-order tests. */
export const orderStatusPaths: OrderStatus[][] = [
  ['pending'],
  ['pending', 'accepted'],
  ['pending', 'rejected'],
  ['pending', 'cancelled'],
  ['pending', 'accepted', 'cancelled'],
  ['pending', 'accepted', 'completed'],
  ['pending', 'accepted', 'no-show'],
  ['completed']
]
