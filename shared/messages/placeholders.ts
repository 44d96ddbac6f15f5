/**
 * Placeholders of a message text: `{first name}`, `{discount}`, `{store}` — each also by its
 * name in the UI language (`{imię}`), so the manager types them in their own words. What is
 * not a known placeholder stays as typed and is reported, so a typo never reaches customers
 * unnoticed.
 */

export const placeholderKeys = ['firstName', 'discount', 'store'] as const
export type PlaceholderKey = (typeof placeholderKeys)[number]

/** The English names, always understood whatever the UI language. */
export const englishPlaceholderNames: Record<PlaceholderKey, string> = { firstName: 'first name', discount: 'discount', store: 'store' }

export interface PlaceholderValues {
  firstName: string
  /** 0–100. */
  discountPercent: number
  store: string
}

export interface FilledMessage {
  text: string
  /** Placeholders that name nothing known, as typed (without braces), each once. */
  unknown: string[]
}

const placeholder = /\{([^{}\n]{1,40})\}/g

const normalised = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase()

/** Names → keys: the English ones and those given (a language's own words). */
export function placeholderNames(...localNames: Array<Partial<Record<PlaceholderKey, string>>>): Map<string, PlaceholderKey> {
  const names = new Map<string, PlaceholderKey>()
  for (const source of [englishPlaceholderNames, ...localNames])
    for (const key of placeholderKeys) if (source[key]) names.set(normalised(source[key]!), key)
  return names
}

/** The placeholders of a text that name nothing known. */
export function unknownPlaceholders(template: string, names: ReadonlyMap<string, PlaceholderKey>): string[] {
  const unknown = new Set<string>()
  for (const match of template.matchAll(placeholder)) if (!names.has(normalised(match[1]))) unknown.add(match[1])
  return [...unknown]
}

/** The text with one customer's values; the discount as the locale writes a percentage ("10 %" in French). */
export function fillMessage(template: string, values: PlaceholderValues, names: ReadonlyMap<string, PlaceholderKey>, locale: string): FilledMessage {
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })
  const unknown = new Set<string>()
  const text = template.replace(placeholder, (whole, name: string) => {
    const key = names.get(normalised(name))
    if (key === 'firstName') return values.firstName
    if (key === 'discount') return percent.format(values.discountPercent / 100)
    if (key === 'store') return values.store
    unknown.add(name)
    return whole
  })
  return { text, unknown: [...unknown] }
}
