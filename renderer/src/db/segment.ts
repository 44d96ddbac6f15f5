import type { EpochMs, Id } from '@shared/domain/types'

/**
 * A saved filter set of the customer list: it stays current because it stores the
 * conditions, not the matching ids. The list feature owns the shape of `filters`.
 */
export interface Segment {
  id?: Id
  name: string
  description: string
  filters: unknown
  createdAt: EpochMs
}
