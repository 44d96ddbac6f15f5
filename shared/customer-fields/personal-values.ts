import { personalRowProperties } from './derived'

/**
 * `row` with every personal property of the catalogue set to its value in `blank`, or removed
 * where `blank` has none (an optional field): what erasing leaves of a customer. The erase
 * in the data layer and the demo's erased customers both go through it, so they cannot drift.
 */
export function withoutPersonalValues<T extends object>(row: T, blank: Partial<T>): T {
  const next = { ...row } as Record<string, unknown>
  for (const property of personalRowProperties) {
    if (property in blank) next[property] = (blank as Record<string, unknown>)[property]
    else delete next[property]
  }
  return next as T
}
