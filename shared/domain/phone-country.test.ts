import { describe, expect, it } from 'vitest'
import { defaultPhoneCountry, localeRegion } from './phone-country'

describe('the phone country when the manager has chosen none', () => {
  it('is the country most stores are in', () => {
    expect(defaultPhoneCountry({ storeCountries: ['CZ', 'PL', 'CZ'], systemLocale: 'en-US' })).toBe('CZ')
    expect(defaultPhoneCountry({ storeCountries: ['FR', 'BG'], systemLocale: 'pl-PL' })).toBe('FR')
  })

  it('is the system locale’s region when no store says (not Poland for everyone)', () => {
    expect(defaultPhoneCountry({ storeCountries: [undefined, ''], systemLocale: 'en-US' })).toBe('US')
    expect(defaultPhoneCountry({ storeCountries: [], systemLocale: 'en-GB' })).toBe('GB')
    expect(defaultPhoneCountry({ storeCountries: [], systemLocale: 'uk' })).toBe('UA')
    expect(defaultPhoneCountry({ storeCountries: [], systemLocale: 'cs' })).toBe('CZ')
    expect(defaultPhoneCountry({ storeCountries: [], systemLocale: 'bg_BG' })).toBe('BG')
  })

  it('falls back to Poland only when nothing says otherwise', () => {
    expect(defaultPhoneCountry({ storeCountries: [], systemLocale: undefined })).toBe('PL')
    expect(defaultPhoneCountry({ storeCountries: ['XX'], systemLocale: 'not a locale!' })).toBe('PL')
    expect(localeRegion('en-001')).toBe('US')
  })
})
