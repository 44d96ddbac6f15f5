import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { freshDatabase, type RegularsDatabase } from '../test-support'
import { getDataSettings, getSetting, setSetting, setSystemLocale } from './settings'
import { createStore } from './stores'

/** The phone country the form, the card, the list and the import read numbers without "+" in. */
describe('the phone country for numbers written without one', () => {
  let db: RegularsDatabase
  beforeEach(async () => {
    db = await freshDatabase()
  })
  afterEach(() => {
    setSystemLocale(undefined)
    db.close()
  })

  it("is the system locale's country while no store says otherwise (not Poland for everyone)", async () => {
    setSystemLocale('bg-BG')
    expect((await getDataSettings(db)).defaultPhoneCountry).toBe('BG')
    setSystemLocale('fr')
    expect(await getSetting(db, 'defaultPhoneCountry')).toBe('FR')
  })

  it("is the stores' country once they have one, and the manager's choice above all", async () => {
    setSystemLocale('en-GB')
    await createStore(db, { name: 'Praha Vinohrady', currency: 'CZK', country: 'CZ' })
    await createStore(db, { name: 'Brno', currency: 'CZK', country: 'CZ' })
    await createStore(db, { name: 'Bratislava', currency: 'EUR', country: 'SK' })
    expect((await getDataSettings(db)).defaultPhoneCountry).toBe('CZ')
    await setSetting(db, 'defaultPhoneCountry', 'SK')
    expect((await getDataSettings(db)).defaultPhoneCountry).toBe('SK')
  })
})
