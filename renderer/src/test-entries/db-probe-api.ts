import type { Customer, Id } from '@shared/domain/types'

/**
 * What tests and benchmarks reach inside the page through the database probe
 * (renderer/src/test-entries/db-probe-entry.ts, installed by tests/host/db-probe.ts). Pure types,
 * here so both the page side and the Node side can name them.
 */
export interface DbProbe {
  loadDemo(options: { customers: number; orders: number; seed?: number; now?: number; chunkSize?: number }): Promise<{ customers: number; orders: number; milliseconds: number }>
  search(query: string, limit?: number): Promise<{ result: Id[]; ms: number }>
  customers(ids: Id[]): Promise<(Customer | undefined)[]>
  counts(): Promise<{ customers: number; orders: number }>
  /** Recomputes every metric from the orders; returns the differences found (none when all agree). */
  check(): Promise<{ customersChecked: number; ordersRead: number; differences: unknown[]; differenceCount: number; ms: number }>
  /** Sets a customer's e-mail, surname and notes through the repository (tokens kept in step). */
  setContact(id: Id, contact: { email: string; lastName: string; notes: string }): Promise<void>
  /** Erases (anonymises) a customer as the card's Erase does. */
  erase(id: Id): Promise<void>
  /**
   * Merges `otherId` into `keptId` keeping every one of the kept record's field values (the
   * other's are dropped, apart from the undo snapshot), as the merge view's Merge does.
   */
  merge(keptId: Id, otherId: Id): Promise<void>
  /** Deletes a customer with everything of theirs as the card's Delete does. */
  remove(id: Id): Promise<void>
  /** A person with a PIN who may sign in at the lock screen (a manager or the front desk: only an owner adds owners). */
  addStaff(name: string, roleId: 'manager' | 'front-desk', pin: string): Promise<Id>
  /** The rows a database of schema version 1 held (schema-fixtures/v1.ts), per table: a test writes them into a version 1 backup. */
  v1FixtureRows(): Promise<Record<string, unknown[]>>
  /**
   * Adds a customer as the desk would, then its consent decisions in order (true: given,
   * false: withdrawn; a day apart), blocks or erases it; `rawPhones` overwrites the stored
   * numbers as an old import may have left them (not E.164). Returns the id.
   */
  addCustomer(seed: SeedCustomer): Promise<Id>
  /** A store, category or segment (of list filters) as Settings and the list save them; returns the id. */
  addStore(name: string, currency: string): Promise<Id>
  addCategory(name: string): Promise<Id>
  addSegment(name: string, filters: Record<string, unknown>): Promise<Id>
  close(): Promise<void> | void
}

export interface SeedCustomer {
  firstName: string
  lastName: string
  phones?: string[]
  emails?: string[]
  discountPercent?: number
  categoryIds?: Id[]
  homeStoreId?: Id
  sms?: boolean[]
  email?: boolean[]
  blocked?: boolean
  erased?: boolean
  rawPhones?: string[]
}
