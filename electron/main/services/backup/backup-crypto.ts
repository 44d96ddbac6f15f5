import { createCipheriv, createDecipheriv, createHmac, hkdfSync, pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

/**
 * The keys of one backup file. A slow KDF turns the password and the file's random salt into
 * a master key (PBKDF2-SHA256, 600 000 iterations: OWASP's 2023 figure for it, ~0.4 s here),
 * and HKDF splits it into three keys with one job each, so no key is used for two things:
 * the chunks' AES-256-GCM key, the whole file's HMAC-SHA256 key, and the key-check key that
 * tells a wrong password from a damaged file before anything is decrypted.
 */

export const kdfName = 'PBKDF2-SHA256'
export const kdfIterations = 600_000
export const saltBytes = 16
export const nonceBytes = 12
export const tagBytes = 16

const pbkdf2Async = promisify(pbkdf2)

export interface BackupKeys {
  chunk: Buffer
  mac: Buffer
  check: Buffer
}

export async function deriveKeys(password: string, salt: Buffer, iterations: number): Promise<BackupKeys> {
  const master = await pbkdf2Async(password.normalize('NFC'), salt, iterations, 32, 'sha256')
  const split = (info: string) => Buffer.from(hkdfSync('sha256', master, salt, info, 32))
  return { chunk: split('regulars backup chunks'), mac: split('regulars backup file mac'), check: split('regulars backup key check') }
}

/** What the header keeps to recognise the right password: an HMAC of the file id, never the key. */
export function keyCheckValue(keys: BackupKeys, fileId: Buffer): Buffer {
  return createHmac('sha256', keys.check).update(fileId).digest()
}

export function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b)
}

/** Encrypts one chunk under a fresh random nonce; `aad` binds it to its file and place. */
export function seal(key: Buffer, plain: Buffer, aad: Buffer): { nonce: Buffer; sealed: Buffer } {
  const nonce = randomBytes(nonceBytes)
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: tagBytes })
  cipher.setAAD(aad)
  const sealed = Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()])
  return { nonce, sealed }
}

/** Decrypts one chunk; throws when a byte of it, its nonce or its place (aad) changed. */
export function unseal(key: Buffer, nonce: Buffer, sealed: Buffer, aad: Buffer): Buffer {
  if (sealed.length < tagBytes) throw new Error('Chunk shorter than its tag')
  const decipher = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: tagBytes })
  decipher.setAAD(aad)
  decipher.setAuthTag(sealed.subarray(sealed.length - tagBytes))
  return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - tagBytes)), decipher.final()])
}
