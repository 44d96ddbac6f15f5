import { defaultPhoneCountry } from '@shared/domain/phone-country'
import type { RegularsDatabase } from '../schema'

/** Settings kept in the database (they travel with a backup, unlike per-PC UI preferences). */
export interface DataSettings {
  /** ISO 4217. Customer-row metrics sum the orders of stores in this currency. */
  mainCurrency: string
  /**
   * ISO 3166-1 alpha-2: how a phone typed without "+" is read — the form, the card, the list,
   * the import. The manager's choice; until there is one, the stores' country, else the
   * system locale's region (shared/domain/phone-country.ts).
   */
  defaultPhoneCountry: string
  /** Recorded in consent history and the audit log; "this PC" until staff profiles exist. */
  staffName: string
}

export const THIS_PC = 'this PC'

export const defaultDataSettings: DataSettings = {
  mainCurrency: 'PLN',
  defaultPhoneCountry: 'PL',
  staffName: THIS_PC
}

/** The system's locale as main reports it (app:info); the page's language until told. */
let systemLocale: string | undefined

export function setSystemLocale(locale: string | undefined): void {
  systemLocale = locale
}

async function resolvedPhoneCountry(db: RegularsDatabase): Promise<string> {
  const stores = await db.stores.toArray() // a chain has a handful of stores
  return defaultPhoneCountry({ storeCountries: stores.map((store) => store.country), systemLocale: systemLocale ?? globalThis.navigator?.language })
}

export async function getDataSettings(db: RegularsDatabase): Promise<DataSettings> {
  const rows = await db.settings.bulkGet(Object.keys(defaultDataSettings))
  const settings = { ...defaultDataSettings }
  const chosen = new Set<string>()
  for (const row of rows) {
    if (row && row.key in settings && typeof row.value === 'string') {
      ;(settings as Record<string, string>)[row.key] = row.value
      chosen.add(row.key)
    }
  }
  if (!chosen.has('defaultPhoneCountry')) settings.defaultPhoneCountry = await resolvedPhoneCountry(db)
  return settings
}

export async function getSetting<K extends keyof DataSettings>(db: RegularsDatabase, key: K): Promise<DataSettings[K]> {
  const row = await db.settings.get(key)
  if (typeof row?.value === 'string') return row.value as DataSettings[K]
  if (key === 'defaultPhoneCountry') return (await resolvedPhoneCountry(db)) as DataSettings[K]
  return defaultDataSettings[key]
}

/**
 * Writes one setting. The main currency is not set here: changing it changes every customer
 * row's figures, see `changeMainCurrency` in maintenance.ts.
 */
export async function setSetting(db: RegularsDatabase, key: Exclude<keyof DataSettings, 'mainCurrency'>, value: string): Promise<void> {
  await db.settings.put({ key, value })
}

/** Any other feature's key/value (list layout, saved choices…): JSON values only. */
export async function getFeatureSetting<T>(db: RegularsDatabase, key: string, fallback: T): Promise<T> {
  const row = await db.settings.get(key)
  return row === undefined ? fallback : (row.value as T)
}

export async function setFeatureSetting(db: RegularsDatabase, key: string, value: unknown): Promise<void> {
  if (key in defaultDataSettings) throw new Error(`${key} is a data setting; use setSetting`)
  await db.settings.put({ key, value })
}
