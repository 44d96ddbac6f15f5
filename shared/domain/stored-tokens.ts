import { customerTokens, type TokenSource } from './search-tokens'

/**
 * Whether a row's stored search tokens are those of today's rules. Older rules stay readable:
 * rows written before phone suffixes were strided keep one at every digit (the same queries
 * find them, so they stay as they are), and rows written before an e-mail's domain was a
 * token lack the domain tokens — those the background refresh rewrites, and until it reaches
 * them they are as they were written, not broken.
 */
export type StoredTokens = 'current' | 'before-domains' | 'out-of-step'

export function storedTokensState(customer: TokenSource & { tokens: readonly string[] }): StoredTokens {
  const stored = sortedKey(customer.tokens)
  const matches = (options: Parameters<typeof customerTokens>[1]) => sortedKey(customerTokens(customer, options)) === stored
  // Most rows first: current, then written before domains; the legacy phone forms are rare.
  if (matches({})) return 'current'
  if (matches({ withoutDomains: true })) return 'before-domains'
  if (matches({ legacyPhoneSuffixes: true })) return 'current'
  if (matches({ withoutDomains: true, legacyPhoneSuffixes: true })) return 'before-domains'
  return 'out-of-step'
}

function sortedKey(tokens: readonly string[]): string {
  return [...tokens].sort().join('\n')
}
