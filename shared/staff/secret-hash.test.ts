import { describe, expect, it } from 'vitest'
import { hashSecret, secretMatches, SECRET_HASH_ITERATIONS } from './secret-hash'
import { isValidPin, newRecoveryCode, normaliseRecoveryCode } from './pin'

describe('PIN and recovery code hashing', () => {
  it('stores a slow salted hash that the same PIN matches and another does not', async () => {
    const stored = await hashSecret('4821')
    expect(stored.iterations).toBeGreaterThanOrEqual(600_000)
    expect(stored.iterations).toBe(SECRET_HASH_ITERATIONS)
    expect(JSON.stringify(stored)).not.toContain('4821')
    expect(await secretMatches('4821', stored)).toBe(true)
    expect(await secretMatches('4822', stored)).toBe(false)
  })

  it('salts every hash anew, so two people with the same PIN have different hashes', async () => {
    const [first, second] = await Promise.all([hashSecret('1234', 1000), hashSecret('1234', 1000)])
    expect(first.salt).not.toBe(second.salt)
    expect(first.hash).not.toBe(second.hash)
    expect(await secretMatches('1234', second)).toBe(true)
  })

  it('accepts PINs of 4 to 8 digits only', () => {
    expect(['1234', '12345678'].every(isValidPin)).toBe(true)
    expect(['123', '123456789', '12a4', ' 1234', ''].some(isValidPin)).toBe(false)
  })

  it('makes a recovery code of five groups of four unambiguous symbols, read back however typed', () => {
    const code = newRecoveryCode()
    expect(code).toMatch(/^([2-9A-HJKMNP-Z]{4}-){4}[2-9A-HJKMNP-Z]{4}$/)
    expect(newRecoveryCode()).not.toBe(code)
    expect(normaliseRecoveryCode(` ${code.toLowerCase().replaceAll('-', ' ')} `)).toBe(code.replaceAll('-', ''))
  })
})
