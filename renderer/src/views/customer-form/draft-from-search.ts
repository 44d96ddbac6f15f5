import type { CustomerDraft } from './customer-form'

/** What a search text fills in on a new customer's form. */
export type SearchPrefill = Partial<Pick<CustomerDraft, 'firstName' | 'lastName' | 'phones' | 'emails' | 'cardNumber'>>

const phoneLike = /^\+?[\d\s()./-]+$/

/**
 * "New customer" from a search that found no one: the text the desk typed goes where it
 * belongs. An e-mail into e-mails; digits with phone punctuation (even a part of a number:
 * the caller is still saying it) into phones; one word of letters and digits is a card
 * number; anything else is a name — one word is taken as the surname (the desk searches by
 * it), more words as first names and then the surname. A name typed all in lower case gets
 * its capitals.
 */
export function draftFromSearch(text: string): SearchPrefill {
  const typed = text.trim().replace(/\s+/g, ' ')
  if (typed === '') return {}
  if (typed.includes('@')) return { emails: [typed] }
  if (phoneLike.test(typed) && /\d/.test(typed)) return { phones: [typed] }
  if (!typed.includes(' ') && /\d/.test(typed) && /\p{L}/u.test(typed)) return { cardNumber: typed }
  const words = typed.split(' ').map(capitalised)
  if (words.length === 1) return { lastName: words[0]! }
  return { firstName: words.slice(0, -1).join(' '), lastName: words.at(-1)! }
}

function capitalised(word: string): string {
  if (word !== word.toLocaleLowerCase()) return word
  return word.replace(/(^|[-'’])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toLocaleUpperCase())
}
