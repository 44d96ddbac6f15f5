import { createHmac, type Hmac } from 'node:crypto'
import { open, type FileHandle } from 'node:fs/promises'
import { promisify } from 'node:util'
import { inflateRaw } from 'node:zlib'
import { AppError } from '@shared/errors'
import { deriveKeys, kdfName, keyCheckValue, sameBytes, unseal, type BackupKeys } from './backup-crypto'
import { backupError, backupErrorCodes } from './backup-errors'
import {
  decodeRecordHead,
  decodeRowsPlain,
  formatVersion,
  magic,
  maxHeaderBytes,
  maxSealedBytes,
  preambleBytes,
  recordAad,
  recordHeadBytes,
  recordTypes,
  trailerBytes,
  trailerMagic,
  type BackupEnd,
  type BackupHeader,
  type BackupManifest
} from './backup-format'

const inflate = promisify(inflateRaw)
/** Not below what a file of ours was ever written with, nor absurdly high (a crafted header would hang main). */
const minIterations = 100_000
const maxIterations = 10_000_000
const verifyBufferBytes = 1024 * 1024

export type BackupRecord = { kind: 'rows'; table: string; json: string } | { kind: 'end'; end: BackupEnd }

/**
 * Reads a backup file (backup-format.ts) and refuses it with a clear code before anything is
 * restored: not a backup, a newer format, a wrong password, cut off, or a changed byte. After
 * `unlock`, `next()` gives the rows records one by one, each checked by its GCM tag, its index
 * and type; the last one also checks the whole file's HMAC again, read as it went, so a file
 * changed between the preview and the restore is refused too.
 */
export class BackupFileReader {
  private keys: BackupKeys | null = null
  private fileId = Buffer.alloc(0)
  private position = 0
  private index = 0
  private mac: Hmac | null = null
  private finished = false

  private constructor(
    private readonly handle: FileHandle,
    private readonly size: number,
    readonly header: BackupHeader,
    private readonly headerEnd: number
  ) {}

  static async open(path: string): Promise<BackupFileReader> {
    let handle: FileHandle
    try {
      handle = await open(path, 'r')
    } catch (error) {
      throw new AppError(backupErrorCodes.readFailed, error instanceof Error ? error.message : String(error))
    }
    try {
      const size = (await handle.stat()).size
      const preamble = await readAt(handle, 0, Math.min(size, preambleBytes))
      const magicSeen = preamble.subarray(0, magic.length)
      if (!magic.subarray(0, magicSeen.length).equals(magicSeen)) throw backupError(backupErrorCodes.notABackup, 'No backup magic')
      if (preamble.length < preambleBytes) throw backupError(backupErrorCodes.truncated, 'File ends inside its preamble')
      const version = preamble.readUInt16BE(magic.length)
      if (version > formatVersion) throw backupError(backupErrorCodes.newerVersion, `Format ${version}`)
      if (version < 1) throw backupError(backupErrorCodes.notABackup, `Format ${version}`)
      const headerLength = preamble.readUInt32BE(magic.length + 2)
      if (headerLength > maxHeaderBytes) throw backupError(backupErrorCodes.damaged, 'Header too long')
      if (preambleBytes + headerLength > size) throw backupError(backupErrorCodes.truncated, 'File ends inside its header')
      const header = parseHeader(await readAt(handle, preambleBytes, headerLength))
      return new BackupFileReader(handle, size, header, preambleBytes + headerLength)
    } catch (error) {
      await handle.close()
      throw error
    }
  }

  /** Checks the password and the whole file; answers the manifest. */
  async unlock(password: string): Promise<BackupManifest> {
    const salt = Buffer.from(this.header.kdf.salt, 'base64')
    const keys = await deriveKeys(password, salt, this.header.kdf.iterations)
    this.fileId = Buffer.from(this.header.fileId, 'hex')
    if (!sameBytes(keyCheckValue(keys, this.fileId), Buffer.from(this.header.keyCheck, 'base64'))) {
      throw backupError(backupErrorCodes.wrongPassword, 'The key check does not match')
    }
    this.keys = keys
    await this.verifyWholeFile()
    this.rewind()
    const first = await this.readRecord()
    if (first.type !== recordTypes.manifest) throw backupError(backupErrorCodes.damaged, 'The first record is not the manifest')
    return parseJson(first.plain) as BackupManifest
  }

  /** The next rows chunk, or the end (after which the file has been checked whole once more). */
  async next(): Promise<BackupRecord> {
    if (this.finished) throw backupError(backupErrorCodes.damaged, 'Read past the end')
    const record = await this.readRecord()
    if (record.type === recordTypes.rows) {
      const { table, json } = decodeRowsPlain(record.plain)
      return { kind: 'rows', table, json }
    }
    if (record.type !== recordTypes.end) throw backupError(backupErrorCodes.damaged, `Unexpected record type ${record.type}`)
    const end = parseJson(record.plain) as BackupEnd
    if (end.records !== this.index) throw backupError(backupErrorCodes.damaged, 'The end record counts other records')
    if (this.position !== this.size - trailerBytes) throw backupError(backupErrorCodes.damaged, 'Bytes between the end record and the trailer')
    const trailer = await readAt(this.handle, this.position, trailerBytes)
    if (!sameBytes(this.mac!.digest(), trailer.subarray(trailerMagic.length))) throw backupError(backupErrorCodes.damaged, 'The file changed while it was read')
    this.finished = true
    return { kind: 'end', end }
  }

  async close(): Promise<void> {
    await this.handle.close().catch(() => undefined)
  }

  private rewind(): void {
    this.position = this.headerEnd
    this.index = 0
    this.finished = false
    this.mac = createHmac('sha256', this.keys!.mac)
    // The MAC covers the preamble and header too; they were read by open().
  }

  private async verifyWholeFile(): Promise<void> {
    if (this.size < this.headerEnd + trailerBytes) throw backupError(backupErrorCodes.truncated, 'No trailer')
    const trailer = await readAt(this.handle, this.size - trailerBytes, trailerBytes)
    if (!trailer.subarray(0, trailerMagic.length).equals(trailerMagic)) throw backupError(backupErrorCodes.truncated, 'The file does not end with a trailer')
    const mac = createHmac('sha256', this.keys!.mac)
    const buffer = Buffer.alloc(verifyBufferBytes)
    const macEnd = this.size - trailerBytes
    for (let at = 0; at < macEnd; ) {
      const { bytesRead } = await this.handle.read(buffer, 0, Math.min(buffer.length, macEnd - at), at)
      if (bytesRead === 0) throw backupError(backupErrorCodes.truncated, 'The file got shorter')
      mac.update(buffer.subarray(0, bytesRead))
      at += bytesRead
    }
    if (!sameBytes(mac.digest(), trailer.subarray(trailerMagic.length))) throw backupError(backupErrorCodes.damaged, 'The file HMAC does not match')
  }

  private async readRecord(): Promise<{ type: number; plain: Buffer }> {
    if (this.index === 0 && this.position === this.headerEnd) this.mac!.update(await readAt(this.handle, 0, this.headerEnd))
    const limit = this.size - trailerBytes
    if (this.position + recordHeadBytes > limit) throw backupError(backupErrorCodes.truncated, 'The records end early')
    const headBytes = await readAt(this.handle, this.position, recordHeadBytes)
    const head = decodeRecordHead(headBytes)
    if (head.index !== this.index) throw backupError(backupErrorCodes.damaged, `Record ${head.index} where ${this.index} belongs`)
    if (head.sealedLength > maxSealedBytes || this.position + recordHeadBytes + head.sealedLength > limit) {
      throw backupError(backupErrorCodes.damaged, 'A record runs past the end')
    }
    const sealed = await readAt(this.handle, this.position + recordHeadBytes, head.sealedLength)
    this.mac!.update(headBytes)
    this.mac!.update(sealed)
    this.position += recordHeadBytes + head.sealedLength
    this.index++
    let compressed: Buffer
    try {
      compressed = unseal(this.keys!.chunk, head.nonce, sealed, recordAad(this.fileId, head.type, head.index))
    } catch {
      throw backupError(backupErrorCodes.damaged, `Record ${head.index} fails its check`)
    }
    try {
      return { type: head.type, plain: await inflate(compressed) }
    } catch {
      throw backupError(backupErrorCodes.damaged, `Record ${head.index} does not decompress`)
    }
  }
}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length)
  let done = 0
  while (done < length) {
    const { bytesRead } = await handle.read(buffer, done, length - done, position + done)
    if (bytesRead === 0) break
    done += bytesRead
  }
  return done === length ? buffer : buffer.subarray(0, done)
}

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'))
  } catch {
    throw backupError(backupErrorCodes.damaged, 'A record is not JSON')
  }
}

function parseHeader(bytes: Buffer): BackupHeader {
  const header = parseJson(bytes) as Partial<BackupHeader> | null
  const kdf = header?.kdf
  const valid =
    header &&
    typeof header.fileId === 'string' &&
    /^[0-9a-f]{32}$/.test(header.fileId) &&
    kdf?.name === kdfName &&
    Number.isInteger(kdf.iterations) &&
    kdf.iterations >= minIterations &&
    kdf.iterations <= maxIterations &&
    typeof kdf.salt === 'string' &&
    header.cipher === 'AES-256-GCM' &&
    header.compression === 'deflate-raw' &&
    typeof header.keyCheck === 'string'
  if (!valid) throw backupError(backupErrorCodes.damaged, 'The header is not one of ours')
  return header as BackupHeader
}

