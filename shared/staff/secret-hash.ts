/**
 * PINs and the owner's recovery code are kept only as salted slow hashes (PBKDF2-SHA256 through
 * WebCrypto, which Node and Chromium both have), so reading the database, a backup or an export
 * gives no PIN back: a 4-digit PIN's 10 000 candidates cost 600 000 hash rounds each.
 */
export const SECRET_HASH_ITERATIONS = 600_000
const SALT_BYTES = 16
const HASH_BITS = 256

export interface SecretHash {
  algorithm: 'PBKDF2-SHA256'
  iterations: number
  /** Base64 of a random salt, new for every hash. */
  salt: string
  /** Base64 of the derived bits. */
  hash: string
}

export async function hashSecret(secret: string, iterations: number = SECRET_HASH_ITERATIONS): Promise<SecretHash> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES))
  const hash = await derive(secret, salt, iterations)
  return { algorithm: 'PBKDF2-SHA256', iterations, salt: toBase64(salt), hash: toBase64(hash) }
}

/** Whether `secret` is the one hashed; compares every byte so the time says nothing. */
export async function secretMatches(secret: string, stored: SecretHash): Promise<boolean> {
  if (stored.algorithm !== 'PBKDF2-SHA256' || stored.iterations < 1) return false
  const expected = fromBase64(stored.hash)
  const actual = await derive(secret, fromBase64(stored.salt), stored.iterations)
  if (actual.length !== expected.length) return false
  let difference = 0
  for (let index = 0; index < actual.length; index++) difference |= actual[index]! ^ expected[index]!
  return difference === 0
}

async function derive(secret: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), 'PBKDF2', false, ['deriveBits'])
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, HASH_BITS)
  return new Uint8Array(bits)
}

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary)
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index)
  return bytes
}
