import type { Customer, Id } from '@shared/domain/types'
import type { RegularsDatabase } from '../schema'
import { customerIdsByContact } from './customers'

/**
 * Why a new order or booking is refused for a customer (PRODUCT.md F14), or null when it is
 * not. A block follows the person, not only the record: a blocked customer who calls again
 * and is entered as a new record with the same phone or e-mail is refused too.
 *
 * The reason is for the desk (a tooltip on the card); what the customer may hear or read is
 * only "Orders are temporarily not possible for this customer".
 */
export type OrderRefusal =
  | { kind: 'blocked' }
  /** Another record with one of this customer's phones or e-mails is blocked. */
  | { kind: 'blocked-contact'; customerId: Id; contact: string }

export async function orderRefusalFor(db: RegularsDatabase, customer: Customer): Promise<OrderRefusal | null> {
  if (customer.blocked) return { kind: 'blocked' }
  if (customer.phones.length === 0 && customer.emails.length === 0) return null
  const ids = (await customerIdsByContact(db, { phones: customer.phones, emails: customer.emails })).filter((id) => id !== customer.id)
  if (ids.length === 0) return null
  const others = await db.customers.bulkGet(ids)
  for (const other of others) {
    if (!other || !other.blocked || other.erased) continue
    const contact = other.phones.find((phone) => customer.phones.includes(phone)) ?? other.emails.find((email) => customer.emails.includes(email)) ?? ''
    return { kind: 'blocked-contact', customerId: other.id!, contact }
  }
  return null
}

/** The same check by id, for the card (which shows the refusal before the desk tries). */
export async function orderRefusalForId(db: RegularsDatabase, customerId: Id): Promise<OrderRefusal | null> {
  const customer = await db.customers.get(customerId)
  return customer ? orderRefusalFor(db, customer) : null
}
