import { createHmac, randomBytes, type Hmac } from 'node:crypto'
import { open, type FileHandle } from 'node:fs/promises'
import { promisify } from 'node:util'
import { constants, deflateRaw } from 'node:zlib'
import { deriveKeys, kdfIterations, kdfName, keyCheckValue, saltBytes, seal, type BackupKeys } from './backup-crypto'
import {
  encodePreamble,
  encodeRecordHead,
  encodeRowsPlain,
  recordAad,
  recordTypes,
  trailerMagic,
  type BackupEnd,
  type BackupManifest,
  type RecordType
} from './backup-format'

const deflate = promisify(deflateRaw)
/** Level 1: rows of JSON still shrink 5–8×, at a small part of the time level 6 takes. */
const compressionLevel = constants.Z_BEST_SPEED

/**
 * Writes one backup file (backup-format.ts) into `path`, which the caller later renames into
 * place. Chunks are compressed and sealed as they come, so memory holds one chunk at a time;
 * writes wait for the disk, one after another.
 */
export class BackupFileWriter {
  private readonly fileId = randomBytes(16)
  private readonly mac: Hmac
  private index = 0
  private bytes = 0
  private readonly rows: Record<string, number> = {}
  private closed = false

  private constructor(
    private readonly handle: FileHandle,
    private readonly keys: BackupKeys
  ) {
    this.mac = createHmac('sha256', keys.mac)
  }

  /** Creates the file (never over an existing one) and writes its header and manifest. */
  static async create(path: string, password: string, manifest: BackupManifest): Promise<BackupFileWriter> {
    const salt = randomBytes(saltBytes)
    const keys = await deriveKeys(password, salt, kdfIterations)
    const handle = await open(path, 'wx')
    const writer = new BackupFileWriter(handle, keys)
    try {
      await writer.append(
        encodePreamble({
          fileId: writer.fileId.toString('hex'),
          kdf: { name: kdfName, iterations: kdfIterations, salt: salt.toString('base64') },
          cipher: 'AES-256-GCM',
          compression: 'deflate-raw',
          keyCheck: keyCheckValue(keys, writer.fileId).toString('base64')
        })
      )
      await writer.record(recordTypes.manifest, Buffer.from(JSON.stringify(manifest), 'utf8'))
    } catch (error) {
      await writer.close()
      throw error
    }
    return writer
  }

  /** One chunk of a table's rows, as the JSON text of an array. */
  async writeRows(table: string, json: string, count: number): Promise<void> {
    await this.record(recordTypes.rows, encodeRowsPlain(table, json))
    this.rows[table] = (this.rows[table] ?? 0) + count
  }

  get rowCounts(): Readonly<Record<string, number>> {
    return this.rows
  }

  /** The end record and the trailer, then everything on the disk; resolves to the file's size. */
  async finish(): Promise<number> {
    const end: BackupEnd = { records: this.index + 1, rows: { ...this.rows } }
    await this.record(recordTypes.end, Buffer.from(JSON.stringify(end), 'utf8'))
    const digest = this.mac.digest()
    await this.handle.write(Buffer.concat([trailerMagic, digest]))
    this.bytes += trailerMagic.length + digest.length
    await this.handle.sync()
    await this.close()
    return this.bytes
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    await this.handle.close()
  }

  private async record(type: RecordType, plain: Buffer): Promise<void> {
    const compressed = await deflate(plain, { level: compressionLevel })
    const { nonce, sealed } = seal(this.keys.chunk, compressed, recordAad(this.fileId, type, this.index))
    const head = encodeRecordHead(type, this.index, sealed.length, nonce)
    this.index++
    await this.append(head)
    await this.append(sealed)
  }

  private async append(bytes: Buffer): Promise<void> {
    this.mac.update(bytes)
    let written = 0
    while (written < bytes.length) written += (await this.handle.write(bytes, written, bytes.length - written)).bytesWritten
    this.bytes += bytes.length
  }
}

export type { BackupManifest }
