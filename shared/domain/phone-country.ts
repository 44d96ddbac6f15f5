import { isSupportedCountry } from 'libphonenumber-js/max'

/**
 * The country a phone number written without "+" is read in, when the manager has not chosen
 * one: the stores' country (the one most of them are in; the first store's on a tie), else the
 * region of the system's locale ("en-US" → US; a bare "pl" → PL, its likeliest region), else
 * Poland, where Regulars began. Never one a phone number cannot be read in.
 */

const lastResort = 'PL'

function phoneCountry(code: string | undefined): string | null {
  const upper = code?.toUpperCase()
  return upper && /^[A-Z]{2}$/.test(upper) && isSupportedCountry(upper) ? upper : null
}

/** The region of a locale tag, guessed from the language when the tag names none. */
export function localeRegion(locale: string | undefined): string | null {
  if (!locale) return null
  try {
    const parsed = new Intl.Locale(locale.replace(/_/g, '-'))
    // "en-001" (English, world) names no country: the language's likeliest one.
    return phoneCountry(parsed.region) ?? phoneCountry(new Intl.Locale(parsed.language).maximize().region)
  } catch {
    return null
  }
}

export function defaultPhoneCountry(input: { storeCountries: readonly (string | undefined)[]; systemLocale: string | undefined }): string {
  const counts = new Map<string, number>()
  for (const code of input.storeCountries) {
    const country = phoneCountry(code)
    if (country) counts.set(country, (counts.get(country) ?? 0) + 1)
  }
  let best: string | null = null
  for (const [country, count] of counts) if (best === null || count > counts.get(best)!) best = country
  return best ?? localeRegion(input.systemLocale) ?? lastResort
}
