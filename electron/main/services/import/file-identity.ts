import type { Stats } from 'node:fs'
import { stat } from 'node:fs/promises'
import { importError } from './import-error'

/**
 * What tells that a file is still the one that was opened: its size, its modification time
 * and its inode (a file replaced under the same name has a new one). A file truncated or
 * rewritten while it is read (a copy still running, a sync client, a program saving over it)
 * would otherwise import a part of itself without a word.
 */
export interface FileIdentity {
  size: number
  modifiedMs: number
  inode: number
}

export function identityOf(stats: Stats): FileIdentity {
  return { size: stats.size, modifiedMs: stats.mtimeMs, inode: stats.ino }
}

export async function hasChanged(path: string, before: FileIdentity): Promise<boolean> {
  try {
    const now = identityOf(await stat(path))
    return now.size !== before.size || now.modifiedMs !== before.modifiedMs || now.inode !== before.inode
  } catch {
    return true
  }
}

export function fileChanged(): Error {
  return importError('file-changed', 'The file changed while it was read')
}
