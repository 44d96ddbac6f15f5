import type { RegularsDatabase } from '../schema'

/**
 * Whether the signed-in person lacks the "see contact details" right, decided at sign-in (like
 * the store scope in session.ts) so that masking a list page or a card needs no extra read.
 * Not set before the owner's set-up: the open base shows everything, as before staff existed.
 */
const hidden = new WeakSet<RegularsDatabase>()

export function contactsHidden(db: RegularsDatabase): boolean {
  return hidden.has(db)
}

export function setContactsHidden(db: RegularsDatabase, value: boolean): void {
  if (value) hidden.add(db)
  else hidden.delete(db)
}

/** For exports and printed lists, which leave contact columns out for a person without the right. */
export function canSeeContacts(db: RegularsDatabase): boolean {
  return !contactsHidden(db)
}
