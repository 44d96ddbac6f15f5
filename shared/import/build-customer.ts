import { cellText, type ImportCell, type ImportRow } from './cell'
import type { ColumnTarget, ImportField } from './fields'
import { mobileFirst, parsePhones, parseEmails } from './parse-contacts'
import { birthdayText, isNoDatePlaceholder, localInstant, parseDate, type DayOrder } from './parse-date'
import { parseLabels } from './parse-labels'
import { parseConsent, parseCountry, parseCustomerType, parseDiscount, parseYesNo, type ConsentState } from './parse-values'
import { splitFullName, type NameOrder } from './split-name'
import { foldHeader } from './header-words'
import { defaultReferralSources, otherSourceId, referralReader, type ReferralChoice } from '../customer-fields/referral'
import type { Id, Referral } from '../domain/types'

/**
 * One row of the file, read through the column mapping into the customer it will become,
 * with every problem found in it. Nothing a cell held is silently dropped: a phone number or
 * e-mail that cannot be read is kept in the notes (under its column's header) and reported.
 */

export type RowProblemCode =
  | 'email-invalid'
  | 'phone-invalid'
  | 'phone-unverified'
  | 'phone-scientific'
  | 'date-invalid'
  | 'date-out-of-range'
  | 'discount-invalid'
  | 'consent-unknown'
  | 'type-unknown'
  | 'flag-unknown'
  | 'country-unknown'
  | 'store-unknown'
  | 'text-shortened'
  | 'too-many-phones'
  | 'too-many-emails'
  | 'value-too-long'

export interface RowProblem {
  code: RowProblemCode
  /** The column (0-based) the value came from. */
  column: number
  /** The value as it was in the file (shortened for display). */
  value: string
}

export interface ImportedConsent {
  /**
   * Given; withdrawn (the file says so: "unsubscribed", "wycofana"); not given — a plain "No",
   * never asked or declined, which records nothing and never withdraws a consent.
   */
  state: ConsentState
  /** When the file says it was given or withdrawn (a date in the consent column or its date column), else null. */
  at: number | null
}

/** What a row says about a customer; empty strings / nulls where the file says nothing. */
export interface ImportedCustomer {
  firstName: string
  lastName: string
  phones: string[]
  emails: string[]
  street: string
  postalCode: string
  city: string
  /** ISO 3166-1 alpha-2 or "". */
  country: string
  birthday: string
  cardNumber: string
  notes: string
  preferences: string
  allergies: string
  discountPercent: number | null
  categoryNames: string[]
  groupNames: string[]
  type: 'registered' | 'contact' | null
  blocked: boolean | null
  consentEmail: ImportedConsent | null
  consentSms: ImportedConsent | null
  createdAt: number | null
  referral: Referral | null
  /** A store of the chain, named in the file; 0 when it names none. */
  homeStoreId: Id
}

export interface BuiltRow {
  line: number
  customer: ImportedCustomer
  problems: RowProblem[]
  /** Has a name, a phone or an e-mail: something the desk can find the customer by. */
  identified: boolean
}

export interface BuildContext {
  mapping: readonly ColumnTarget[]
  headers: readonly string[]
  /** ISO alpha-2: how phones without "+" are read when the row has no country of its own. */
  defaultCountry: string
  /** Per column: how its dd/mm dates are ordered (see detectDayOrder). */
  dayOrders: readonly DayOrder[]
  /** Per column: which name a full-name column writes first (name-order.ts); first name first when not given. */
  nameOrders?: readonly NameOrder[]
  /** The chain's stores, for a home-store column (matched by name); a store's country reads its customers' phones. */
  stores?: readonly { id: Id; name: string; country?: string }[]
  now: number
  /**
   * The manager's referral sources with every name a file may give them, and the "other"
   * source an unknown value goes to; without it, the default sources by their preset keys.
   */
  referralSources?: { choices: readonly ReferralChoice[]; otherId: Id | undefined }
}

const defaultReferralReader = referralReader(
  defaultReferralSources().map((source): ReferralChoice => ({ id: source.id, names: [source.preset!] })),
  otherSourceId(defaultReferralSources())
)
/** One reader per import (its names folded once), kept while the import's context lives. */
const referralReaders = new WeakMap<object, (text: string) => Referral | null>()

function readerOf(context: BuildContext): (text: string) => Referral | null {
  const sources = context.referralSources
  if (!sources) return defaultReferralReader
  let reader = referralReaders.get(sources)
  if (!reader) referralReaders.set(sources, (reader = referralReader(sources.choices, sources.otherId)))
  return reader
}

/** Limits of the customer record (shared/domain/schemas.ts). */
export const recordLimits = { name: 200, text: 2_000, cardNumber: 40, postalCode: 20, phones: 10, emails: 10 } as const

const earliestCreated = new Date(1980, 0, 1).getTime()
const oneDay = 86_400_000

function shown(cell: ImportCell): string {
  const text = cellText(cell)
  return text.length > 80 ? `${text.slice(0, 77)}…` : text
}

export function emptyImportedCustomer(): ImportedCustomer {
  return {
    firstName: '',
    lastName: '',
    phones: [],
    emails: [],
    street: '',
    postalCode: '',
    city: '',
    country: '',
    birthday: '',
    cardNumber: '',
    notes: '',
    preferences: '',
    allergies: '',
    discountPercent: null,
    categoryNames: [],
    groupNames: [],
    type: null,
    blocked: null,
    consentEmail: null,
    consentSms: null,
    createdAt: null,
    referral: null,
    homeStoreId: 0
  }
}

function columnsOf(mapping: readonly ColumnTarget[], field: ImportField): number[] {
  return mapping.flatMap((target, index) => (target === field ? [index] : []))
}

export function buildCustomerRow(row: ImportRow, context: BuildContext): BuiltRow {
  const { mapping, headers } = context
  const customer = emptyImportedCustomer()
  const problems: RowProblem[] = []
  const kept: string[] = []
  const cell = (column: number): ImportCell => row.cells[column] ?? null
  const problem = (code: RowProblemCode, column: number) => problems.push({ code, column, value: shown(cell(column)) })
  const keep = (column: number, value: string) => kept.push(`${headers[column] ?? ''}: ${value}`)
  const text = (field: ImportField): string =>
    columnsOf(mapping, field)
      .map((column) => cellText(cell(column)))
      .filter((value) => value !== '')
      .join(' ')
  const limited = (value: string, limit: number, column: number): string => {
    if (value.length <= limit) return value
    problem('text-shortened', column)
    return value.slice(0, limit)
  }
  const firstColumn = (field: ImportField) => columnsOf(mapping, field)[0] ?? -1

  // Names: separate columns win; a full-name column fills what they leave empty.
  customer.firstName = limited(text('firstName'), recordLimits.name, firstColumn('firstName'))
  customer.lastName = limited(text('lastName'), recordLimits.name, firstColumn('lastName'))
  const full = text('fullName')
  if (full && !customer.firstName && !customer.lastName) {
    const split = splitFullName(full, context.nameOrders?.[firstColumn('fullName')] ?? 'first-name-first')
    customer.firstName = limited(split.firstName, recordLimits.name, firstColumn('fullName'))
    customer.lastName = limited(split.lastName, recordLimits.name, firstColumn('fullName'))
  }

  // Country first: it is how this row's phone numbers are read.
  const countryColumn = firstColumn('country')
  if (countryColumn >= 0 && cellText(cell(countryColumn))) {
    const country = parseCountry(cell(countryColumn))
    if (country) customer.country = country
    else problem('country-unknown', countryColumn)
  }
  const storeColumn = firstColumn('homeStore')
  const storeName = storeColumn >= 0 ? cellText(cell(storeColumn)) : ''
  const store = storeName ? context.stores?.find((candidate) => foldHeader(candidate.name) === foldHeader(storeName)) : undefined
  if (store) customer.homeStoreId = store.id
  else if (storeName) {
    // Not a store of this chain: kept in the notes (stores are set up with their currency, not by an import).
    problem('store-unknown', storeColumn)
    keep(storeColumn, storeName)
  }
  const phoneCountry = customer.country || store?.country || context.defaultCountry

  for (const column of columnsOf(mapping, 'phone')) {
    for (const outcome of parsePhones(cell(column), phoneCountry)) {
      if (outcome.ok) {
        if (customer.phones.includes(outcome.e164)) continue
        if (customer.phones.length < recordLimits.phones) {
          customer.phones.push(outcome.e164)
          // Kept as a phone (searchable), but its range is not in the phone data: the manager checks it.
          if (!outcome.verified) problems.push({ code: 'phone-unverified', column, value: outcome.e164 })
        } else {
          problem('too-many-phones', column)
          keep(column, outcome.e164)
        }
      } else {
        problems.push({ code: outcome.reason, column, value: outcome.raw })
        keep(column, outcome.raw)
      }
    }
  }
  // Telling a mobile costs a parse per number: only a row with several needs it.
  if (customer.phones.length > 1) customer.phones = mobileFirst(customer.phones)
  for (const column of columnsOf(mapping, 'email')) {
    for (const outcome of parseEmails(cell(column))) {
      if (outcome.ok) {
        if (customer.emails.includes(outcome.email)) continue
        if (customer.emails.length < recordLimits.emails) customer.emails.push(outcome.email)
        else {
          problem('too-many-emails', column)
          keep(column, outcome.email)
        }
      } else {
        problems.push({ code: 'email-invalid', column, value: outcome.raw })
        keep(column, outcome.raw)
      }
    }
  }

  const streetParts = columnsOf(mapping, 'street').map((column) => cellText(cell(column))).filter(Boolean)
  customer.street = limited(streetParts.join(', '), recordLimits.name, firstColumn('street'))
  customer.city = limited(text('city'), recordLimits.name, firstColumn('city'))
  const postal = text('postalCode')
  if (postal.length > recordLimits.postalCode) {
    problem('value-too-long', firstColumn('postalCode'))
    keep(firstColumn('postalCode'), postal)
  } else customer.postalCode = postal
  const card = text('cardNumber')
  if (card.length > recordLimits.cardNumber) {
    problem('value-too-long', firstColumn('cardNumber'))
    keep(firstColumn('cardNumber'), card)
  } else customer.cardNumber = card

  const pivotYear = new Date(context.now).getFullYear()
  // "No date" written as a date (Outlook's 0/0/00) is an empty cell.
  const dated = (column: number) => column >= 0 && cellText(cell(column)) !== '' && !isNoDatePlaceholder(cell(column))
  const birthdayColumn = firstColumn('birthday')
  if (dated(birthdayColumn)) {
    const parts = parseDate(cell(birthdayColumn), context.dayOrders[birthdayColumn] ?? 'day-first', pivotYear)
    if (!parts) problem('date-invalid', birthdayColumn)
    else if (parts.year !== null && (parts.year < 1900 || (localInstant(parts) ?? 0) > context.now)) problem('date-out-of-range', birthdayColumn)
    else customer.birthday = birthdayText(parts)
  }
  const createdColumn = firstColumn('createdAt')
  if (dated(createdColumn)) {
    const parts = parseDate(cell(createdColumn), context.dayOrders[createdColumn] ?? 'day-first', pivotYear)
    const instant = parts ? localInstant(parts) : null
    if (!parts || instant === null) problem('date-invalid', createdColumn)
    else if (instant < earliestCreated || instant > context.now + oneDay) problem('date-out-of-range', createdColumn)
    else customer.createdAt = Math.min(instant, context.now)
  }

  const discountColumn = firstColumn('discount')
  if (discountColumn >= 0 && cellText(cell(discountColumn))) {
    const discount = parseDiscount(cell(discountColumn))
    if (discount === null || discount > 100) problem('discount-invalid', discountColumn)
    else customer.discountPercent = Math.round(discount * 100) / 100
  }

  /** A date in a consent column or its date column, when it is one (null: not a date, or in the future). */
  const consentDate = (column: number): number | null => {
    const parts = parseDate(cell(column), context.dayOrders[column] ?? 'day-first', pivotYear)
    const instant = parts ? localInstant(parts) : null
    return instant !== null && instant <= context.now + oneDay ? Math.min(instant, context.now) : null
  }
  const consent = (field: ImportField, dateField: ImportField | null): ImportedConsent | null => {
    const column = firstColumn(field)
    const dateColumn = dateField ? firstColumn(dateField) : -1
    let at: number | null = null
    if (dated(dateColumn)) {
      at = consentDate(dateColumn)
      if (at === null) problem('date-invalid', dateColumn)
    }
    if (!dated(column)) return at === null ? null : { state: 'given', at }
    const state = parseConsent(cell(column))
    if (state !== null) return { state, at }
    // A date in a consent column ("subscribed on"): given on that day.
    const on = consentDate(column)
    if (on !== null) return { state: 'given', at: on }
    problem('consent-unknown', column)
    return null
  }
  const both = consent('consentMarketing', null)
  customer.consentEmail = consent('consentEmail', 'consentEmailDate') ?? both
  customer.consentSms = consent('consentSms', 'consentSmsDate') ?? both

  const typeColumn = firstColumn('type')
  if (typeColumn >= 0 && cellText(cell(typeColumn))) {
    customer.type = parseCustomerType(cell(typeColumn))
    if (customer.type === null) problem('type-unknown', typeColumn)
  }
  const blockedColumn = firstColumn('blocked')
  if (blockedColumn >= 0 && cellText(cell(blockedColumn))) {
    customer.blocked = parseYesNo(cell(blockedColumn))
    if (customer.blocked === null) problem('flag-unknown', blockedColumn)
  }

  const referralColumn = firstColumn('referralSource')
  if (referralColumn >= 0) {
    const value = cellText(cell(referralColumn))
    const referral = readerOf(context)(value)
    if (referral) customer.referral = { ...referral, note: limited(referral.note, recordLimits.name, referralColumn) }
  }

  const names = (field: ImportField) => [...new Set(columnsOf(mapping, field).flatMap((column) => parseLabels(cellText(cell(column)))))].map((name) => name.slice(0, recordLimits.name))
  customer.categoryNames = names('category')
  customer.groupNames = names('group')

  // Several columns into one text field: each labelled by its header, so nothing runs together.
  const labelled = (field: ImportField): string => {
    const columns = columnsOf(mapping, field).filter((column) => cellText(cell(column)) !== '')
    if (columns.length <= 1) return columns.length ? cellText(cell(columns[0])) : ''
    return columns.map((column) => `${headers[column]}: ${cellText(cell(column))}`).join('\n')
  }
  customer.preferences = limited(labelled('preferences'), recordLimits.text, firstColumn('preferences'))
  customer.allergies = limited(labelled('allergies'), recordLimits.text, firstColumn('allergies'))
  const notes = [labelled('notes'), ...kept].filter(Boolean).join('\n')
  customer.notes = limited(notes, recordLimits.text, Math.max(firstColumn('notes'), 0))

  const identified = customer.firstName !== '' || customer.lastName !== '' || customer.phones.length > 0 || customer.emails.length > 0
  return { line: row.line, customer, problems, identified }
}
