import { AppError } from '@shared/errors'

/**
 * The codes an export answers with; the renderer translates each (messages/export,
 * `errors.<name>`). Each names what the user can do something about.
 */
export const exportErrorCodes = {
  diskFull: 'export.disk-full',
  targetGone: 'export.target-gone',
  noPermission: 'export.no-permission',
  fileInUse: 'export.file-in-use',
  writeFailed: 'export.write-failed',
  notFound: 'export.not-found',
  expired: 'export.expired',
  cancelled: 'export.cancelled',
  tooMany: 'export.too-many',
  badRows: 'export.bad-rows',
  sheetOrder: 'export.sheet-order'
} as const

/** File-system error codes grouped by what happened, as the user would describe it. */
const byErrno: Record<string, string> = {
  // The stick (or disk) is full, or the file grew past what it accepts (FAT32: 4 GB).
  ENOSPC: exportErrorCodes.diskFull,
  EDQUOT: exportErrorCodes.diskFull,
  EFBIG: exportErrorCodes.diskFull,
  // The stick was pulled out or the folder disappeared.
  ENOENT: exportErrorCodes.targetGone,
  ENOTDIR: exportErrorCodes.targetGone,
  EIO: exportErrorCodes.targetGone,
  ENXIO: exportErrorCodes.targetGone,
  ENODEV: exportErrorCodes.targetGone,
  ESTALE: exportErrorCodes.targetGone,
  // Read-only stick, a folder we may not write to, or a file another program holds.
  EACCES: exportErrorCodes.noPermission,
  EPERM: exportErrorCodes.noPermission,
  EROFS: exportErrorCodes.noPermission,
  EBUSY: exportErrorCodes.fileInUse
}

/** Turns whatever a write threw into the AppError the renderer translates. */
export function exportErrorFrom(error: unknown): AppError {
  if (error instanceof AppError) return error
  const errno = (error as NodeJS.ErrnoException | null)?.code
  const code = (errno && byErrno[errno]) || exportErrorCodes.writeFailed
  const message = error instanceof Error ? error.message : String(error)
  return new AppError(code, message, errno ? { errno } : undefined)
}
