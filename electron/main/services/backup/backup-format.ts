/**
 * The backup file, byte by byte (README "Backups" repeats it for people):
 *
 *   magic      8 bytes  "REGBACK\n"
 *   version    u16      format version (1)
 *   headerLen  u32      length of the header
 *   header     JSON     { fileId, kdf: { name, iterations, salt }, cipher, compression, keyCheck } (plain)
 *   records…            each: type u8 · index u32 · sealedLen u32 · nonce 12 bytes · sealed (ciphertext + 16-byte GCM tag)
 *   trailer    40 bytes "REGBEND\n" + HMAC-SHA256 (mac key) of every byte before the trailer
 *
 * Records, in order, their index counting from 0: one manifest (JSON), then the rows of every
 * table in chunks (a table name, then a JSON array), then one end record (JSON: how many
 * records and rows). Every record's plain bytes are compressed (raw deflate) and then sealed
 * with AES-256-GCM under a fresh random nonce; its additional data is the file id, its type and
 * its index, so a chunk cannot be moved, dropped, repeated or taken from another file without
 * its tag failing. The end record makes a cut-off file incomplete; the trailer's HMAC covers the
 * header too. Integers are big-endian.
 */

export const magic = Buffer.from('REGBACK\n', 'latin1')
export const trailerMagic = Buffer.from('REGBEND\n', 'latin1')
export const formatVersion = 1
export const trailerBytes = trailerMagic.length + 32
/** magic + version + header length. */
export const preambleBytes = magic.length + 2 + 4
/** type + index + sealed length + nonce. */
export const recordHeadBytes = 1 + 4 + 4 + 12
/** No record is larger (a chunk the renderer sends is a few MB). */
export const maxSealedBytes = 256 * 1024 * 1024
export const maxHeaderBytes = 64 * 1024

export const recordTypes = { manifest: 1, rows: 2, end: 3 } as const
export type RecordType = (typeof recordTypes)[keyof typeof recordTypes]

export interface BackupHeader {
  fileId: string
  kdf: { name: string; iterations: number; salt: string }
  cipher: 'AES-256-GCM'
  compression: 'deflate-raw'
  keyCheck: string
}

export function encodePreamble(header: BackupHeader): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8')
  const head = Buffer.alloc(preambleBytes)
  magic.copy(head, 0)
  head.writeUInt16BE(formatVersion, magic.length)
  head.writeUInt32BE(json.length, magic.length + 2)
  return Buffer.concat([head, json])
}

export function encodeRecordHead(type: RecordType, index: number, sealedLength: number, nonce: Buffer): Buffer {
  const head = Buffer.alloc(recordHeadBytes)
  head.writeUInt8(type, 0)
  head.writeUInt32BE(index, 1)
  head.writeUInt32BE(sealedLength, 5)
  nonce.copy(head, 9)
  return head
}

export function decodeRecordHead(head: Buffer): { type: number; index: number; sealedLength: number; nonce: Buffer } {
  return { type: head.readUInt8(0), index: head.readUInt32BE(1), sealedLength: head.readUInt32BE(5), nonce: Buffer.from(head.subarray(9, 21)) }
}

/** What binds a record to its file and its place in it. */
export function recordAad(fileId: Buffer, type: number, index: number): Buffer {
  const aad = Buffer.alloc(fileId.length + 5)
  fileId.copy(aad, 0)
  aad.writeUInt8(type, fileId.length)
  aad.writeUInt32BE(index, fileId.length + 1)
  return aad
}

/** A rows record's plain bytes: the table's name (length-prefixed) and the rows as a JSON array. */
export function encodeRowsPlain(table: string, json: string): Buffer {
  const name = Buffer.from(table, 'utf8')
  return Buffer.concat([Buffer.from([name.length]), name, Buffer.from(json, 'utf8')])
}

export function decodeRowsPlain(plain: Buffer): { table: string; json: string } {
  const length = plain.readUInt8(0)
  return { table: plain.subarray(1, 1 + length).toString('utf8'), json: plain.subarray(1 + length).toString('utf8') }
}

/** The manifest: what the preview shows before anything is restored. */
export interface BackupManifest {
  app: { name: string; version: string }
  schemaVersion: number
  createdAt: number
  businessName: string
  /** Rows per table, in the order the tables follow in the file. */
  tables: Record<string, number>
  stores: Array<{ id: number; name: string; currency: string }>
  /** How it was made: by hand, automatically, or just before a restore. */
  kind: string
}

export interface BackupEnd {
  records: number
  rows: Record<string, number>
}
