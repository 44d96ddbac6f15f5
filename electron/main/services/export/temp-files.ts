import { readdir, rename, stat, unlink, open } from 'node:fs/promises'
import { unlinkSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

/**
 * The temporary file sits beside the target, on the same stick, so the final rename is
 * atomic: the target either does not exist or is complete. The suffix marks it as ours.
 */
const tempSuffix = '.regulars-tmp'

export function tempPathFor(target: string, exportId: string): string {
  return join(dirname(target), `.${basename(target)}.${exportId.slice(0, 8)}${tempSuffix}`)
}

/** Removes a file, ignoring "already gone". */
export async function removeQuietly(path: string): Promise<void> {
  try {
    await unlink(path)
  } catch {
    // Gone already, or the stick was pulled out: nothing left to clean.
  }
}

/** Publishes the finished file under its real name; resolves to its size in bytes. */
export async function moveIntoPlace(temp: string, target: string): Promise<number> {
  await rename(temp, target)
  // The folder entry too must reach the stick before the user pulls it out (POSIX only;
  // Windows cannot open a folder for syncing and flushes it with the file).
  if (process.platform !== 'win32') {
    try {
      const folder = await open(dirname(target), 'r')
      await folder.sync().finally(() => folder.close())
    } catch {
      // Some file systems refuse to sync a folder; the file itself is already flushed.
    }
  }
  return (await stat(target)).size
}

/**
 * Temporary files left in a folder by an export that never ended (the app was killed or
 * the PC lost power): removed when the folder is used again, if older than `olderThanMs`.
 */
export async function removeStaleTempFiles(folder: string, keep: Set<string>, now: number, olderThanMs: number): Promise<void> {
  let names: string[]
  try {
    names = await readdir(folder)
  } catch {
    return
  }
  for (const name of names) {
    if (!name.startsWith('.') || !name.endsWith(tempSuffix)) continue
    const path = join(folder, name)
    if (keep.has(path)) continue
    try {
      if (now - (await stat(path)).mtimeMs > olderThanMs) await removeQuietly(path)
    } catch {
      // Raced with another cleanup, or unreadable: leave it.
    }
  }
}

/** Temp files of exports still running, removed synchronously if the process exits mid-export. */
const liveTempFiles = new Set<string>()
let exitHookInstalled = false

export function trackTempFile(path: string): void {
  liveTempFiles.add(path)
  if (!exitHookInstalled) {
    exitHookInstalled = true
    process.once('exit', () => {
      for (const file of liveTempFiles) {
        try {
          unlinkSync(file)
        } catch {
          // Best effort on the way out.
        }
      }
    })
  }
}

export function untrackTempFile(path: string): void {
  liveTempFiles.delete(path)
}
