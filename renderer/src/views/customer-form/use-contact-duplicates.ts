import { ref, watch, type Ref } from 'vue'
import { useDebounceFn } from '@vueuse/core'
import { displayName } from '@shared/domain/customer'
import type { Id } from '@shared/domain/types'
import { appDb, customerIdsByContact, getCustomers } from '@renderer/db'
import { readEmail, readPhone } from './customer-form'

export interface ContactMatch {
  id: Id
  name: string
}

/**
 * While the desk types a phone or an e-mail, finds existing customers with exactly that
 * (normalised) phone or e-mail — the exact-match indexes, a few ms — so the form can warn
 * "already in the base" with a link before a duplicate is created. Keyed by field path
 * ("phones.0", "emails.1"); the customer being edited is not a duplicate of itself.
 */
export function useContactDuplicates(
  phones: Ref<string[]>,
  emails: Ref<string[]>,
  defaultCountry: Ref<string>,
  selfId: Ref<Id | null>
) {
  const matches = ref<Record<string, ContactMatch[]>>({})
  let serial = 0

  async function lookUp(): Promise<void> {
    const current = ++serial
    const queries: { field: string; phones?: string[]; emails?: string[] }[] = []
    phones.value.forEach((typed, index) => {
      const { e164 } = readPhone(typed, defaultCountry.value)
      if (e164) queries.push({ field: `phones.${index}`, phones: [e164] })
    })
    emails.value.forEach((typed, index) => {
      const { email } = readEmail(typed)
      if (email) queries.push({ field: `emails.${index}`, emails: [email] })
    })
    const found: Record<string, ContactMatch[]> = {}
    for (const query of queries) {
      const ids = (await customerIdsByContact(appDb(), query)).filter((id) => id !== selfId.value).slice(0, 3)
      if (ids.length === 0) continue
      const rows = await getCustomers(appDb(), ids, { withoutErased: true })
      const list = rows.map((row) => ({ id: row.id!, name: displayName(row) }))
      if (list.length) found[query.field] = list
    }
    if (current === serial) matches.value = found
  }

  const debounced = useDebounceFn(lookUp, 200)
  watch([phones, emails, defaultCountry], () => void debounced(), { deep: true, immediate: true })
  return matches
}
