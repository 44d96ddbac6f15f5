import type { Readable } from 'node:stream'
import yauzl, { type Entry, type ZipFile } from 'yauzl'
import { importError } from './import-error'

/**
 * An .xlsx is a zip. yauzl reads its central directory (at the end of the file), so a
 * truncated download is caught at once, every part can be opened in any order (the
 * workbook before the sheet, whatever order the program wrote them in), and each part's
 * unpacked size is known — and enforced while unpacking — before a byte is inflated.
 */
export class ZipArchive {
  private constructor(
    private readonly zip: ZipFile,
    private readonly entries: Map<string, Entry>
  ) {}

  static async open(path: string): Promise<ZipArchive> {
    let zip: ZipFile
    try {
      zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false })
    } catch (error) {
      throw importError('damaged-file', `Not a readable zip: ${(error as Error).message}`)
    }
    const entries = new Map<string, Entry>()
    try {
      for await (const entry of zip.eachEntry()) entries.set(partKey(entry.fileName), entry)
    } catch (error) {
      zip.close()
      throw importError('damaged-file', `Damaged zip directory: ${(error as Error).message}`)
    }
    return new ZipArchive(zip, entries)
  }

  has(name: string): boolean {
    return this.entries.has(partKey(name))
  }

  /** Unpacked size of a part, 0 when absent. */
  size(name: string): number {
    return this.entries.get(partKey(name))?.uncompressedSize ?? 0
  }

  names(): string[] {
    return [...this.entries.values()].map((entry) => entry.fileName)
  }

  async stream(name: string): Promise<Readable> {
    const entry = this.entries.get(partKey(name))
    if (!entry) throw importError('not-xlsx', `Missing part ${name}`)
    if (entry.isEncrypted()) throw importError('encrypted', `Encrypted part ${name}`)
    try {
      return await this.zip.openReadStreamPromise(entry)
    } catch (error) {
      throw importError('damaged-file', `Cannot unpack ${name}: ${(error as Error).message}`)
    }
  }

  /** A small part as text (relationships, the workbook), whole. */
  async text(name: string, maxBytes = 16 * 1024 * 1024): Promise<string> {
    if (this.size(name) > maxBytes) throw importError('damaged-file', `Part ${name} is implausibly large`)
    const chunks: Buffer[] = []
    const stream = await this.stream(name)
    try {
      for await (const chunk of stream) chunks.push(chunk as Buffer)
    } catch (error) {
      throw importError('damaged-file', `Cannot unpack ${name}: ${(error as Error).message}`)
    }
    return Buffer.concat(chunks).toString('utf8')
  }

  close(): void {
    this.zip.close()
  }
}

/** Part names in OOXML are case-insensitive and may be written with a leading slash. */
function partKey(name: string): string {
  return name.replace(/^\/+/, '').replace(/\\/g, '/').toLowerCase()
}
