import { importFacet, importTargets, type ImportField } from '../customer-fields/derived'

/**
 * What a column header may be called, per field: the words each import target of the
 * catalogue declares (shared/customer-fields/catalogue.ts) — in the six UI languages (en, pl,
 * cs, uk, fr, bg), in Russian (Altegio/YCLIENTS exports in Ukraine and Bulgaria often come in
 * Russian), and as the systems people move from name them in their exports: Shopify,
 * Mailchimp, Square, Fresha, Booksy, Altegio, UpMenu, UPgates, Reservation.Studio,
 * Flipdish, Vagaro, Timely, Google Contacts and Outlook CSV — and two lists of its own here:
 * 'calculated' marks figures Regulars derives from visits (spend, visit count…): such a
 * column is not imported, and the mapping screen says why. 'ignore' marks columns that look
 * like a field but are not one (a fax number, the "Type" column beside a Google phone…).
 *
 * Written naturally; they are folded like headers (header-words.ts) before comparing.
 */
export type HeaderTarget = ImportField | 'ignore' | 'calculated'

const notFields: Record<'calculated' | 'ignore', string[]> = {
  calculated: [
    'Total Spent', 'Total Spend', 'Total Orders', 'orders', 'order count', 'number of orders', 'orders count', 'visits', 'visit count',
    'number of visits', 'total visits', 'total value', 'Total Order Value', 'Average Order Value', 'average spend', 'last visit', 'first visit',
    'last order', 'first order', 'last activity', 'Last Activity Time', 'paid', 'sales', 'revenue', 'tips', 'lifetime value', 'Transaction Count',
    'no shows', 'cancellations', 'balance', 'spent', 'amount spent', 'last appointment', 'first appointment', 'appointments',
    'Member Rating', 'Estimated Annual Value',
    'liczba zamówień', 'wartość zamówień', 'suma zamówień', 'wartość wszystkich zamówień', 'liczba wizyt', 'ostatnia wizyta', 'pierwsza wizyta',
    'średnia wartość zamówienia', 'napiwki', 'obrót', 'ostatnie zamówienie', 'pierwsze zamówienie', 'wydatki', 'suma wydatków', 'wizyty',
    'počet objednávek', 'hodnota objednávek', 'obrat', 'počet návštěv', 'poslední návštěva', 'první návštěva', 'poslední objednávka',
    'průměrná hodnota objednávky', 'spropitné', 'útrata', 'návštěvy',
    'кількість візитів', 'візити', 'сума продажів', 'перший візит', 'останній візит', 'чайові', 'оплачено', 'сума витрат', 'витрати',
    'середній чек', 'кількість замовлень', 'сума замовлень',
    'nombre de commandes', 'valeur totale commandée', 'valeur moyenne des commandes', 'dernière activité', 'heure de la dernière activité',
    'dernière visite', 'première visite', 'pourboires', 'valeur annuelle estimée', 'total dépensé', 'visites', 'commandes',
    'брой поръчки', 'стойност на поръчките', 'брой посещения', 'последно посещение', 'първо посещение', 'бакшиши', 'посещения', 'похарчено',
    'визитов', 'визиты', 'сумма продаж', 'первый визит', 'последний визит', 'чаевые', 'оплачено', 'средний чек'
  ],
  ignore: [
    'id', 'customer id', 'client id', 'contact id', 'Square Customer ID', 'Reference ID', 'uuid', 'external id', 'LEID', 'EUID',
    'gender', 'sex', 'płeć', 'pohlaví', 'стать', 'sexe', 'genre', 'пол',
    'company', 'company name', 'organization', 'Organization Name', 'Organization Title', 'Organization Department', 'Default Address Company',
    'firma', 'nazwa firmy', 'společnost', 'компанія', 'société', 'entreprise', 'фирма', 'компания',
    'job title', 'title', 'suffix', 'prefix', 'department', 'Company Yomi', 'Given Yomi', 'Surname Yomi', 'Yomi Name', 'Given Name Yomi',
    'Family Name Yomi', 'Additional Name Yomi', 'Phonetic First Name', 'Phonetic Middle Name', 'Phonetic Last Name', 'File As',
    'middle name', 'additional name', 'drugie imię', 'prostřední jméno', 'по батькові', 'отчество', 'бащино име', 'презиме', 'deuxième prénom',
    'fax', 'business fax', 'home fax', 'other fax', 'pager', 'telex', 'TTY TDD Phone', 'callback', 'radio phone', 'car phone', 'assistants phone',
    'assistants name', 'managers name',
    'phone type', 'phone label', 'email type', 'email label', 'address type', 'address label', 'address formatted', 'address po box',
    'address extended address', 'address region', 'website type', 'website label', 'relation type', 'relation label', 'event type', 'event label',
    'email display name', 'display name', 'anniversary', 'spouse', 'children', 'schools', 'hobby', 'occupation', 'mileage', 'sensitivity',
    'priority', 'subject', 'billing information', 'directory server', 'location', 'office location', 'photo', 'website', 'web page',
    'personal web page', 'IM address', 'initials', 'account', 'language', 'timezone', 'time zone', 'latitude', 'longitude', 'GMTOFF', 'DSTOFF',
    'OPTIN_TIME', 'OPTIN_IP', 'CONFIRM_TIME', 'CONFIRM_IP', 'LAST_CHANGED', 'region', 'state', 'province', 'province code', 'region code',
    'Default Address Province Code', 'Default Address Address2 Province', 'tax exempt', 'Creation Source',
    'block reason', 'Instant Profile', 'nickname',
    'business street', 'business city', 'business state', 'business postal code',
    'business country region', 'other street', 'other city', 'other state',
    'other postal code', 'other country region', 'other pobox', 'home pobox', 'business pobox', 'home state',
    'województwo', 'kraj związkowy', 'kraj (region)', 'область', 'région', 'département', 'област', 'NIP', 'IČO', 'IČ', 'DIČ', 'VAT number',
    'numéro de TVA', 'SIRET', 'ЄДРПОУ', 'ЕИК'
  ]
}

/**
 * The tie-break when a header matches two phrases equally well: earlier first, so specific
 * before general ("Default Address Phone" is a phone, not a street). Targets not listed here
 * come after these, in the catalogue's order.
 */
const precedence: readonly HeaderTarget[] = [
  'consentSmsDate',
  'consentEmailDate',
  'consentSms',
  'consentEmail',
  'consentMarketing',
  'blocked',
  'calculated',
  'ignore',
  'email',
  'phone',
  'cardNumber',
  'postalCode',
  'city',
  'country',
  'birthday',
  'createdAt',
  'discount',
  'allergies',
  'preferences',
  'notes',
  'category',
  'group',
  'type',
  'firstName',
  'lastName',
  'fullName',
  'street'
]

function wordsOf(target: HeaderTarget): string[] {
  if (target === 'calculated' || target === 'ignore') return notFields[target]
  return Object.values(importFacet(target).words).flat()
}

export const headerSynonyms: Record<HeaderTarget, string[]> = Object.fromEntries(
  [...precedence, ...importTargets.filter((target) => !precedence.includes(target))].map((target) => [target, wordsOf(target)])
) as Record<HeaderTarget, string[]>
