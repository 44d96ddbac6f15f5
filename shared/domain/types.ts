/**
 * The domain model shared by main and renderer. Pure types: no Dexie, no DOM, no Electron.
 *
 * Conventions (they keep every field indexable in IndexedDB and comparable in Node):
 * - ids are positive integers assigned by the database;
 * - instants are epoch milliseconds (number); "no date" is NO_DATE (0);
 * - money is an integer number of minor units (cents, grosze…) in the store's currency;
 * - flags that must be indexed are 0 | 1 (IndexedDB cannot index booleans).
 */
import type { RoleId } from '../staff/rights'
import type { SecretHash } from '../staff/secret-hash'
import type { RuleEffects } from '../rules/rule'

export type Id = number
export type EpochMs = number
export type MinorUnits = number
export type Flag = 0 | 1

export const NO_DATE: EpochMs = 0
/** estimatedAnnualValue when there is not enough history (see metrics rules). */
export const NOT_ESTIMABLE = -1

export interface Store {
  id?: Id
  name: string
  /** ISO 4217, e.g. "PLN". */
  currency: string
  address?: string
  /** ISO 3166-1 alpha-2: where the store is; phone numbers written without "+" are read as this country's. */
  country?: string
}

export interface Category {
  id?: Id
  name: string
  /** CSS hex colour, "#1f6feb". */
  color: string
}

export interface CustomerGroup {
  id?: Id
  name: string
  description: string
}

/**
 * A person at the desk (F23). Deactivated, never deleted, so history keeps their name. Rights
 * come from the role (shared/staff/rights.ts); which customers they see from the store scope.
 */
export interface StaffMember {
  id?: Id
  name: string
  roleId: RoleId
  /** Sees every store's customers, or only those of `storeIds` (shared/staff/store-scope.ts). */
  allStores: boolean
  storeIds: Id[]
  active: boolean
  /** Salted slow hash of the PIN (shared/staff/secret-hash.ts); without one, no sign-in. */
  pin?: SecretHash
  /** The owner's recovery code, hashed: it resets a forgotten owner PIN. */
  recovery?: SecretHash
}

export type CustomerType = 'registered' | 'contact'

export type ConsentChannel = 'email' | 'sms'
export type ConsentSource = 'desk' | 'import' | 'form' | 'online'

export interface ConsentState {
  granted: boolean
  /** When it was last given or withdrawn; NO_DATE when never asked. */
  at: EpochMs
  source?: ConsentSource
}

/** One change of a marketing consent; the customer row holds the current state. */
export interface ConsentEvent {
  id?: Id
  customerId: Id
  channel: ConsentChannel
  granted: boolean
  at: EpochMs
  source: ConsentSource
  /** Staff member who recorded it, or "this PC" before staff exist. */
  staffName: string
  /** The consent text shown to the customer when it was given. */
  wording: string
  /** For source "import": the file it came from. */
  importFile?: string
}

export interface Address {
  street: string
  postalCode: string
  city: string
  /** ISO 3166-1 alpha-2, may be empty. */
  country: string
}

/**
 * Figures kept current from the orders (see shared/domain/metrics.ts for the rules). The
 * customer row carries them for all orders of stores in the main currency; the per-store
 * stats rows carry them per store.
 */
export interface Metrics {
  /** Counted orders: all but pending ones and ones cancelled before being accepted or rejected. */
  orderCount: number
  /** Sum of counted orders' values. */
  totalValue: MinorUnits
  /** totalValue / orderCount, rounded; 0 with no counted order. */
  averageValue: MinorUnits
  tipsTotal: MinorUnits
  /** Completed orders/visits. */
  visits: number
  noShows: number
  firstOrderAt: EpochMs
  lastOrderAt: EpochMs
  /**
   * Latest of: the customer's creation, and any order's (any status) creation or status
   * change; not a booking's future slot (see metrics.ts).
   */
  lastActivityAt: EpochMs
  /** 1 when some order was ever accepted or rejected. */
  active: Flag
  /** Per year, or NOT_ESTIMABLE (fewer than 4 counted orders, or under 6 days between first and last). */
  estimatedAnnualValue: MinorUnits
}

/**
 * A way customers find the business, in the manager's list (Settings): the seven presets
 * (named in the UI language until the manager renames them) and the manager's own. Never
 * deleted, only hidden: customers keep pointing at it, and the list sorts by its id.
 */
export interface ReferralSource {
  id: Id
  preset?: 'walk-in' | 'recommendation' | 'instagram' | 'facebook' | 'google' | 'booking-portal' | 'other'
  /** The manager's name for it; "" for a preset they have not renamed. */
  name: string
  /** Not offered for new customers any more. */
  hidden?: boolean
}

/** How a customer found the business: a source of the manager's list, and details ("recommended by Anna K."). */
export interface Referral {
  sourceId: Id
  note: string
}

export interface CustomerProfile {
  firstName: string
  lastName: string
  /** E.164 ("+48601234567"), first is the main one. */
  phones: string[]
  /** Lower-cased, first is the main one. */
  emails: string[]
  address: Address
  /** "YYYY-MM-DD", or "--MM-DD" when the year is unknown, or "" */
  birthday: string
  cardNumber: string
  notes: string
  preferences: string
  allergies: string
  /** Permanent discount, 0–100. */
  discountPercent: number
  categoryIds: Id[]
  groupIds: Id[]
  homeStoreId: Id | 0
  type: CustomerType
  /** Absent until someone records it: most rows have none, and the list's index holds only those that do. */
  referral?: Referral
}

export interface Customer extends CustomerProfile, Metrics {
  id?: Id
  createdAt: EpochMs
  updatedAt: EpochMs
  blocked: Flag
  /** Set when personal data was erased (right to be forgotten): the row is anonymous history. */
  erased: Flag
  consents: Record<ConsentChannel, ConsentState>
  /** Indexable copies of consents[...].granted. */
  consentEmail: Flag
  consentSms: Flag
  /** 1–12, 0 when unknown: indexable for "birthday this month". */
  birthdayMonth: number
  /** Stores with at least one order of this customer. */
  storeIds: Id[]
  /** Normalised search tokens (see shared/domain/search-tokens.ts); empty when erased. */
  tokens: string[]
  /** Folded "lastname firstname" for sorting by name. */
  sortName: string
  /** The import batch that created this customer, if any (undo of an import). */
  importBatchId?: string
  /** What automatic rules gave this customer and the exceptions people made (shared/rules/rule.ts); absent on rows no rule touched. */
  ruleEffects?: RuleEffects
}

export type OrderKind = 'order' | 'visit' | 'booking'
export type OrderChannel = 'walk-in' | 'phone' | 'online' | 'delivery' | 'takeaway' | 'app'
export type OrderStatus = 'pending' | 'accepted' | 'rejected' | 'completed' | 'cancelled' | 'no-show'

export interface StatusChange {
  status: OrderStatus
  at: EpochMs
  staffName?: string
}

export interface OrderItem {
  name: string
  quantity: number
  /** Per unit, minor units. */
  unitPrice: MinorUnits
}

/**
 * The customer's permanent discount as applied to one order: `value` is what was charged
 * after it, `amount` what it took off the price (so the price is value + amount).
 */
export interface OrderDiscount {
  percent: number
  amount: MinorUnits
}

/** What the desk may change on an order after saving it (moving it to another customer is a merge's job). */
export type EditableOrderField = 'kind' | 'storeId' | 'at' | 'status' | 'channel' | 'items' | 'value' | 'discount' | 'tip' | 'staffName' | 'notes'

/** One field of one edit, before and after (`discount` is undefined where there was none). */
export type OrderFieldChange = { [F in EditableOrderField]: { field: F; before: Order[F]; after: Order[F] } }[EditableOrderField]

/** One saved edit of an order: when, by whom, and each field it changed. */
export interface OrderEdit {
  at: EpochMs
  staffName?: string
  changes: OrderFieldChange[]
}

export interface Order {
  id?: Id
  customerId: Id
  storeId: Id
  kind: OrderKind
  channel: OrderChannel
  status: OrderStatus
  /** Every status the order went through, oldest first; the last equals `status`. */
  statusHistory: StatusChange[]
  /** When it happens or happened: the visit, the delivery, the booked slot. */
  at: EpochMs
  createdAt: EpochMs
  value: MinorUnits
  tip: MinorUnits
  items: OrderItem[]
  staffName: string
  notes: string
  importBatchId?: string
  /** Set when the customer's permanent discount was applied to the price. */
  discount?: OrderDiscount
  /** Every edit after the order was saved, oldest first; absent on orders never edited. */
  edits?: OrderEdit[]
}

/**
 * A customer with an open booking (accepted or pending, past or future) and the latest slot
 * among them (metrics.ts latestBookingAt); customers without one have no row. The customer
 * "has an upcoming booking" when latestAt is after now.
 */
export interface OpenBooking {
  customerId: Id
  latestAt: EpochMs
}

/**
 * A customer whose stored figures will change when an upcoming order's time comes (a booking
 * for next week counts once it is past): `dueAt` is the earliest such time
 * (metrics.ts figuresChangeAt). Customers without one have no row.
 */
export interface FiguresDue {
  customerId: Id
  dueAt: EpochMs
}

/** Per-customer, per-store figures from that store's orders only. */
export interface CustomerStoreStats extends Metrics {
  customerId: Id
  storeId: Id
}

export type AuditAction =
  | 'export'
  | 'import'
  | 'import-undo'
  | 'erase'
  | 'delete'
  | 'merge'
  | 'merge-undo'
  | 'block'
  | 'unblock'
  | 'consent'
  | 'bulk-category'
  | 'bulk-group'
  | 'bulk-delete'
  | 'print'
  | 'backup'
  | 'restore'
  | 'demo-data'
  | 'order-edit'
  | 'rule-change'
  | 'rules-pass'
  | 'rule-exception'

export interface AuditEntry {
  id?: Id
  at: EpochMs
  action: AuditAction
  /** Staff member's name, or "this PC" before staff exist. */
  staffName: string
  /** The manager or owner whose PIN approved this one action for someone without the right. */
  approvedBy?: string
  /** How many customers it touched. */
  customerCount: number
  /** Affected customer ids (may be truncated for huge bulk actions; customerCount is exact). */
  customerIds: Id[]
  /** Action-specific facts: fields exported, filter, file name, batch id… never erased personal data. */
  details: Record<string, unknown>
  /** Whether "undo" is offered for it, and when it was undone. */
  undoable: Flag
  undoneAt: EpochMs
}

export interface Setting<T = unknown> {
  key: string
  value: T
}
