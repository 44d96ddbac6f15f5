import { exportFacet, fieldLabelKey, type FieldKey } from '@shared/customer-fields/derived'
import { displayName } from '@shared/domain/customer'
import { formatPhoneInternational } from '@shared/domain/phone'
import { NOT_ESTIMABLE, type Customer, type Id } from '@shared/domain/types'
import { appDb, customerHistoryCounts, getCustomer, getDataSettings, newestOrders } from '@renderer/db'
import { fieldLookups, readFieldTables } from '../customer-fields/field-lookups'
import type { CardFact, CardPrintContent } from './CustomerCardPrint.vue'
import { printFormatters } from './print-format'

type Translate = (key: string, named?: Record<string, unknown>) => string

/** Orders on a printed card: the latest ones; the card on screen has the whole history. */
export const cardOrdersPrinted = 100

const present = (facts: CardFact[]) => facts.filter((fact) => fact.value.trim() !== '')

/** Everything a printed customer card shows, read from the database and formatted. */
export async function cardPrintContent(id: Id, t: Translate, locale: string): Promise<{ content: CardPrintContent; customer: Customer; storeName: string }> {
  const db = appDb()
  const customer = await getCustomer(db, id)
  if (!customer) throw Object.assign(new Error(`Customer ${id} not found`), { code: 'data.customer-not-found' })
  const [settings, tables] = await Promise.all([getDataSettings(db), readFieldTables()])
  const { categories, groups, stores } = tables
  const lookups = fieldLookups(tables, t, locale)
  const [{ orders: orderCount }, orders] = await Promise.all([customerHistoryCounts(db, id), newestOrders(db, id, cardOrdersPrinted)])
  const format = printFormatters(locale, settings.mainCurrency, { yes: t('export.values.yes'), no: t('export.values.no') })
  const storeById = new Map(stores.map((store) => [store.id!, store]))
  const names = (ids: Id[], list: ReadonlyArray<{ id?: Id; name: string }>) => ids.map((each) => list.find((item) => item.id === each)?.name ?? `#${each}`).join(', ')
  const field = (key: FieldKey) => t(fieldLabelKey(key))
  const address = [customer.address.street, [customer.address.postalCode, customer.address.city].filter(Boolean).join(' '), customer.address.country].filter(Boolean).join('\n')
  const birthday = /^\d{4}-\d{2}-\d{2}$/.test(customer.birthday)
    ? format.date(new Date(`${customer.birthday}T00:00:00`).getTime())
    : /^--\d{2}-\d{2}$/.test(customer.birthday)
      ? new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long' }).format(new Date(2000, Number(customer.birthday.slice(2, 4)) - 1, Number(customer.birthday.slice(5, 7))))
      : customer.birthday
  const consent = (channel: 'email' | 'sms') => {
    const state = customer.consents[channel]
    if (state.at === 0) return t('print.card.consentNever')
    return t(state.granted ? 'print.card.consentGiven' : 'print.card.consentWithdrawn', { date: format.date(state.at) })
  }
  const homeStore = customer.homeStoreId ? (storeById.get(customer.homeStoreId)?.name ?? '') : ''

  const content: CardPrintContent = {
    name: customer.erased ? t('print.card.erasedName', { id }) : displayName(customer) || t('print.card.noName'),
    subtitle: [`${field('type')}: ${t(`export.values.types.${customer.type}`)}`, `${field('id')} ${id}`, `${field('createdAt')}: ${format.date(customer.createdAt)}`].join(' · '),
    blocked: customer.blocked === 1,
    erased: customer.erased === 1,
    contact: present([
      { label: field('phone'), value: customer.phones.map(formatPhoneInternational).join('\n') },
      { label: field('email'), value: customer.emails.join('\n') },
      { label: field('address'), value: address },
      { label: field('birthday'), value: birthday },
      { label: field('cardNumber'), value: customer.cardNumber },
      { label: field('homeStore'), value: homeStore },
      { label: field('referral'), value: String(exportFacet('referral').value(customer, lookups) ?? '') },
      { label: field('categories'), value: names(customer.categoryIds, categories) },
      { label: field('groups'), value: names(customer.groupIds, groups) },
      { label: field('discountPercent'), value: customer.discountPercent ? `${format.number(customer.discountPercent)} %` : '' }
    ]),
    overview: [
      { label: field('orderCount'), value: format.number(customer.orderCount), numeric: true },
      { label: field('visits'), value: format.number(customer.visits), numeric: true },
      { label: field('noShows'), value: format.number(customer.noShows), numeric: true },
      { label: field('totalValue'), value: format.money(customer.totalValue), numeric: true },
      { label: field('averageValue'), value: customer.orderCount ? format.money(customer.averageValue) : '—', numeric: true },
      { label: field('tipsTotal'), value: format.money(customer.tipsTotal), numeric: true },
      { label: field('estimatedAnnualValue'), value: customer.estimatedAnnualValue === NOT_ESTIMABLE ? '—' : format.money(customer.estimatedAnnualValue), numeric: true },
      { label: field('firstOrderAt'), value: format.date(customer.firstOrderAt) || '—' },
      { label: field('lastOrderAt'), value: format.date(customer.lastOrderAt) || '—' }
    ],
    consents: [
      { label: t('print.card.consentEmail'), value: consent('email') },
      { label: t('print.card.consentSms'), value: consent('sms') }
    ],
    notes: present([
      { label: field('allergies'), value: customer.allergies, emphasis: true },
      { label: field('preferences'), value: customer.preferences },
      { label: field('notes'), value: customer.notes }
    ]),
    orders: {
      columns: [
        { header: t('export.orderFields.at'), numeric: false, whole: true },
        { header: t('export.orderFields.store'), numeric: false, whole: false },
        { header: t('export.orderFields.kind'), numeric: false, whole: false },
        { header: t('export.orderFields.status'), numeric: false, whole: false },
        { header: t('export.orderFields.value'), numeric: true, whole: true },
        { header: t('export.orderFields.tip'), numeric: true, whole: true },
        { header: t('export.orderFields.items'), numeric: false, whole: false },
        { header: t('export.orderFields.staff'), numeric: false, whole: false }
      ],
      rows: orders.map((order) => {
        const currency = storeById.get(order.storeId)?.currency ?? settings.mainCurrency
        return [
          format.dateTimeShort(order.at),
          storeById.get(order.storeId)?.name ?? '',
          t(`export.values.kinds.${order.kind}`),
          t(`export.values.statuses.${order.status}`),
          format.money(order.value, currency),
          order.tip ? format.money(order.tip, currency) : '',
          order.items.map((item) => (item.quantity === 1 ? item.name : `${item.quantity}× ${item.name}`)).join(', '),
          order.staffName
        ]
      }),
      note: orderCount > cardOrdersPrinted ? t('print.card.latestOrders', { n: format.number(cardOrdersPrinted), total: format.number(orderCount) }) : ''
    }
  }
  return { content, customer, storeName: homeStore || (stores.length === 1 ? stores[0].name : '') }
}
