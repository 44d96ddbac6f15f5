import { mkdir, open, readFile, rename } from 'node:fs/promises'
import { dirname } from 'node:path'

/** What main remembers about backups, in the data folder (backups/state.json). */
export interface BackupState {
  /** The first time this data folder saw the app: the "no backup for 7 days" warning counts from it. */
  firstSeenAt: number
  last: LastBackup | null
  lastAutomatic: LastBackup | null
  /** The folder automatic backups are also copied to (a USB stick, a network drive). */
  folder: string | null
  lastFolderCopy: { at: number; fileName: string } | null
}

export interface LastBackup {
  at: number
  kind: 'manual' | 'automatic' | 'safety'
  fileName: string
  folder: string
  bytes: number
}

export interface BackupStateStore {
  read(): BackupState
  update(change: (state: BackupState) => BackupState): Promise<BackupState>
}

export async function openBackupState(file: string, now: () => Date): Promise<BackupStateStore> {
  let state: BackupState
  try {
    state = { ...fresh(now), ...(JSON.parse(await readFile(file, 'utf8')) as Partial<BackupState>) }
  } catch {
    state = fresh(now)
    await writeDurably(file, state).catch(() => undefined)
  }
  let writing: Promise<void> = Promise.resolve()
  return {
    read: () => state,
    async update(change) {
      state = change(state)
      const snapshot = state
      writing = writing.then(() => writeDurably(file, snapshot)).catch(() => undefined)
      await writing
      return state
    }
  }
}

function fresh(now: () => Date): BackupState {
  return { firstSeenAt: now().getTime(), last: null, lastAutomatic: null, folder: null, lastFolderCopy: null }
}

async function writeDurably(file: string, state: BackupState): Promise<void> {
  await mkdir(dirname(file), { recursive: true })
  const temp = `${file}.next`
  const handle = await open(temp, 'w')
  try {
    await handle.writeFile(JSON.stringify(state, null, 2))
    await handle.sync()
  } finally {
    await handle.close()
  }
  await rename(temp, file)
}
