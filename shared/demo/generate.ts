import { withoutPersonalValues } from '../customer-fields/personal-values'
import { emptyProfile, noConsent } from '../domain/customer'
import { DAY_MS } from '../domain/metrics'
import { foldText, hasCyrillic } from '../domain/text-fold'
import { cyrillicToLatin } from '../domain/transliterate'
import { type ConsentEvent, type CustomerProfile, type Customer, type EpochMs, type Id, type Order, type OrderChannel, type OrderStatus, type Referral, type StatusChange } from '../domain/types'
import { demoNotes, demoStores, type DemoStore } from './catalogue'
import { cities, emailDomains, names, streets, type DemoCountry } from './names'
import { demoPhone } from './phones'
import { SeededRandom } from './random'
import type { DemoTexts } from './texts'

/**
 * The demo data generator: pure and seeded. The same options give the same customers,
 * orders and consents on every machine, streamed one customer at a time so any size up to
 * 200 000 customers / 2 000 000 orders fits in memory.
 */

export interface DemoOptions {
  customers: number
  /** Exact total number of orders across all customers. */
  orders: number
  seed: number
  /** "Today" of the data: past orders before it, upcoming bookings after it. */
  now: EpochMs
  /** Services and consent wording in the language the demo is loaded in (texts.ts). */
  texts: DemoTexts
}

/** Database ids of the demo stores (in demoStores order), categories and groups. */
export interface DemoRefs {
  storeIds: readonly Id[]
  categoryIds: readonly Id[]
  groupIds: readonly Id[]
}

/** What one generated customer brings: the row's own fields and their history. */
export interface DemoCustomer {
  profile: CustomerProfile
  createdAt: EpochMs
  blocked: 0 | 1
  erased: 0 | 1
  consents: Customer['consents']
  orders: Omit<Order, 'id' | 'customerId'>[]
  consentEvents: Omit<ConsentEvent, 'id' | 'customerId'>[]
}

export const MAX_DEMO_CUSTOMERS = 200_000
export const MAX_DEMO_ORDERS = 2_000_000

const YEAR_MS = 365 * DAY_MS
const countryWeights: readonly (readonly [DemoCountry, number])[] = [
  ['PL', 42], ['CZ', 16], ['UA', 16], ['BG', 9], ['FR', 8], ['GB', 5], ['IE', 4]
]

export function* generateDemoCustomers(options: DemoOptions, refs: DemoRefs): Generator<DemoCustomer> {
  const random = new SeededRandom(options.seed)
  // Its own stream: drawing referrals from the main one would change every later customer of a seed.
  const referrals = new SeededRandom(options.seed ^ 0x9e3779b9)
  const usedPhones = new Set<string>()
  const usedEmails = new Set<string>()
  let ordersLeft = options.orders
  for (let index = 0; index < options.customers; index++) {
    const customersLeft = options.customers - index
    const count = customersLeft === 1 ? ordersLeft : orderCountFor(random, ordersLeft / customersLeft, ordersLeft)
    ordersLeft -= count
    const customer = demoCustomer(random, index, count, options, refs, usedPhones, usedEmails)
    const referral = demoReferral(referrals)
    yield customer.erased || !referral ? customer : { ...customer, profile: { ...customer.profile, referral } }
  }
}

/** Skewed like a real base: some never ordered, most a few times, a few regulars very often. */
function orderCountFor(random: SeededRandom, mean: number, left: number): number {
  if (left === 0 || random.chance(0.12)) return 0
  const drawn = Math.round(random.exponential(mean / 0.88))
  return Math.min(left, Math.max(1, Math.min(drawn, Math.ceil(mean * 8) + 5)))
}

function demoCustomer(
  random: SeededRandom,
  index: number,
  orderCount: number,
  { now, texts }: Pick<DemoOptions, 'now' | 'texts'>,
  refs: DemoRefs,
  usedPhones: Set<string>,
  usedEmails: Set<string>
): DemoCustomer {
  const country = random.weighted(countryWeights)
  const female = random.chance(0.68)
  const inLatin = names[country].latin !== undefined && random.chance(0.2)
  const source = inLatin ? names[country].latin! : names[country]
  const firstName = random.pick(female ? source.female : source.male)
  const surname = random.pick(source.surnames)
  const lastName = female ? surname.female : surname.male
  // Most of a real base came in over the last two years; some are older, long-quiet customers.
  const createdAt = now - Math.floor(random.next() * (random.chance(0.8) ? 2 : 4) * YEAR_MS) - DAY_MS

  const phones = random.chance(0.93) ? [demoPhone(random, country, usedPhones)] : []
  if (phones.length > 0 && random.chance(0.05)) phones.push(demoPhone(random, country, usedPhones))
  const emails = random.chance(0.7) || phones.length === 0 ? [demoEmail(random, country, firstName, lastName, usedEmails)] : []

  const homeStoreIndex = homeStoreFor(random, country)
  const notes = demoNotes[country]
  const profile: CustomerProfile = {
    firstName,
    lastName,
    phones,
    emails,
    address: random.chance(0.4) ? demoAddress(random, country) : { street: '', postalCode: '', city: '', country: '' },
    birthday: demoBirthday(random),
    cardNumber: random.chance(0.35) ? `RC${String(100_000 + index).padStart(7, '0')}` : '',
    notes: random.chance(0.12) ? random.pick(notes.notes) : '',
    preferences: random.chance(0.15) ? random.pick(notes.preferences) : '',
    allergies: random.chance(0.06) ? random.pick(notes.allergies) : '',
    discountPercent: random.chance(0.12) ? random.pick([5, 10, 15, 20]) : 0,
    categoryIds: pickSome(random, refs.categoryIds, random.weighted([[0, 50], [1, 35], [2, 15]] as const)),
    groupIds: pickSome(random, refs.groupIds, random.weighted([[0, 65], [1, 30], [2, 5]] as const)),
    homeStoreId: refs.storeIds[homeStoreIndex] ?? 0,
    type: random.chance(0.42) ? 'registered' : 'contact'
  }

  const staffOfHome = demoStores[homeStoreIndex]!.staff
  const { consents, consentEvents } = demoConsents(random, profile, createdAt, now, staffOfHome, texts)
  const orders = demoOrders(random, orderCount, createdAt, now, homeStoreIndex, refs, texts)
  const erased = random.chance(0.001)
  return {
    profile: erased ? withoutPersonalValues(profile, emptyProfile()) : profile,
    createdAt,
    blocked: !erased && random.chance(0.004) ? 1 : 0,
    erased: erased ? 1 : 0,
    consents: erased ? { email: noConsent(), sms: noConsent() } : consents,
    orders,
    consentEvents: erased ? [] : consentEvents
  }
}

/**
 * How a demo customer found the business, for about a third of them: a source of the
 * default list (ids 1–7, shared/customer-fields/referral.ts), a recommendation sometimes
 * naming who recommended them.
 */
function demoReferral(random: SeededRandom): Referral | undefined {
  if (!random.chance(0.35)) return undefined
  const sourceId = random.weighted([[1, 20], [2, 25], [3, 18], [4, 10], [5, 14], [6, 8], [7, 5]] as const)
  if (sourceId !== 2 || !random.chance(0.4)) return { sourceId, note: '' }
  const country = random.pick(['PL', 'CZ', 'UA', 'BG', 'FR'] as const)
  const surname = random.pick(names[country].surnames)
  return { sourceId, note: `${random.pick(names[country].female)} ${surname.female.slice(0, 1)}.` }
}

function homeStoreFor(random: SeededRandom, country: DemoCountry): number {
  if (country === 'CZ') return 2
  if (random.chance(0.04)) return 2
  return random.chance(0.6) ? 0 : 1
}

function pickSome(random: SeededRandom, ids: readonly Id[], count: number): Id[] {
  const picked = new Set<Id>()
  while (picked.size < Math.min(count, ids.length)) picked.add(random.pick(ids))
  return [...picked].sort((a, b) => a - b)
}

function latinOf(name: string): string {
  const ascii = hasCyrillic(name) ? (cyrillicToLatin(name.toLowerCase())[0] ?? '') : name
  return foldText(ascii).replace(/[^a-z0-9]/g, '')
}

function demoEmail(random: SeededRandom, country: DemoCountry, firstName: string, lastName: string, used: Set<string>): string {
  const first = latinOf(firstName)
  const last = latinOf(lastName)
  const local = random.weighted([
    [`${first}.${last}`, 40],
    [`${first}${last}`, 15],
    [`${first[0]}.${last}`, 15],
    [`${last}.${first}`, 10],
    [`${first}_${last}${random.int(70, 99)}`, 10],
    [`${first}${random.int(1, 999)}`, 10]
  ])
  const domain = random.pick(emailDomains[country])
  let email = `${local}@${domain}`
  for (let n = 2; used.has(email); n++) email = `${local}${n}@${domain}`
  used.add(email)
  return email
}

function fillPattern(random: SeededRandom, pattern: string): string {
  return pattern.replace(/#/g, () => String(random.int(0, 9)))
}

function demoAddress(random: SeededRandom, country: DemoCountry): CustomerProfile['address'] {
  const place = random.pick(cities[country])
  return { street: `${random.pick(streets[country])} ${random.int(1, 120)}`, postalCode: fillPattern(random, place.postal()), city: place.city, country }
}

function demoBirthday(random: SeededRandom): string {
  if (!random.chance(0.6)) return ''
  const month = String(random.int(1, 12)).padStart(2, '0')
  const day = String(random.int(1, 28)).padStart(2, '0')
  if (random.chance(0.1)) return `--${month}-${day}`
  return `${random.int(1950, 2006)}-${month}-${day}`
}

function demoConsents(
  random: SeededRandom,
  profile: CustomerProfile,
  createdAt: EpochMs,
  now: EpochMs,
  staff: readonly string[],
  texts: DemoTexts
): { consents: Customer['consents']; consentEvents: DemoCustomer['consentEvents'] } {
  const consents: Customer['consents'] = { email: noConsent(), sms: noConsent() }
  const consentEvents: DemoCustomer['consentEvents'] = []
  for (const channel of ['email', 'sms'] as const) {
    const reachable = channel === 'email' ? profile.emails.length > 0 : profile.phones.length > 0
    if (!reachable) continue
    const granted = random.chance(channel === 'email' ? 0.55 : 0.45)
    const steps = granted ? (random.chance(0.15) ? [true, false, true] : [true]) : random.chance(0.2) ? [true, false] : []
    // Asked when they first came, changed later; a change never waits for the day the demo is loaded.
    let at = createdAt
    for (const step of steps) {
      at = Math.min(now - DAY_MS, at + Math.floor(random.next() * 200 * DAY_MS))
      const source = random.weighted([['desk', 50], ['online', 25], ['form', 20], ['import', 5]] as const)
      consentEvents.push({
        channel,
        granted: step,
        at,
        source,
        staffName: source === 'desk' ? random.pick(staff) : 'this PC',
        wording: step ? texts.consentWording[channel] : '',
        ...(source === 'import' ? { importFile: texts.importFile } : {})
      })
      consents[channel] = { granted: step, at, source }
    }
  }
  return { consents, consentEvents }
}

type PastOutcome = 'completed' | 'no-show' | 'cancelled-before' | 'cancelled-after' | 'rejected' | 'accepted'

function demoOrders(random: SeededRandom, count: number, createdAt: EpochMs, now: EpochMs, homeStoreIndex: number, refs: DemoRefs, texts: DemoTexts): DemoCustomer['orders'] {
  if (count === 0) return []
  const upcoming = random.chance(0.25) ? 1 : 0
  const times: EpochMs[] = []
  for (let i = 0; i < count - upcoming; i++) times.push(slot(createdAt + Math.floor(random.next() * (now - createdAt))))
  times.sort((a, b) => a - b)
  const orders: DemoCustomer['orders'] = []
  for (const at of times) orders.push(demoOrder(random, Math.min(at, now - 3_600_000), now, false, homeStoreIndex, refs, texts))
  if (upcoming) orders.push(demoOrder(random, slot(now + DAY_MS + Math.floor(random.next() * 30 * DAY_MS)), now, true, homeStoreIndex, refs, texts))
  return orders
}

/** Rounded to a quarter hour between 9:00 and 19:00 UTC, when salons book. */
function slot(at: EpochMs): EpochMs {
  const day = Math.floor(at / DAY_MS) * DAY_MS
  const minutes = 9 * 60 + (Math.floor((at - day) / 60_000) % (10 * 60))
  return day + Math.floor(minutes / 15) * 15 * 60_000
}

function demoOrder(random: SeededRandom, at: EpochMs, now: EpochMs, upcoming: boolean, homeStoreIndex: number, refs: DemoRefs, texts: DemoTexts): DemoCustomer['orders'][number] {
  const storeIndex = random.chance(0.88) ? homeStoreIndex : random.int(0, demoStores.length - 1)
  const store = demoStores[storeIndex]!
  // A salon sells products online and delivers them; a haircut or a manicure is a visit, booked or walked in.
  const kind = upcoming ? 'booking' : random.chance(0.08) ? 'order' : 'visit'
  const channel: OrderChannel =
    kind === 'order'
      ? random.weighted([['online', 55], ['delivery', 30], ['app', 15]] as const)
      : random.weighted([['walk-in', 20], ['phone', 35], ['online', 30], ['app', 15]] as const)
  const items = demoItems(random, store, kind === 'order', texts)
  const value = items.reduce((sum, item) => sum + item.unitPrice * item.quantity, 0)
  const staffName = random.pick(store.staff)
  // An upcoming booking was made some days ago, not all of them in the last minute before the demo was loaded.
  const bookedAhead = channel === 'walk-in' ? 0 : Math.floor(random.exponential((upcoming ? 14 : 4) * DAY_MS))
  const createdAt = upcoming ? Math.min(at - bookedAhead, now - DAY_MS - Math.floor(random.next() * 10 * DAY_MS)) : Math.min(at - bookedAhead, now - 60_000)
  const outcome: PastOutcome | 'pending' = upcoming
    ? random.chance(0.35) ? 'pending' : 'accepted'
    : random.weighted([['completed', 80], ['no-show', 4], ['cancelled-before', 5], ['cancelled-after', 4], ['rejected', 3], ['accepted', 4]] as const)
  const statusHistory = historyFor(outcome, channel, createdAt, at, now, staffName)
  const status = statusHistory[statusHistory.length - 1]!.status
  const tip = status === 'completed' && kind === 'visit' && random.chance(0.35) ? Math.round((value * random.int(5, 15)) / 100 / 100) * 100 : 0
  return {
    storeId: refs.storeIds[storeIndex]!,
    kind,
    channel,
    status,
    statusHistory,
    at,
    createdAt,
    value,
    tip,
    items,
    staffName,
    notes: ''
  }
}

function demoItems(random: SeededRandom, store: DemoStore, products: boolean, texts: DemoTexts): Order['items'] {
  const offered = store.services.filter((service) => (service.product ?? false) === products)
  const count = products ? 1 : random.weighted([[1, 60], [2, 30], [3, 10]] as const)
  const chosen = new Set<number>()
  while (chosen.size < count) chosen.add(random.int(0, offered.length - 1))
  return [...chosen].map((index) => {
    const service = offered[index]!
    return { name: texts.services[service.key], quantity: products ? random.int(1, 2) : 1, unitPrice: service.price }
  })
}

function historyFor(outcome: PastOutcome | 'pending', channel: OrderChannel, createdAt: EpochMs, at: EpochMs, now: EpochMs, staffName: string): StatusChange[] {
  const change = (status: OrderStatus, when: EpochMs): StatusChange => ({ status, at: Math.min(Math.max(when, createdAt), now), staffName })
  const accepted = createdAt + 10 * 60_000
  switch (outcome) {
    case 'completed':
      return channel === 'walk-in' ? [change('completed', at + 3_600_000)] : [change('pending', createdAt), change('accepted', accepted), change('completed', at + 3_600_000)]
    case 'no-show':
      return [change('pending', createdAt), change('accepted', accepted), change('no-show', at + 900_000)]
    case 'cancelled-before':
      return [change('pending', createdAt), change('cancelled', createdAt + Math.max(0, (at - createdAt) / 2))]
    case 'cancelled-after':
      return [change('pending', createdAt), change('accepted', accepted), change('cancelled', at - 3_600_000)]
    case 'rejected':
      return [change('pending', createdAt), change('rejected', accepted)]
    case 'accepted':
      return [change('pending', createdAt), change('accepted', accepted)]
    case 'pending':
      return [change('pending', createdAt)]
  }
}

