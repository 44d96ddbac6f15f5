import { AppError } from '@shared/errors'

/**
 * The codes a backup or a restore answers with; the renderer translates each
 * (messages/backup, `errors.<name>`). A file problem always leaves the current data as it is.
 */
export const backupErrorCodes = {
  /** The password does not open this file. */
  wrongPassword: 'backup.wrong-password',
  /** A byte of the file changed (a bad stick, a copy gone wrong). */
  damaged: 'backup.damaged',
  /** The file ends early: its copy or its writing stopped midway. */
  truncated: 'backup.truncated',
  /** Not a Regulars backup at all. */
  notABackup: 'backup.not-a-backup',
  /** Made by a newer Regulars: update this one first. */
  newerVersion: 'backup.newer-version',
  /** Automatic backups need the password remembered on this PC. */
  noPassword: 'backup.no-password',
  /** This PC offers no safe place for the password (safeStorage unavailable). */
  cannotRemember: 'backup.cannot-remember',
  notFound: 'backup.not-found',
  cancelled: 'backup.cancelled',
  diskFull: 'backup.disk-full',
  targetGone: 'backup.target-gone',
  noPermission: 'backup.no-permission',
  writeFailed: 'backup.write-failed',
  readFailed: 'backup.read-failed',
  busy: 'backup.busy'
} as const

export type BackupErrorCode = (typeof backupErrorCodes)[keyof typeof backupErrorCodes]

export function backupError(code: BackupErrorCode, message: string): AppError {
  return new AppError(code, message)
}

const byErrno: Record<string, BackupErrorCode> = {
  ENOSPC: backupErrorCodes.diskFull,
  EDQUOT: backupErrorCodes.diskFull,
  EFBIG: backupErrorCodes.diskFull,
  ENOENT: backupErrorCodes.targetGone,
  ENOTDIR: backupErrorCodes.targetGone,
  EIO: backupErrorCodes.targetGone,
  ENXIO: backupErrorCodes.targetGone,
  ENODEV: backupErrorCodes.targetGone,
  EACCES: backupErrorCodes.noPermission,
  EPERM: backupErrorCodes.noPermission,
  EROFS: backupErrorCodes.noPermission
}

/** Whatever a write threw, as the AppError the renderer translates. */
export function backupWriteError(error: unknown): AppError {
  if (error instanceof AppError) return error
  const errno = (error as NodeJS.ErrnoException | null)?.code
  return new AppError((errno && byErrno[errno]) || backupErrorCodes.writeFailed, error instanceof Error ? error.message : String(error))
}
