import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie'
import { openBookingStatuses } from '@shared/domain/metrics'
import { orderStatuses } from '@shared/domain/schemas'
import type {
  AuditEntry,
  Category,
  ConsentEvent,
  Customer,
  CustomerGroup,
  CustomerStoreStats,
  FiguresDue,
  Id,
  OpenBooking,
  Order,
  Setting,
  StaffMember,
  Store
} from '@shared/domain/types'
import type { CustomRole } from '@shared/staff/rights'
import type { Segment } from './segment'

/**
 * The one database of the app, and every version of its schema.
 *
 * Rules (ARCHITECTURE.md "Database"):
 * - A version that has shipped is NEVER edited. A change is a new `this.version(n + 1)` below
 *   with only the changed tables and, when data must move, an `.upgrade()`; add a fixture and
 *   an upgrade case to schema-upgrade.test.ts (see its header).
 * - Every index costs write time (about 1/3 of the write rate for 10 indexes + tokens on these
 *   machines), so each one below names who queries it.
 * - The database name is fixed forever: renaming it loses every customer.
 */
export const DATABASE_NAME = 'regulars'

/** Indexes of version 1, kept as data so tests and the README can list them. */
export const schemaV1 = {
  // Sortable list columns each have an index (the list pages through an index in its order); the multi-entry ones serve search
  // (*tokens), category/group/store filters and exact duplicate lookup by phone/e-mail.
  customers: [
    '++id',
    'sortName',
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
    'type',
    'blocked',
    'consentEmail',
    'consentSms',
    'birthdayMonth',
    'importBatchId',
    '*tokens',
    '*categoryIds',
    '*groupIds',
    '*storeIds',
    '*phones',
    '*emails'
  ].join(', '),
  // A customer's history newest first, upcoming bookings by status and time, undo of an import.
  orders: '++id, [customerId+at], [status+at], importBatchId',
  // Store-filtered list: a store's customers sorted by any metric column.
  customerStoreStats: [
    '[customerId+storeId]',
    '[storeId+lastActivityAt]',
    '[storeId+orderCount]',
    '[storeId+totalValue]',
    '[storeId+averageValue]',
    '[storeId+visits]',
    '[storeId+tipsTotal]',
    '[storeId+firstOrderAt]',
    '[storeId+lastOrderAt]',
    '[storeId+estimatedAnnualValue]'
  ].join(', '),
  stores: '++id',
  categories: '++id',
  groups: '++id',
  // A customer's consent history, oldest first.
  consentEvents: '++id, [customerId+at]',
  // The audit view lists newest first and filters by action.
  audit: '++id, at, action',
  settings: 'key',
  staff: '++id',
  // Saved filter sets of the customer list.
  segments: '++id'
} as const

/**
 * Version 2: the customers table sheds three indexes, because each index entry costs write
 * time on every customer written (≈ 7 µs in Chromium here: an import of 100 000 rows paid
 * ≈ 0.7 s for each single-valued index):
 * - `*phones` and `*emails` go: exact lookups (duplicate warnings, import matching) use the
 *   search tokens, which hold every phone's international digits and every whole e-mail,
 *   and check the row (repositories/customers.ts `customersByContact`).
 * - `importBatchId` goes: the import's audit entry lists the ids it created.
 * And a table comes: `openBookings`, one small row per customer with an open booking (the
 * latest slot, `latestAt`, indexed). "Has an upcoming booking" is then a key range instead of
 * reading every future order's row (2–5 s on 2 000 000 orders). Not a field of the customer
 * row: the upgrade would have rewritten ~90 000 of 200 000 customers with all their index
 * entries (5.6 min measured, the window blank meanwhile); small rows of their own take seconds.
 */
export const schemaV2 = {
  ...schemaV1,
  customers: schemaV1.customers
    .split(', ')
    .filter((index) => !['*phones', '*emails', 'importBatchId'].includes(index))
    .join(', '),
  openBookings: 'customerId, latestAt'
}

/**
 * Version 3, two changes:
 * - An index on `referral.sourceId` ("How they found us", sortable and filterable). A sparse
 *   index: only customers with a referral are in it, so no row is rewritten — the rows that
 *   lack the field stay as they are, and adding the index only reads them. The list puts
 *   customers without one after the others (list-query/scoped-reads.ts).
 * - Figures count only what has happened (a booking for next week is not money spent yet), so
 *   stored figures change when an upcoming order's time comes. `figuresDue` keeps, for each
 *   customer with such an order, the earliest of those times (`dueAt`, indexed): the app
 *   brings those customers' figures up to date as their time comes (repositories/due-figures.ts)
 *   by reading one key range. The upgrade marks every customer with an order after the
 *   upgrade's time as due at once (`dueAt` 0), reading only those orders through
 *   `[status+at]`: their figures, computed when future orders still counted, are recomputed in
 *   the background after start, instead of rewriting customers inside the upgrade with the
 *   window blank.
 */
export const schemaV3 = {
  ...schemaV2,
  customers: `${schemaV2.customers}, referral.sourceId`,
  figuresDue: 'customerId, dueAt'
}

/**
 * Version 4: the audit log can be searched by a customer's name. A multi-entry index on
 * `customerIds` turns the customers whose name matches (the search tokens) into their entries
 * with one index read, instead of reading every entry (tens of thousands, each holding up to
 * 10 000 ids). No upgrade function: IndexedDB builds the index by reading the audit rows once
 * when the database opens; no row is rewritten, and the customers table is not touched. An
 * entry costs one index entry per customer it names (≈ 7 µs each: 70 ms for the largest bulk
 * entry, written once).
 */
export const schemaV4 = {
  ...schemaV3,
  audit: `${schemaV3.audit}, *customerIds`
}

/**
 * Version 5: staff get roles, a store scope, an active flag and a hashed PIN (F23), and custom
 * roles get a table of their own (a handful of rows, read whole). Customers get an index on
 * `homeStoreId`: a one-store person's list is the customers with an order in their stores
 * (`*storeIds`) or that home store (list-query/conditions.ts `visibleToPerson`). Adding it
 * reads the rows once and rewrites none; history keeps the names it recorded ("this PC" too).
 */
export const schemaV5 = {
  ...schemaV4,
  customers: `${schemaV4.customers}, homeStoreId`,
  roles: '++id'
}

export class RegularsDatabase extends Dexie {
  customers!: EntityTable<Customer, 'id'>
  orders!: EntityTable<Order, 'id'>
  customerStoreStats!: Table<CustomerStoreStats, [number, number]>
  stores!: EntityTable<Store, 'id'>
  categories!: EntityTable<Category, 'id'>
  groups!: EntityTable<CustomerGroup, 'id'>
  consentEvents!: EntityTable<ConsentEvent, 'id'>
  audit!: EntityTable<AuditEntry, 'id'>
  settings!: Table<Setting, string>
  staff!: EntityTable<StaffMember, 'id'>
  segments!: EntityTable<Segment, 'id'>
  openBookings!: Table<OpenBooking, Id>
  figuresDue!: Table<FiguresDue, Id>
  roles!: EntityTable<CustomRole, 'id'>

  /**
   * `relaxed`: only for a second connection that writes what can be worked out again (a rules
   * pass, whose owed-pass marker is written strictly): a commit is not flushed to the disk.
   */
  constructor(name: string = DATABASE_NAME, options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange; durability?: 'strict' | 'relaxed' } = {}) {
    const { durability = 'strict', ...dependencies } = options
    // Strict durability: a committed visit survives a power cut at the front desk.
    super(name, { ...dependencies, chromeTransactionDurability: durability })
    this.version(1).stores(schemaV1)
    this.version(2)
      .stores({ customers: schemaV2.customers, openBookings: schemaV2.openBookings })
      .upgrade((transaction) => writeOpenBookings(transaction))
    this.version(3)
      .stores({ customers: schemaV3.customers, figuresDue: schemaV3.figuresDue })
      .upgrade((transaction) => markFutureOrdersDue(transaction, Date.now()))
    this.version(4).stores({ audit: schemaV4.audit })
    this.version(5)
      .stores({ customers: schemaV5.customers, roles: schemaV5.roles })
      .upgrade((transaction) => giveStaffRolesAndScopes(transaction))
  }
}

/**
 * Version 5's upgrade: the staff rows of versions 1–4 (`role` owner | manager | staff, `storeIds`
 * empty for all stores) in the new shape. None has a PIN yet: the owner set-up comes first.
 */
async function giveStaffRolesAndScopes(transaction: Transaction): Promise<void> {
  const roleIds = { owner: 'owner', manager: 'manager', staff: 'front-desk' } as const
  await transaction
    .table('staff')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      const role = row.role as keyof typeof roleIds
      delete row.role
      row.roleId = roleIds[role] ?? 'front-desk'
      row.allStores = role !== 'staff'
      row.storeIds = Array.isArray(row.storeIds) ? row.storeIds : []
      row.active = true
    })
}

/** Version 3's upgrade: every customer with an order after `now` is due for a recompute. */
async function markFutureOrdersDue(transaction: Transaction, now: number): Promise<void> {
  const due = new Set<number>()
  for (const status of orderStatuses) {
    await transaction
      .table('orders')
      .where('[status+at]')
      .between([status, now], [status, Dexie.maxKey], false, true)
      .each((order: Pick<Order, 'customerId'>) => void due.add(order.customerId))
  }
  await transaction.table('figuresDue').bulkPut([...due].map((customerId): FiguresDue => ({ customerId, dueAt: 0 })))
}

/** Version 2's upgrade: a row for every customer with an open booking, with its latest slot (checker rule). */
async function writeOpenBookings(transaction: Transaction): Promise<void> {
  const latest = new Map<number, number>()
  for (const status of openBookingStatuses) {
    await transaction
      .table('orders')
      .where('[status+at]')
      .between([status, Dexie.minKey], [status, Dexie.maxKey])
      .each((order: Pick<Order, 'customerId' | 'at'>) => {
        if (order.at > (latest.get(order.customerId) ?? -Infinity)) latest.set(order.customerId, order.at)
      })
  }
  await transaction.table('openBookings').bulkPut([...latest].map(([customerId, latestAt]): OpenBooking => ({ customerId, latestAt })))
}

/** Every version's stores as declared above: a restore opens a backup's rows at the version that wrote them. */
export const storesOfVersion: Readonly<Record<number, Record<string, string>>> = { 1: schemaV1, 2: schemaV2, 3: schemaV3, 4: schemaV4, 5: schemaV5 }

/** The latest version number declared above (what an upgraded database ends at). */
export const CURRENT_VERSION = 5
