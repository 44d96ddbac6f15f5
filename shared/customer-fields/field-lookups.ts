import type { CustomerType, Id } from '../domain/types'

/**
 * What showing a customer's fields needs besides the row: the names of the small tables
 * (categories, groups, stores) and the words of the UI language. Built once per export,
 * print or screen (renderer/src/customer-fields/field-lookups.ts), never per row.
 */
export interface FieldLookups {
  categoryNames: ReadonlyMap<Id, string>
  groupNames: ReadonlyMap<Id, string>
  storeNames: ReadonlyMap<Id, string>
  /** Translated "Registered" / "Contact". */
  typeLabels: Record<CustomerType, string>
  /** A birthday without a year ("--04-12"), written the locale's way ("12.04."). */
  dayAndMonth(month: number, day: number): string
  /** The manager's referral sources (hidden ones too), presets in the UI language. */
  referralSourceNames: ReadonlyMap<Id, string>
}
