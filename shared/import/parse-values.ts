import { cellText, type ImportCell } from './cell'
import { foldHeader } from './header-words'

/**
 * The small values of a customer list: yes/no flags in the six UI languages (and how
 * Mailchimp, Square and Shopify write consent), the customer type, a discount, a country.
 */

const yesWords = [
  'yes', 'y', 'true', '1', 'x', '✓', '✔', 'on', 'subscribed', 'opted in', 'opt in', 'optin', 'granted', 'given', 'accepted', 'agreed', 'consent',
  'tak', 't', 'zgoda', 'zapisany', 'zapisana', 'wyrażona', 'ano', 'souhlas', 'přihlášen', 'так', 'є', 'згода', 'підписаний',
  'oui', 'abonné', 'abonnée', 'inscrit', 'да', 'съгласен', 'абониран', 'ja', 'si', 'sí', 'wahr', 'prawda', 'pravda', 'vrai', 'истина'
]
const noWords = [
  'no', 'n', 'false', '0', '-', '✗', '✘', 'off', 'unsubscribed', 'not subscribed', 'opted out', 'opt out', 'cleaned', 'none', 'never subscribed',
  'declined', 'denied', 'withdrawn', 'revoked', 'not granted',
  'nie', 'brak', 'brak zgody', 'wycofana', 'ne', 'nesouhlas', 'odhlášen', 'ні', 'немає', 'відписаний', 'non', 'désabonné', 'désinscrit',
  'не', 'няма', 'отписан', 'nein', 'fałsz', 'nepravda', 'faux', 'неправда', 'нет'
]

/** A consent the file says was taken back, not merely never given. */
const withdrawnWords = [
  'withdrawn', 'revoked', 'unsubscribed', 'opted out', 'opt out', 'consent withdrawn',
  'wycofana', 'wycofany', 'wycofano', 'zgoda wycofana', 'odwołana', 'wypisany', 'wypisana', 'wypisał się', 'wypisała się',
  'odvolán', 'odvolaný', 'odvolaná', 'odvoláno', 'odhlášen', 'odhlášený', 'odhlášená', 'souhlas odvolán',
  'відкликано', 'відкликана', 'відкликаний', 'відписаний', 'відписана', 'відписався', 'відписалася',
  'retiré', 'retirée', 'révoqué', 'désabonné', 'désabonnée', 'désinscrit', 'désinscrite',
  'оттеглено', 'оттеглено съгласие', 'отписан', 'отписана', 'отозвано', 'отписался'
]

const yes = new Set(yesWords.map(foldHeader))
const no = new Set(noWords.map(foldHeader))
const withdrawn = new Set(withdrawnWords.map(foldHeader))

/** true / false for a yes/no cell, null for an empty or unreadable one. */
export function parseYesNo(cell: ImportCell): boolean | null {
  if (typeof cell === 'boolean') return cell
  if (typeof cell === 'number') return cell === 1 ? true : cell === 0 ? false : null
  const text = foldHeader(cellText(cell))
  if (!text) return null
  if (yes.has(text)) return true
  if (no.has(text)) return false
  return null
}

export type ConsentState = 'given' | 'not-given' | 'withdrawn'

/**
 * A consent cell: given ("yes", "subscribed"); withdrawn only when the file says so
 * ("unsubscribed", "wycofana", "odhlášen"); any other "no" means not given — never asked or
 * declined, which records nothing. Null for an empty or unreadable cell.
 */
export function parseConsent(cell: ImportCell): ConsentState | null {
  if (typeof cell === 'string' && withdrawn.has(foldHeader(cellText(cell)))) return 'withdrawn'
  const flag = parseYesNo(cell)
  return flag === null ? null : flag ? 'given' : 'not-given'
}

const registeredWords = ['registered', 'account', 'member', 'customer account', 'zarejestrowany', 'zarejestrowana', 'konto', 'registrovaný', 'registrovaná', 'účet',
  'зареєстрований', 'зареєстрована', 'акаунт', 'inscrit', 'inscrite', 'compte', 'регистриран', 'регистрирана', 'профил', 'зарегистрирован']
const contactWords = ['contact', 'guest', 'unregistered', 'not registered', 'lead', 'subscriber', 'kontakt', 'gość', 'niezarejestrowany', 'niezarejestrowana',
  'host', 'neregistrovaný', 'контакт', 'гість', 'незареєстрований', 'invité', 'invitée', 'non inscrit', 'гост', 'нерегистриран', 'гость']
const registered = new Set(registeredWords.map(foldHeader))
const contact = new Set(contactWords.map(foldHeader))

/** 'registered' / 'contact' from a type column ("Zarejestrowany", "guest", or a yes/no "Registered" column). */
export function parseCustomerType(cell: ImportCell): 'registered' | 'contact' | null {
  const text = foldHeader(cellText(cell))
  if (!text) return null
  if (registered.has(text)) return 'registered'
  if (contact.has(text)) return 'contact'
  const flag = parseYesNo(cell)
  return flag === null ? null : flag ? 'registered' : 'contact'
}

/** A permanent discount in percent: 10, "10", "10%", "10,5 %", "-10%". Null when unreadable. */
export function parseDiscount(cell: ImportCell): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? Math.abs(cell) : null
  const text = cellText(cell).replace(/\s/g, '')
  if (!text) return null
  const match = /^-?(\d+(?:[.,]\d+)?)%?$/.exec(text)
  if (!match) return null
  return Number(match[1].replace(',', '.'))
}

/** Codes that are not countries today (old states, groupings, test codes). */
const retiredOrSpecial = new Set(['EU', 'EZ', 'UN', 'XA', 'XB', 'QO', 'ZZ', 'FX', 'DD', 'SU', 'YU', 'TP', 'ZR', 'CS', 'BU', 'NT', 'AN', 'QU', 'YD', 'DY', 'HV', 'RH', 'VD', 'NH'])
const countryCodes: string[] = []
const countryNames = new Map<string, string>()
function loadCountries(): Map<string, string> {
  if (countryNames.size > 0) return countryNames
  const probe = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' })
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b)
      const name = probe.of(code)
      if (name && name !== code && !retiredOrSpecial.has(code)) countryCodes.push(code)
    }
  }
  for (const locale of ['en', 'pl', 'cs', 'uk', 'fr', 'bg', 'de', 'ru']) {
    const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' })
    for (const code of countryCodes) {
      const name = names.of(code)
      // The first code to claim a name keeps it ("France" is FR, not the old FX).
      if (name && !countryNames.has(foldHeader(name))) countryNames.set(foldHeader(name), code)
    }
  }
  // Names people use that the standard list words differently.
  const extra: Record<string, string> = { 'usa': 'US', 'uk': 'GB', 'great britain': 'GB', 'england': 'GB', 'czechia': 'CZ', 'czech republic': 'CZ', 'holland': 'NL', 'polska': 'PL', 'česko': 'CZ', 'україна': 'UA', 'україни': 'UA', 'россия': 'RU' }
  for (const [name, code] of Object.entries(extra)) countryNames.set(foldHeader(name), code)
  return countryNames
}

/** ISO 3166-1 alpha-2 from a code ("pl", "POL" is not guessed) or a country's name in one of the languages. */
export function parseCountry(cell: ImportCell): string | null {
  const text = cellText(cell)
  if (!text) return null
  const names = loadCountries()
  if (/^[A-Za-z]{2}$/.test(text) && countryCodes.includes(text.toUpperCase())) return text.toUpperCase()
  return names.get(foldHeader(text)) ?? null
}
