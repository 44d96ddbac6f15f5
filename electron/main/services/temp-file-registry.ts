import { open, readFile, rename, stat, unlink } from 'node:fs/promises'
import { dirname, join } from 'node:path'

/**
 * Temporary files being written (an export, a backup, a backup's copy to the chosen folder)
 * are listed in a file in the data folder before they are created and taken off once renamed
 * or removed. A run that was killed leaves its entries behind: the next start removes those
 * files, and an entry whose folder is missing (the USB stick is not plugged in) stays until the
 * folder is seen again — every sweep tries it (at start, before each export or backup, and once
 * a minute). Without it, a killed export left a hidden file with 10 000 customers on the stick
 * until a later export used the same folder an hour later.
 */
export interface TempFileRegistry {
  /** Call before creating the temporary file. */
  add(path: string): Promise<void>
  /** Call once the file was renamed into place or removed. */
  remove(path: string): Promise<void>
  /** Removes every listed file not being written by this run whose folder is there; answers what it removed. */
  sweep(): Promise<string[]>
  /** Paths listed now (tests, diagnostics). */
  listed(): Promise<string[]>
}

export const registryFileName = 'pending-temp-files.json'

/** The registry of a data folder; its list is read on first use, so creating it touches nothing. */
export function createTempFileRegistry(dataDir: string): TempFileRegistry {
  const file = join(dataDir, registryFileName)
  const entries = new Set<string>()
  let loaded: Promise<void> | null = null
  const load = () => (loaded ??= readEntries(file).then((paths) => paths.forEach((path) => entries.add(path))))
  /** Written by this run: never swept, the run removes them itself. */
  const live = new Set<string>()
  let writing: Promise<void> = Promise.resolve()

  // One write after another, each the whole list, synced and renamed into place so that a
  // power cut leaves the old list or the new one. An empty list is no file: the data folder
  // holds nothing of a run that left nothing behind.
  function persist(): Promise<void> {
    const snapshot = entries.size > 0 ? JSON.stringify([...entries]) : null
    writing = writing.then(() => (snapshot === null ? unlink(file).catch(() => undefined) : writeDurably(file, snapshot))).catch(() => undefined)
    return writing
  }

  return {
    async add(path) {
      await load()
      entries.add(path)
      live.add(path)
      await persist()
    },
    async remove(path) {
      await load()
      live.delete(path)
      if (!entries.delete(path)) return
      await persist()
    },
    async sweep() {
      await load()
      const removed: string[] = []
      let changed = false
      for (const path of [...entries]) {
        if (live.has(path)) continue
        if (!(await exists(dirname(path)))) continue
        try {
          await unlink(path)
          removed.push(path)
        } catch (error) {
          // Gone already is fine; anything else (a read-only stick) is tried again next time.
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') continue
        }
        entries.delete(path)
        changed = true
      }
      if (changed) await persist()
      return removed
    },
    listed: async () => {
      await load()
      return [...entries]
    }
  }
}

async function readEntries(file: string): Promise<string[]> {
  try {
    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'))
    return Array.isArray(parsed) ? parsed.filter((entry): entry is string => typeof entry === 'string') : []
  } catch {
    return []
  }
}

/** Whether anything is at `path` (a missing folder, a pulled-out stick: false, never an error). */
export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path)
    return true
  } catch {
    return false
  }
}

async function writeDurably(file: string, text: string): Promise<void> {
  const temp = `${file}.next`
  const handle = await open(temp, 'w')
  try {
    await handle.writeFile(text)
    await handle.sync()
  } finally {
    await handle.close()
  }
  await rename(temp, file)
}
