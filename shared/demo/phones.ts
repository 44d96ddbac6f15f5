import { normalisePhone } from '../domain/phone'
import { callingCodes, mobilePrefixes, type DemoCountry } from './names'
import type { SeededRandom } from './random'

/**
 * A random mobile number of the country in E.164 that libphonenumber accepts as valid;
 * numbers already handed out are skipped so every demo phone is unique.
 */
export function demoPhone(random: SeededRandom, country: DemoCountry, used: Set<string>): string {
  for (let attempt = 0; attempt < 50; attempt++) {
    const shape = random.pick(mobilePrefixes[country])
    const number = `+${callingCodes[country]}${shape.prefix}${random.digits(shape.length - shape.prefix.length)}`
    if (used.has(number)) continue
    const checked = normalisePhone(number, country)
    if (checked.ok && checked.e164 === number) {
      used.add(number)
      return number
    }
  }
  throw new Error(`No valid demo phone for ${country}`)
}
