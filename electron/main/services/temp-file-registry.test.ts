import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createTempFileRegistry } from './temp-file-registry'

const folders: string[] = []
function folder(): string {
  const path = mkdtempSync(join(tmpdir(), 'regulars-temps-'))
  folders.push(path)
  return path
}
afterEach(() => {
  for (const path of folders.splice(0)) rmSync(path, { recursive: true, force: true })
})

describe('temporary files left by a killed run', () => {
  it('are removed at the next start, and one on a missing stick when the stick is back', async () => {
    const dataDir = folder()
    const usb = join(folder(), 'USB')
    mkdirSync(usb)
    // The run that is killed: two files being written, listed first.
    const killed = createTempFileRegistry(dataDir)
    const onDisk = join(dataDir, '.backup.regularsbackup.1a2b3c4d.regulars-tmp')
    const onStick = join(usb, '.customers-2026-12-07.xlsx.5e6f7a8b.regulars-tmp')
    await killed.add(onDisk)
    writeFileSync(onDisk, 'customer rows')
    await killed.add(onStick)
    writeFileSync(onStick, '10 000 customers')
    // … no remove(): the process died. The stick is pulled out before the next start.
    renameSync(usb, `${usb}-unplugged`)

    const nextStart = createTempFileRegistry(dataDir)
    expect(await nextStart.sweep()).toEqual([onDisk])
    expect(existsSync(onDisk)).toBe(false)
    expect(await nextStart.listed()).toEqual([onStick])

    renameSync(`${usb}-unplugged`, usb)
    expect(await nextStart.sweep()).toEqual([onStick])
    expect(existsSync(onStick)).toBe(false)
    expect(await createTempFileRegistry(dataDir).listed()).toEqual([])
  })

  it('leaves alone what this run is still writing, and forgets what it finished', async () => {
    const dataDir = folder()
    const registry = createTempFileRegistry(dataDir)
    const writing = join(dataDir, '.a.regulars-tmp')
    const done = join(dataDir, '.b.regulars-tmp')
    await registry.add(writing)
    writeFileSync(writing, 'rows')
    await registry.add(done)
    await registry.remove(done)
    expect(await registry.sweep()).toEqual([])
    expect(existsSync(writing)).toBe(true)
    expect(await createTempFileRegistry(dataDir).listed()).toEqual([writing])
  })

  it('drops an entry whose file is already gone', async () => {
    const dataDir = folder()
    await createTempFileRegistry(dataDir).add(join(dataDir, '.never-created.regulars-tmp'))
    const next = createTempFileRegistry(dataDir)
    expect(await next.sweep()).toEqual([])
    expect(await next.listed()).toEqual([])
  })
})
