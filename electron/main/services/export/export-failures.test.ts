import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createDispatch } from '../../ipc/dispatch'
import { createHandlers } from '../create-handlers'
import { createTestPorts } from '../../../../tests/host/test-ports'
import { beginInput, customerRow, sampleCustomers } from './export-fixtures.test-support'
import { createExportHandlers } from './export-handlers'
import type { ExportServiceOptions } from './export-service'

let folder: string
beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'regulars-export-fail-'))))
afterEach(() => rmSync(folder, { recursive: true, force: true }))

function exporter(target: string | null, options?: ExportServiceOptions) {
  const { ports } = createTestPorts({ dataDir: folder, answers: { savePath: target } })
  const dispatch = createDispatch({ ...createHandlers(ports), ...createExportHandlers(ports, options) }, () => undefined)
  async function call<T>(channel: string, input: unknown): Promise<T> {
    const answer = await dispatch(channel, input)
    if (!answer.ok) throw Object.assign(new Error(answer.error.message), { code: answer.error.code })
    return answer.data as T
  }
  const begin = () => call<{ exportId: string }>('export:begin', beginInput())
  return { call, dispatch, begin }
}

/** A chunk of customers with long notes: enough bytes to matter for a full disk. */
function bigChunk(count: number): unknown[][] {
  return Array.from({ length: count }, (_, i) => customerRow({ ...sampleCustomers[i % sampleCustomers.length], notes: `${i} ${'Notatka klienta '.repeat(40)}${Math.random()}` }))
}

const code = (promise: Promise<unknown>) => promise.then(() => 'ok', (error: { code?: string }) => error.code)

describe('an export that ends early leaves no file behind', () => {
  it('cancelled halfway: no file at the target, no temporary file, later calls say cancelled', async () => {
    const target = join(folder, 'klienci.xlsx')
    const { call, begin } = exporter(target)
    const { exportId } = await begin()
    await call('export:rows', { exportId, sheet: 'customers', rows: bigChunk(2000) })
    // The temporary file is there, beside the target, while the export runs.
    expect(readdirSync(folder).filter((name) => name.endsWith('.regulars-tmp'))).toHaveLength(1)
    await expect(call('export:cancel', { exportId })).resolves.toEqual({ cancelled: true })
    expect(readdirSync(folder)).toEqual([])
    await expect(code(call('export:rows', { exportId, sheet: 'customers', rows: bigChunk(1) }))).resolves.toBe('export.cancelled')
    await expect(code(call('export:finish', { exportId }))).resolves.toBe('export.cancelled')
    await expect(call('export:cancel', { exportId })).resolves.toEqual({ cancelled: false })
  })

  it('cancelled while a chunk is being written: the cancel wins, nothing is left', async () => {
    const target = join(folder, 'klienci.xlsx')
    const { call, begin } = exporter(target)
    const { exportId } = await begin()
    const writing = code(call('export:rows', { exportId, sheet: 'customers', rows: bigChunk(5000) }))
    const cancelling = call('export:cancel', { exportId })
    await expect(cancelling).resolves.toEqual({ cancelled: true })
    await expect(writing).resolves.toMatch(/^(ok|export\.cancelled)$/)
    await expect(code(call('export:finish', { exportId }))).resolves.toBe('export.cancelled')
    expect(readdirSync(folder)).toEqual([])
  })

  it('the stick is pulled out mid-export (its folder disappears): "target gone", and no file appears', async () => {
    const stick = join(folder, 'USB')
    mkdirSync(stick)
    const target = join(stick, 'klienci.xlsx')
    const { call, begin } = exporter(target)
    const { exportId } = await begin()
    await call('export:rows', { exportId, sheet: 'customers', rows: bigChunk(1000) })
    rmSync(stick, { recursive: true, force: true })
    const outcome = await code(
      (async () => {
        await call('export:rows', { exportId, sheet: 'customers', rows: bigChunk(1000) })
        await call('export:finish', { exportId })
      })()
    )
    expect(outcome).toBe('export.target-gone')
    // The stick comes back (an empty folder of the same name): still no partial file.
    mkdirSync(stick)
    expect(readdirSync(stick)).toEqual([])
    expect(existsSync(target)).toBe(false)
  })

  it('a folder that cannot be written to: "no permission", before any row is sent', async () => {
    const locked = join(folder, 'locked')
    mkdirSync(locked)
    const lock = lockFolder(locked)
    try {
      const { begin, call } = exporter(join(locked, 'klienci.xlsx'))
      await expect(code(begin())).resolves.toBe('export.no-permission')
      expect(readdirSync(locked)).toEqual([])
      // Nothing stays open: a later export elsewhere works.
      void call
    } finally {
      lock.unlock()
    }
  })

  it.skipIf(!canMountTmpfs())('the stick fills up mid-export: "disk full", and the stick is left empty', async () => {
    const stick = join(folder, 'tiny-stick')
    mkdirSync(stick)
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', stick])
    try {
      const { call, begin } = exporter(join(stick, 'klienci.xlsx'))
      const { exportId } = await begin()
      const outcome = await code(
        (async () => {
          for (let i = 0; i < 20; i++) await call('export:rows', { exportId, sheet: 'customers', rows: bigChunk(500) })
          await call('export:finish', { exportId })
        })()
      )
      expect(outcome).toBe('export.disk-full')
      expect(readdirSync(stick)).toEqual([])
    } finally {
      execFileSync('umount', [stick])
    }
  })

  it('the renderer goes away mid-export: after the idle time the temporary file is removed', async () => {
    const target = join(folder, 'klienci.xlsx')
    const { call, begin } = exporter(target, { idleMs: 300 })
    const { exportId } = await begin()
    await call('export:rows', { exportId, sheet: 'customers', rows: bigChunk(100) })
    expect(readdirSync(folder)).toHaveLength(1)
    await new Promise((resolve) => setTimeout(resolve, 800))
    expect(readdirSync(folder)).toEqual([])
    await expect(code(call('export:rows', { exportId, sheet: 'customers', rows: bigChunk(1) }))).resolves.toBe('export.expired')
  })

  it('an old temporary file of a crashed export is removed when the folder is used again; a fresh one is kept', async () => {
    const stale = join(folder, '.klienci.xlsx.0badf00d.regulars-tmp')
    const fresh = join(folder, '.klienci.xlsx.0000beef.regulars-tmp')
    const someoneElse = join(folder, 'notes.txt')
    for (const file of [stale, fresh, someoneElse]) writeFileSync(file, 'x')
    const twoHoursAgo = (Date.now() - 2 * 3600_000) / 1000
    utimesSync(stale, twoHoursAgo, twoHoursAgo)
    utimesSync(someoneElse, twoHoursAgo, twoHoursAgo)
    const { call, begin } = exporter(join(folder, 'klienci.xlsx'))
    const { exportId } = await begin()
    await call('export:cancel', { exportId })
    expect(readdirSync(folder).sort()).toEqual(['.klienci.xlsx.0000beef.regulars-tmp', 'notes.txt'])
  })
})

describe('what the export refuses', () => {
  it('asks nothing more when the save dialog is cancelled', async () => {
    const { begin } = exporter(null)
    await expect(begin()).resolves.toBeNull()
    expect(readdirSync(folder)).toEqual([])
  })

  it('refuses cells that are not plain values (a formula object) without touching the export', async () => {
    const target = join(folder, 'klienci.xlsx')
    const { call, begin, dispatch } = exporter(target)
    const { exportId } = await begin()
    const row = customerRow(sampleCustomers[0]) as unknown[]
    row[1] = { formula: 'HYPERLINK("http://evil.example")' }
    await expect(dispatch('export:rows', { exportId, sheet: 'customers', rows: [row] })).resolves.toMatchObject({ ok: false, error: { code: 'ipc.invalid-input' } })
    await call('export:rows', { exportId, sheet: 'customers', rows: [customerRow(sampleCustomers[0])] })
    await expect(call('export:finish', { exportId })).resolves.toMatchObject({ rows: 1 })
  })

  it('ends the export on a row with more cells than columns, leaving nothing', async () => {
    const { call, begin } = exporter(join(folder, 'klienci.xlsx'))
    const { exportId } = await begin()
    await expect(code(call('export:rows', { exportId, sheet: 'customers', rows: [[...customerRow(sampleCustomers[0]), 'extra']] }))).resolves.toBe('export.bad-rows')
    expect(readdirSync(folder)).toEqual([])
  })

  it('refuses a CSV with two sheets, and an id it never gave', async () => {
    const { dispatch } = exporter(join(folder, 'x.csv'))
    const twoSheets = beginInput({ format: 'csv', sheets: [...beginInput().sheets, { key: 'orders', name: 'Zamówienia', columns: beginInput().sheets[0].columns }] })
    await expect(dispatch('export:begin', twoSheets)).resolves.toMatchObject({ ok: false, error: { code: 'ipc.invalid-input' } })
    await expect(dispatch('export:rows', { exportId: '00000000-0000-4000-8000-000000000000', sheet: 'customers', rows: [] })).resolves.toMatchObject({
      ok: false,
      error: { code: 'export.not-found' }
    })
  })
})

/** Makes a folder unwritable: chmod for a normal user; root ignores modes, so an immutable flag (ext4) instead. */
function lockFolder(path: string): { unlock(): void } {
  if (process.getuid?.() !== 0) {
    execFileSync('chmod', ['555', path])
    return { unlock: () => execFileSync('chmod', ['755', path]) }
  }
  execFileSync('chattr', ['+i', path])
  return { unlock: () => execFileSync('chattr', ['-i', path]) }
}

/** A tiny tmpfs is the honest "full stick"; it needs root and a kernel that lets us mount. */
function canMountTmpfs(): boolean {
  if (process.getuid?.() !== 0) return false
  const probe = mkdtempSync(join(tmpdir(), 'regulars-mount-probe-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' })
    execFileSync('umount', [probe], { stdio: 'ignore' })
    return true
  } catch {
    return false
  } finally {
    rmSync(probe, { recursive: true, force: true })
  }
}
