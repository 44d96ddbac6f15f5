import { getCountries, getCountryCallingCode } from 'libphonenumber-js/max'

/**
 * Countries for "phone numbers without a country code are from", named in the UI language
 * with their calling code ("Polska (+48)"), sorted by name; the list is filterable.
 */
export function phoneCountryOptions(locale: string): { value: string; label: string }[] {
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' })
  return getCountries()
    .map((code) => ({ value: code as string, label: `${names.of(code) ?? code} (+${getCountryCallingCode(code)})` }))
    .sort((a, b) => a.label.localeCompare(b.label, locale))
}
