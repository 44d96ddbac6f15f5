import type { ConsentChannel } from '../domain/types'
import type { ExportCell, ExportColumn } from '../export/export-spec'

/**
 * The files a message list is saved as, each for the service that reads it. Their headers
 * are the services' own names, not translated: the service matches them to its fields.
 * - Mailchimp's audience import (e-mail): "Email Address", "First Name", "Last Name";
 * - Brevo's contact import: EMAIL or SMS (the number with "+" and the country code),
 *   FIRSTNAME, LASTNAME;
 * - a bulk-SMS gateway's list: the number in E.164, the name, and the message with the
 *   customer's values filled in.
 * All are comma-separated (Mailchimp reads only commas; Brevo reads commas too).
 */

export const messageFileKinds = ['mailchimp', 'brevo', 'sms'] as const
export type MessageFileKind = (typeof messageFileKinds)[number]

/** Which files fit a channel: Mailchimp here is for e-mail, the bulk-SMS list for texts. */
export const fileKindsFor: Record<ConsentChannel, readonly MessageFileKind[]> = {
  email: ['mailchimp', 'brevo'],
  sms: ['brevo', 'sms']
}

export interface MessageRecipient {
  firstName: string
  lastName: string
  /** E.164 number or e-mail address, as eligibility.ts chose it. */
  contact: string
  /** The message with this customer's values (bulk-SMS list only). */
  message?: string
}

const text = (key: string, header: string): ExportColumn => ({ key, header, type: 'text' })
// The number as E.164 ("+48601234567"): the gateways want the "+"; main writes it unprefixed
// only when it is exactly that (csv-cells.ts), so it cannot carry a formula.
const phone = (key: string, header: string): ExportColumn => ({ key, header, type: 'phone' })

export function messageFileColumns(kind: MessageFileKind, channel: ConsentChannel): ExportColumn[] {
  switch (kind) {
    case 'mailchimp':
      return [text('email', 'Email Address'), text('firstName', 'First Name'), text('lastName', 'Last Name')]
    case 'brevo':
      return [channel === 'sms' ? phone('phone', 'SMS') : text('email', 'EMAIL'), text('firstName', 'FIRSTNAME'), text('lastName', 'LASTNAME')]
    case 'sms':
      return [phone('phone', 'phone'), text('name', 'name'), text('message', 'message')]
  }
}

export function messageFileRow(kind: MessageFileKind, recipient: MessageRecipient): ExportCell[] {
  if (kind === 'sms') return [recipient.contact, `${recipient.firstName} ${recipient.lastName}`.trim(), recipient.message ?? '']
  return [recipient.contact, recipient.firstName, recipient.lastName]
}
