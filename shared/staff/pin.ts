/** A PIN is 4 to 8 digits: quick on a keypad, and the slow hash makes each guess cost. */
export const MIN_PIN_DIGITS = 4
export const MAX_PIN_DIGITS = 8
export const PIN_PATTERN = /^\d{4,8}$/

export function isValidPin(pin: string): boolean {
  return PIN_PATTERN.test(pin)
}

/**
 * The owner's recovery code: 20 symbols from an alphabet without look-alikes (no 0/O, 1/I/L),
 * about 100 bits, shown once in groups of four to print or write down.
 */
const RECOVERY_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
const RECOVERY_LENGTH = 20

export function newRecoveryCode(): string {
  const symbols: string[] = []
  // Rejection sampling keeps every symbol equally likely (256 is not a multiple of 31).
  const limit = 256 - (256 % RECOVERY_ALPHABET.length)
  while (symbols.length < RECOVERY_LENGTH) {
    for (const byte of crypto.getRandomValues(new Uint8Array(RECOVERY_LENGTH))) {
      if (byte < limit && symbols.length < RECOVERY_LENGTH) symbols.push(RECOVERY_ALPHABET[byte % RECOVERY_ALPHABET.length]!)
    }
  }
  return symbols.join('').replace(/(.{4})(?=.)/g, '$1-')
}

/** The code as typed back (any case, with or without dashes and spaces) in the form that was hashed. */
export function normaliseRecoveryCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '')
}
