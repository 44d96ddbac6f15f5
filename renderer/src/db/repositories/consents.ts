import Dexie from 'dexie'
import { deriveCustomerFields } from '@shared/domain/customer'
import { consentChangeSchema, type ConsentChange } from '@shared/domain/schemas'
import type { ConsentEvent, Id } from '@shared/domain/types'
import { AppError } from '@shared/errors'
import { dataErrors, parseOrThrow } from '../errors'
import type { RegularsDatabase } from '../schema'
import { actingName } from '../access/session'

/**
 * Records a change of a marketing consent (PRODUCT.md F20): appends it to the history and
 * sets the customer's current state (and its indexable flag) in one transaction.
 * A change dated before the current state (a late-entered paper form) goes into the history
 * but does not override a newer decision.
 */
export async function recordConsentChange(db: RegularsDatabase, change: ConsentChange): Promise<Id> {
  const valid = { ...parseOrThrow(consentChangeSchema, change), staffName: actingName(db, change.staffName) }
  return db.transaction('rw', [db.customers, db.consentEvents], async () => {
    const customer = await db.customers.get(valid.customerId)
    if (!customer) throw new AppError(dataErrors.customerNotFound, `Customer ${valid.customerId} not found`)
    if (customer.erased) throw new AppError(dataErrors.customerErased, `Customer ${valid.customerId} is erased`)
    const id = (await db.consentEvents.add(valid)) as Id
    if (valid.at >= customer.consents[valid.channel].at) {
      const consents = { ...customer.consents, [valid.channel]: { granted: valid.granted, at: valid.at, source: valid.source } }
      const next = { ...customer, consents }
      await db.customers.update(valid.customerId, { consents, ...pickConsentFlags(deriveCustomerFields(next)) })
    }
    return id
  })
}

function pickConsentFlags(derived: ReturnType<typeof deriveCustomerFields>) {
  return { consentEmail: derived.consentEmail, consentSms: derived.consentSms }
}

/** A customer's consent history, oldest first. */
export function consentHistory(db: RegularsDatabase, customerId: Id): Promise<ConsentEvent[]> {
  return db.consentEvents.where('[customerId+at]').between([customerId, Dexie.minKey], [customerId, Dexie.maxKey]).toArray()
}
