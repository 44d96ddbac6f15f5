/**
 * How an e-mail's domain is found by a piece of it ("gmail", "onet.pl", "poczta.onet"): the
 * search matches token prefixes, so the domain is indexed from each of its labels on —
 * "poczta.onet.pl" and "onet.pl" — and a typed piece is the start of one of them.
 *
 * Never the top-level label alone ("pl", "com"), nor a registry's second level ("com.pl",
 * "co.uk"): those are shared by most addresses of a country, so typing "pl" or "com" would
 * list a large part of the base ahead of the names it was meant to find.
 */

/** Second-level labels registries sell under a country's code ("firma.com.pl", "shop.co.uk"). */
const REGISTRY_SECOND_LEVEL = new Set(['ac', 'co', 'com', 'edu', 'gov', 'in', 'net', 'org'])

/** The domain from each of its labels on, as tokens; `domain` is folded ("poczta.onet.pl"). */
export function emailDomainTokens(domain: string): string[] {
  const labels = domain.split('.').filter((label) => label !== '')
  const tokens: string[] = []
  for (let start = 0; start < labels.length - 1; start++) {
    const rest = labels.slice(start)
    if (start > 0 && rest.length === 2 && REGISTRY_SECOND_LEVEL.has(rest[0]!) && rest[1]!.length === 2) break
    tokens.push(rest.join('.'))
  }
  return tokens
}

/**
 * A typed word that is a piece of an address rather than a name: a dot between two letters
 * or digits ("onet.pl", "poczta.onet", "j.kowalski"). It is searched whole — split at the dot,
 * "onet.pl" would ask for a token starting with "pl" as well, which no domain has.
 */
export function isAddressPiece(word: string): boolean {
  return /[\p{L}\p{N}]\.[\p{L}\p{N}]/u.test(word)
}
