import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { BackupFileReader, type BackupRecord } from './backup-file-reader'
import { BackupFileWriter } from './backup-file-writer'
import type { BackupManifest } from './backup-format'

const dir = mkdtempSync(join(tmpdir(), 'regulars-backup-file-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const manifest: BackupManifest = {
  app: { name: 'Regulars', version: '0.1.0' },
  schemaVersion: 3,
  createdAt: Date.UTC(2026, 11, 7, 9),
  businessName: 'Studio Mokotów',
  tables: { customers: 3, orders: 2 },
  stores: [{ id: 1, name: 'Studio Mokotów', currency: 'PLN' }],
  kind: 'manual'
}
const customers = [
  { id: 1, firstName: 'Anna', lastName: 'Nowak', emails: ['anna@example.pl'] },
  { id: 2, firstName: 'Олена', lastName: 'Гнатюк', emails: [] },
  { id: 3, firstName: 'Zoë', lastName: 'Ørsted', notes: 'x'.repeat(10_000) }
]
const orders = [
  { id: 1, customerId: 1, value: 12_000 },
  { id: 2, customerId: 3, value: 8_000 }
]

/** Where the records start: after the magic, version, header length and header. */
const recordsStart = (bytes: Buffer) => 14 + bytes.readUInt32BE(10)

let counter = 0
async function writeBackup(password = 'correct horse battery'): Promise<string> {
  const path = join(dir, `backup-${++counter}.regularsbackup`)
  const writer = await BackupFileWriter.create(path, password, manifest)
  await writer.writeRows('customers', JSON.stringify(customers.slice(0, 2)), 2)
  await writer.writeRows('customers', JSON.stringify(customers.slice(2)), 1)
  await writer.writeRows('orders', JSON.stringify(orders), 2)
  await writer.finish()
  return path
}

async function readAll(path: string, password = 'correct horse battery'): Promise<{ manifest: BackupManifest; records: BackupRecord[] }> {
  const reader = await BackupFileReader.open(path)
  try {
    const read = await reader.unlock(password)
    const records: BackupRecord[] = []
    for (;;) {
      const record = await reader.next()
      records.push(record)
      if (record.kind === 'end') break
    }
    return { manifest: read, records }
  } finally {
    await reader.close()
  }
}

async function refusal(path: string, password?: string): Promise<string> {
  try {
    await readAll(path, password)
  } catch (error) {
    return (error as { code: string }).code
  }
  return 'read without complaint'
}

describe('backup file', () => {
  it('gives back the manifest and every row, in order, with the counts in its end record', async () => {
    const { manifest: read, records } = await readAll(await writeBackup())
    expect(read).toEqual(manifest)
    const rows = records.filter((record) => record.kind === 'rows')
    expect(rows.map((record) => record.table)).toEqual(['customers', 'customers', 'orders'])
    expect(rows.flatMap((record) => JSON.parse(record.json))).toEqual([...customers, ...orders])
    expect(records.at(-1)).toEqual({ kind: 'end', end: { records: 5, rows: { customers: 3, orders: 2 } } })
  })

  it('holds no row, name or store in clear, and compresses', async () => {
    const bytes = readFileSync(await writeBackup())
    for (const text of ['Nowak', 'anna@example.pl', 'Mokot', 'customers', 'xxxxxxxx']) expect(bytes.includes(Buffer.from(text))).toBe(false)
    expect(bytes.length).toBeLessThan(2_000)
  })

  it('refuses a wrong password', async () => {
    expect(await refusal(await writeBackup(), 'Correct horse battery')).toBe('backup.wrong-password')
  })

  it('refuses a file with any one byte changed after its header', async () => {
    const path = await writeBackup()
    const original = readFileSync(path)
    const headerEnd = recordsStart(original)
    for (const at of [headerEnd + 3, headerEnd + 30, Math.floor((headerEnd + original.length) / 2), original.length - 50, original.length - 1]) {
      const changed = Buffer.from(original)
      changed[at] ^= 0x01
      writeFileSync(path, changed)
      expect(await refusal(path), `byte ${at}`).toMatch(/^backup\.(damaged|truncated)$/)
    }
  })

  it('refuses a file cut short anywhere', async () => {
    const path = await writeBackup()
    const original = readFileSync(path)
    for (const length of [5, 20, 200, Math.floor(original.length / 2), original.length - 41, original.length - 1]) {
      writeFileSync(path, original.subarray(0, length))
      expect(await refusal(path), `${length} bytes`).toBe('backup.truncated')
    }
  })

  it('refuses a chunk taken from another backup made with the same password', async () => {
    const first = readFileSync(await writeBackup())
    const second = readFileSync(await writeBackup())
    // The second file's records behind the first file's header.
    const spliced = Buffer.concat([first.subarray(0, recordsStart(first)), second.subarray(recordsStart(second))])
    const path = join(dir, 'spliced.regularsbackup')
    writeFileSync(path, spliced)
    expect(await refusal(path)).toBe('backup.damaged')
  })

  it('refuses what is not a backup, and a backup of a newer format', async () => {
    const path = join(dir, 'not-a-backup.xlsx')
    writeFileSync(path, 'PK\u0003\u0004 a workbook')
    expect(await refusal(path)).toBe('backup.not-a-backup')
    const newer = readFileSync(await writeBackup())
    newer.writeUInt16BE(2, 8)
    writeFileSync(path, newer)
    expect(await refusal(path)).toBe('backup.newer-version')
  })
})
