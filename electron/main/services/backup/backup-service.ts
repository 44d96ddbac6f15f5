import { randomUUID } from 'node:crypto'
import { copyFile, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type {
  BackupBeginInput,
  BackupFinished,
  BackupKind,
  BackupOverview,
  BackupPreview,
  BackupStarted,
  RestoreChunk,
  RestoreOpened
} from '@shared/ipc/contract-backup'
import { withExtension } from '@shared/export/file-names'
import { moveIntoPlace, removeQuietly, tempPathFor } from '../export/temp-files'
import type { MainPorts } from '../ports'
import { exists, type TempFileRegistry } from '../temp-file-registry'
import { backupError, backupErrorCodes, backupWriteError } from './backup-errors'
import { BackupFileReader } from './backup-file-reader'
import { BackupFileWriter } from './backup-file-writer'
import type { BackupManifest } from './backup-format'
import { backupExtension, backupFileName, backupTimeFromName } from './backup-names'
import { backupsToKeep } from './backup-rotation'
import { openBackupState, type BackupStateStore, type LastBackup } from './backup-state'

const day = 86_400_000
const overdueAfter = 7 * day
/** A session nobody called for this long is abandoned (the page went away). */
const idleMs = 10 * 60_000
const keepSafetyBackups = 3

interface WriteSession {
  id: string
  kind: BackupKind
  target: string
  temp: string
  password: string
  manifest: BackupManifest
  writer: BackupFileWriter
  queue: Promise<unknown>
  timer: NodeJS.Timeout | null
}

interface ReadSession {
  id: string
  path: string
  reader: BackupFileReader
  unlocked: boolean
  queue: Promise<unknown>
  timer: NodeJS.Timeout | null
}

export interface BackupServiceOptions {
  tempFiles: TempFileRegistry
}

/**
 * Backups in main (contract-backup.ts): writing a file from the chunks the page sends,
 * automatic backups into the data folder with their rotation and their copy to a chosen
 * folder, the remembered password, and reading a file back for a restore.
 */
export async function createBackupService(ports: MainPorts, options: BackupServiceOptions) {
  const root = join(ports.dataDir, 'backups')
  const automaticFolder = join(root, 'automatic')
  const safetyFolder = join(root, 'before-restore')
  const passwordFile = join(root, 'password.bin')
  const state: BackupStateStore = await openBackupState(join(root, 'state.json'), ports.now)
  const writes = new Map<string, WriteSession>()
  const reads = new Map<string, ReadSession>()
  const { tempFiles } = options

  // ---- the remembered password ------------------------------------------------------------
  async function rememberedPassword(): Promise<string | null> {
    try {
      return ports.secrets.decrypt(await readFile(passwordFile))
    } catch {
      return null
    }
  }

  async function overview(): Promise<BackupOverview> {
    const now = ports.now()
    const current = state.read()
    const folder = current.folder
    const lastAt = current.last?.at ?? null
    return {
      last: current.last ? { at: current.last.at, kind: current.last.kind, fileName: current.last.fileName, folder: current.last.folder } : null,
      lastAutomaticAt: current.lastAutomatic?.at ?? null,
      automaticDue: !current.lastAutomatic || !sameLocalDay(new Date(current.lastAutomatic.at), now),
      overdue: now.getTime() - (lastAt ?? current.firstSeenAt) > overdueAfter,
      passwordRemembered: (await rememberedPassword()) !== null,
      canRemember: ports.secrets.available(),
      automaticFolder,
      folder: folder ? { path: folder, present: await isFolder(folder), lastCopyAt: current.lastFolderCopy?.at ?? null } : null
    }
  }

  // ---- writing ----------------------------------------------------------------------------
  function lookupWrite(id: string): WriteSession {
    const session = writes.get(id)
    if (!session) throw backupError(backupErrorCodes.notFound, `Backup ${id} is not open`)
    return session
  }

  function armTimer(session: { timer: NodeJS.Timeout | null }, end: () => Promise<unknown>): void {
    if (session.timer) clearTimeout(session.timer)
    session.timer = setTimeout(() => void end(), idleMs)
    session.timer.unref()
  }

  async function endWrite(session: WriteSession): Promise<void> {
    if (!writes.delete(session.id)) return
    if (session.timer) clearTimeout(session.timer)
    await session.writer.close().catch(() => undefined)
    await removeQuietly(session.temp)
    await tempFiles.remove(session.temp)
  }

  /** Calls of one backup run one after another; a failure ends it and removes its file. */
  function runWrite<T>(session: WriteSession, work: () => Promise<T>): Promise<T> {
    const next = session.queue.then(async () => {
      if (!writes.has(session.id)) throw backupError(backupErrorCodes.cancelled, 'Backup ended')
      try {
        const result = await work()
        armTimer(session, () => endWrite(session))
        return result
      } catch (error) {
        await endWrite(session)
        throw backupWriteError(error)
      }
    })
    session.queue = next.catch(() => undefined)
    return next
  }

  async function openWriter(target: string, password: string, manifest: BackupManifest): Promise<{ temp: string; writer: BackupFileWriter }> {
    const temp = tempPathFor(target, randomUUID())
    await tempFiles.add(temp)
    try {
      return { temp, writer: await BackupFileWriter.create(temp, password, manifest) }
    } catch (error) {
      await removeQuietly(temp)
      await tempFiles.remove(temp)
      throw backupWriteError(error)
    }
  }

  async function targetFor(kind: BackupKind, name: string): Promise<string | null> {
    if (kind === 'automatic' || kind === 'safety') {
      const folder = kind === 'automatic' ? automaticFolder : safetyFolder
      await mkdir(folder, { recursive: true })
      return join(folder, name)
    }
    const chosen = await ports.dialogs.chooseSavePath({ defaultName: name, filters: [{ name: 'Regulars backup', extensions: [backupExtension] }] })
    return chosen === null ? null : withExtension(chosen, backupExtension)
  }

  async function begin(input: BackupBeginInput): Promise<BackupStarted | null> {
    if (writes.size >= 2) throw backupError(backupErrorCodes.busy, 'A backup is being written')
    const password = input.password ?? (await rememberedPassword())
    if (!password) throw backupError(backupErrorCodes.noPassword, 'No password remembered on this PC')
    const now = ports.now()
    const manifest: BackupManifest = {
      app: { name: ports.appName, version: ports.appVersion },
      schemaVersion: input.schemaVersion,
      createdAt: now.getTime(),
      businessName: input.businessName,
      tables: Object.fromEntries(input.tables.map((table) => [table.name, table.rows])),
      stores: input.stores,
      kind: input.kind
    }
    const target = await targetFor(input.kind, backupFileName(input.businessName, now))
    if (target === null) return null
    void tempFiles.sweep()
    const { temp, writer } = await openWriter(target, password, manifest)
    const session: WriteSession = { id: randomUUID(), kind: input.kind, target, temp, password, manifest, writer, queue: Promise.resolve(), timer: null }
    writes.set(session.id, session)
    armTimer(session, () => endWrite(session))
    return { backupId: session.id, fileName: basename(target) }
  }

  async function finish(id: string): Promise<BackupFinished> {
    const session = lookupWrite(id)
    return runWrite(session, async () => {
      const bytes = await session.writer.finish()
      await moveIntoPlace(session.temp, session.target)
      writes.delete(session.id)
      if (session.timer) clearTimeout(session.timer)
      await tempFiles.remove(session.temp)
      const record: LastBackup = { at: session.manifest.createdAt, kind: session.kind, fileName: basename(session.target), folder: dirname(session.target), bytes }
      await state.update((current) => ({
        ...current,
        // A safety backup before a restore is not the backup the warning asks for.
        last: session.kind === 'safety' ? current.last : record,
        lastAutomatic: session.kind === 'automatic' ? record : current.lastAutomatic
      }))
      let copiedTo: string | null = null
      if (session.kind === 'automatic') {
        await rotate(automaticFolder)
        copiedTo = await copyToFolder()
      }
      if (session.kind === 'safety') await keepNewest(safetyFolder, keepSafetyBackups)
      return { fileName: basename(session.target), folder: dirname(session.target), bytes, copiedTo }
    })
  }

  // ---- rotation and the second folder -----------------------------------------------------
  async function datedBackups(folder: string) {
    let names: string[]
    try {
      names = await readdir(folder)
    } catch {
      return []
    }
    return names.flatMap((name) => {
      const at = backupTimeFromName(name)
      return at ? [{ name, at }] : []
    })
  }

  /** Only our own automatic backups are ever removed: files named as backupFileName names them. */
  async function rotate(folder: string): Promise<void> {
    const backups = await datedBackups(folder)
    const keep = backupsToKeep(backups)
    for (const backup of backups) if (!keep.has(backup.name)) await removeQuietly(join(folder, backup.name))
  }

  async function keepNewest(folder: string, count: number): Promise<void> {
    const backups = (await datedBackups(folder)).sort((a, b) => b.at.getTime() - a.at.getTime())
    for (const backup of backups.slice(count)) await removeQuietly(join(folder, backup.name))
  }

  /**
   * Copies the newest automatic backup to the chosen folder when the folder is there (a stick
   * plugged in, a network drive reachable) and lacks it; rotates the backups there as here.
   * Called after each automatic backup and once a minute, so a stick plugged in at noon gets
   * the morning's backup. Answers the folder when it copied.
   */
  async function copyToFolder(): Promise<string | null> {
    const folder = state.read().folder
    if (!folder || !(await isFolder(folder))) return null
    const newest = (await datedBackups(automaticFolder)).sort((a, b) => b.at.getTime() - a.at.getTime())[0]
    if (!newest) return null
    const target = join(folder, newest.name)
    if (await exists(target)) return null
    const temp = tempPathFor(target, randomUUID())
    await tempFiles.add(temp)
    try {
      await copyFile(join(automaticFolder, newest.name), temp)
      await moveIntoPlace(temp, target)
    } catch {
      // The stick went away midway, or is full: the next minute tries again.
      await removeQuietly(temp)
      await tempFiles.remove(temp)
      return null
    }
    await tempFiles.remove(temp)
    await rotate(folder)
    await state.update((current) => ({ ...current, lastFolderCopy: { at: ports.now().getTime(), fileName: newest.name } }))
    return folder
  }

  // ---- reading for a restore --------------------------------------------------------------
  function lookupRead(id: string): ReadSession {
    const session = reads.get(id)
    if (!session) throw backupError(backupErrorCodes.notFound, `Restore ${id} is not open`)
    return session
  }

  async function endRead(session: ReadSession): Promise<void> {
    if (!reads.delete(session.id)) return
    if (session.timer) clearTimeout(session.timer)
    await session.reader.close()
  }

  function runRead<T>(session: ReadSession, work: () => Promise<T>): Promise<T> {
    const next = session.queue.then(async () => {
      if (!reads.has(session.id)) throw backupError(backupErrorCodes.notFound, 'Restore ended')
      const result = await work()
      armTimer(session, () => endRead(session))
      return result
    })
    session.queue = next.catch(() => undefined)
    return next
  }

  async function openRestore(): Promise<RestoreOpened | null> {
    const path = await ports.dialogs.chooseOpenPath({ filters: [{ name: 'Regulars backup', extensions: [backupExtension] }] })
    if (path === null) return null
    for (const session of [...reads.values()]) await endRead(session)
    const reader = await BackupFileReader.open(path)
    const session: ReadSession = { id: randomUUID(), path, reader, unlocked: false, queue: Promise.resolve(), timer: null }
    reads.set(session.id, session)
    armTimer(session, () => endRead(session))
    return { restoreId: session.id, fileName: basename(path) }
  }

  async function unlock(id: string, password: string): Promise<BackupPreview> {
    const session = lookupRead(id)
    return runRead(session, async () => {
      const manifest = await session.reader.unlock(password)
      session.unlocked = true
      return {
        appName: manifest.app.name,
        appVersion: manifest.app.version,
        schemaVersion: manifest.schemaVersion,
        createdAt: manifest.createdAt,
        businessName: manifest.businessName,
        kind: manifest.kind,
        tables: Object.entries(manifest.tables).map(([name, rows]) => ({ name, rows })),
        stores: manifest.stores,
        bytes: (await stat(session.path)).size
      }
    })
  }

  async function read(id: string): Promise<RestoreChunk> {
    const session = lookupRead(id)
    return runRead(session, async () => {
      if (!session.unlocked) throw backupError(backupErrorCodes.wrongPassword, 'Not unlocked')
      const record = await session.reader.next()
      if (record.kind === 'end') return { done: true, rows: record.end.rows }
      return { done: false, table: record.table, json: record.json }
    })
  }

  return {
    overview,
    begin,
    rows(input: { backupId: string; table: string; json: string; count: number }): Promise<{ rows: number }> {
      const session = lookupWrite(input.backupId)
      return runWrite(session, async () => {
        await session.writer.writeRows(input.table, input.json, input.count)
        return { rows: session.writer.rowCounts[input.table] ?? 0 }
      })
    },
    /** Starts the file over (same target, same password): the data changed while it was read. */
    rewind(id: string): Promise<{ rewound: boolean }> {
      const session = lookupWrite(id)
      return runWrite(session, async () => {
        await session.writer.close()
        await removeQuietly(session.temp)
        await tempFiles.remove(session.temp)
        const manifest = { ...session.manifest, createdAt: ports.now().getTime() }
        const reopened = await openWriter(session.target, session.password, manifest)
        Object.assign(session, { ...reopened, manifest })
        return { rewound: true }
      })
    },
    finish,
    async cancel(id: string): Promise<{ cancelled: boolean }> {
      const session = writes.get(id)
      if (!session) return { cancelled: false }
      await endWrite(session)
      return { cancelled: true }
    },
    async rememberPassword(password: string): Promise<BackupOverview> {
      if (!ports.secrets.available()) throw backupError(backupErrorCodes.cannotRemember, 'safeStorage is not available')
      await mkdir(root, { recursive: true })
      await writeFile(passwordFile, ports.secrets.encrypt(password), { mode: 0o600 })
      return overview()
    },
    async forgetPassword(): Promise<BackupOverview> {
      await rm(passwordFile, { force: true })
      return overview()
    },
    async chooseFolder(): Promise<BackupOverview | null> {
      const folder = await ports.dialogs.chooseFolder()
      if (folder === null) return null
      await state.update((current) => ({ ...current, folder, lastFolderCopy: null }))
      await copyToFolder()
      return overview()
    },
    async clearFolder(): Promise<BackupOverview> {
      await state.update((current) => ({ ...current, folder: null, lastFolderCopy: null }))
      return overview()
    },
    copyToFolder,
    openRestore,
    unlock,
    read,
    async closeRestore(id: string): Promise<{ closed: boolean }> {
      const session = reads.get(id)
      if (!session) return { closed: false }
      await endRead(session)
      return { closed: true }
    },
    /** The page went away: its backups are abandoned (their files removed), its restores closed. */
    async endAll(): Promise<void> {
      for (const session of [...writes.values()]) await endWrite(session)
      for (const session of [...reads.values()]) await endRead(session)
    }
  }
}

export type BackupService = Awaited<ReturnType<typeof createBackupService>>

function sameLocalDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate()
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory()
  } catch {
    return false
  }
}

