import type { SortColumn } from '@shared/list/list-query'

/**
 * The list's columns (issue 4 §2): what each shows, how wide it is, how it aligns and which
 * index sorts it. Widths are fixed so that the header and every virtual row line up without
 * measuring; figures align right with tabular digits.
 */

export const columnKeys = [
  'name',
  'phone',
  'email',
  'type',
  'createdAt',
  'orderCount',
  'totalValue',
  'averageValue',
  'visits',
  'tipsTotal',
  'discountPercent',
  'firstOrderAt',
  'lastOrderAt',
  'lastActivityAt',
  'estimatedAnnualValue',
  'categories',
  'consents',
  'store',
  'blocked'
] as const

export type ColumnKey = (typeof columnKeys)[number]

export type CellKind = 'name' | 'text' | 'phone' | 'email' | 'type' | 'count' | 'money' | 'percent' | 'date' | 'estimate' | 'categories' | 'consents' | 'store' | 'blocked'

export interface ColumnDef {
  key: ColumnKey
  kind: CellKind
  /** Least pixels; widened to fit the language's header and the widest value (column-widths.ts). */
  width: number
  align: 'left' | 'right' | 'center'
  /** The index that sorts it; none for columns without one (phones, e-mails, chips). */
  sort?: SortColumn
  /** The name column identifies the row and cannot be hidden. */
  required?: boolean
  /** Text that may be long (names, e-mails, chips) takes a share of any room left (grid `fr`). */
  grow?: number
}

export const columns: Record<ColumnKey, ColumnDef> = {
  name: { key: 'name', kind: 'name', width: 184, align: 'left', sort: 'name', required: true, grow: 2 },
  phone: { key: 'phone', kind: 'phone', width: 142, align: 'left' },
  email: { key: 'email', kind: 'email', width: 176, align: 'left', grow: 3 },
  type: { key: 'type', kind: 'type', width: 112, align: 'left', sort: 'type' },
  createdAt: { key: 'createdAt', kind: 'date', width: 104, align: 'right', sort: 'createdAt' },
  orderCount: { key: 'orderCount', kind: 'count', width: 76, align: 'right', sort: 'orderCount' },
  totalValue: { key: 'totalValue', kind: 'money', width: 116, align: 'right', sort: 'totalValue' },
  averageValue: { key: 'averageValue', kind: 'money', width: 116, align: 'right', sort: 'averageValue' },
  visits: { key: 'visits', kind: 'count', width: 72, align: 'right', sort: 'visits' },
  tipsTotal: { key: 'tipsTotal', kind: 'money', width: 108, align: 'right', sort: 'tipsTotal' },
  discountPercent: { key: 'discountPercent', kind: 'percent', width: 80, align: 'right', sort: 'discountPercent' },
  firstOrderAt: { key: 'firstOrderAt', kind: 'date', width: 104, align: 'right', sort: 'firstOrderAt' },
  lastOrderAt: { key: 'lastOrderAt', kind: 'date', width: 104, align: 'right', sort: 'lastOrderAt' },
  lastActivityAt: { key: 'lastActivityAt', kind: 'date', width: 104, align: 'right', sort: 'lastActivityAt' },
  estimatedAnnualValue: { key: 'estimatedAnnualValue', kind: 'estimate', width: 132, align: 'right', sort: 'estimatedAnnualValue' },
  categories: { key: 'categories', kind: 'categories', width: 160, align: 'left', grow: 1 },
  consents: { key: 'consents', kind: 'consents', width: 118, align: 'left' },
  store: { key: 'store', kind: 'store', width: 150, align: 'left' },
  blocked: { key: 'blocked', kind: 'blocked', width: 108, align: 'left', sort: 'blocked' }
}

/** What a new user sees: who, how to reach them, what they are worth, when they were last here. */
export const defaultVisibleColumns: readonly ColumnKey[] = ['name', 'phone', 'email', 'orderCount', 'totalValue', 'lastActivityAt', 'categories']

export function isColumnKey(value: unknown): value is ColumnKey {
  return typeof value === 'string' && (columnKeys as readonly string[]).includes(value)
}
