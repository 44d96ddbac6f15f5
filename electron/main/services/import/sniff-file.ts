import { open, stat } from 'node:fs/promises'
import { importLimits } from '@shared/import/limits'
import { identityOf, type FileIdentity } from './file-identity'
import { importError } from './import-error'

/**
 * What a file really is, from its first bytes rather than its name: people rename files,
 * and web apps save HTML tables as ".xls". Every format we cannot read gets its own clear
 * message saying what to do (save as .xlsx, or as CSV).
 */
export type FileKind = 'xlsx' | 'csv'

const zipMagic = [0x50, 0x4b, 0x03, 0x04]
const emptyZipMagic = [0x50, 0x4b, 0x05, 0x06]
const oleMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte)
}

export async function sniffFile(path: string): Promise<{ kind: FileKind; identity: FileIdentity }> {
  const unreadable = (error: NodeJS.ErrnoException) => {
    throw importError('unreadable', `Cannot open the file: ${error.code ?? error.message}`)
  }
  // Before opening it: a folder opens on Linux and fails only on the first read (EISDIR), and
  // opening a named pipe or a device would wait for a writer or never end.
  const found = await stat(path).catch(unreadable)
  if (!found.isFile()) throw importError('not-a-file', `Not a regular file: ${found.isDirectory() ? 'a folder' : 'a device or pipe'}`)
  const handle = await open(path, 'r').catch(unreadable)
  try {
    const stats = await handle.stat()
    const identity = identityOf(stats)
    const { size } = stats
    if (size === 0) throw importError('empty-file', 'The file is empty (0 bytes)')
    if (size > importLimits.maxFileBytes) throw importError('file-too-large', `The file has ${size} bytes`, { limit: importLimits.maxFileBytes })
    const head = Buffer.alloc(Math.min(size, 4096))
    await handle.read(head, 0, head.length, 0)
    if (startsWith(head, zipMagic)) return { kind: 'xlsx', identity }
    if (startsWith(head, emptyZipMagic)) throw importError('not-xlsx', 'An empty zip archive')
    // Old binary .xls, and .xlsx files protected by a password (Excel wraps those in OLE too).
    if (startsWith(head, oleMagic)) throw importError('xls-not-supported', 'An OLE compound file (.xls or an encrypted .xlsx)')
    if (startsWith(head, [0x25, 0x50, 0x44, 0x46])) throw importError('not-text', 'A PDF file')
    const text = head.toString('latin1').replace(/^\ufeff|^ï»¿/, '').trimStart().slice(0, 2048).toLowerCase()
    if (text.startsWith('<?xml') && text.includes('urn:schemas-microsoft-com:office:spreadsheet')) {
      throw importError('xml-not-supported', 'Excel 2003 XML spreadsheet')
    }
    if (/^<(!doctype html|html|table|\?xml[^>]*>\s*<html)/.test(text) || (text.startsWith('<') && text.includes('<table'))) {
      throw importError('html-not-supported', 'An HTML page saved as a spreadsheet')
    }
    return { kind: 'csv', identity }
  } finally {
    await handle.close()
  }
}
