import { messageEligibility, type Eligibility } from '@shared/messages/eligibility'
import type { Id } from '@shared/domain/types'
import { getCustomers } from '../access/scoped-reads'
import type { RegularsDatabase } from '../schema'

/** One customer of a message list: what a message needs, and whether each channel may reach them. */
export interface MessageAudienceMember {
  id: Id
  firstName: string
  lastName: string
  discountPercent: number
  homeStoreId: Id | 0
  sms: Eligibility
  email: Eligibility
}

/**
 * One id chunk of a message list's audience (F11): the customers the person may see, each
 * with its eligibility per channel (shared/messages/eligibility.ts). Erased customers are
 * kept — without their (wiped) names — so the dialog can count them among those left out.
 * Only the fields a message needs leave the data layer.
 */
export async function messageAudienceChunk(db: RegularsDatabase, ids: readonly Id[]): Promise<MessageAudienceMember[]> {
  const customers = await getCustomers(db, ids)
  return customers.map((customer) => ({
    id: customer.id!,
    firstName: customer.erased ? '' : customer.firstName,
    lastName: customer.erased ? '' : customer.lastName,
    discountPercent: customer.discountPercent,
    homeStoreId: customer.homeStoreId,
    sms: messageEligibility(customer, 'sms'),
    email: messageEligibility(customer, 'email')
  }))
}
