import * as v from 'valibot'
import { channel } from './channel'

/**
 * Backups (PRODUCT.md F25). The renderer owns the rows, main owns the file: the renderer reads
 * every table in chunks and sends each as JSON text; main compresses, encrypts and writes it
 * into a temporary file beside the target, renamed into place when complete. A restore goes
 * the other way: main opens the file the user picks, checks the password and the whole file,
 * and hands the rows back chunk by chunk. Main never receives a path: it asks with a dialog
 * (manual backups, restore, the second folder) or uses its data folder (automatic backups).
 *
 *   backup:status            → what Settings and the banner show
 *   backup:begin             → { backupId, fileName } | null (dialog cancelled)
 *   backup:rows              → { rows } (repeat: one table after another)
 *   backup:rewind            → the file starts over (the data changed while it was read)
 *   backup:finish            → { fileName, folder, bytes, copiedTo }
 *   backup:cancel            → nothing left behind
 *   backup:remember-password / backup:forget-password / backup:choose-folder / backup:clear-folder
 *   backup:disk-encryption   → is the system disk encrypted
 *   restore:open             → open dialog → { restoreId, fileName } | null
 *   restore:unlock           → password and whole-file check → the manifest (the preview)
 *   restore:read             → the next chunk of rows, or the end
 *   restore:close
 */

export const backupKinds = ['manual', 'automatic', 'safety'] as const
export type BackupKind = (typeof backupKinds)[number]

/** At most 1 024 characters (a passphrase), at least 8 for a new backup. */
const password = v.pipe(v.string(), v.maxLength(1024), v.minLength(1))
const newPassword = v.pipe(v.string(), v.maxLength(1024), v.minLength(8))
const id = v.pipe(v.string(), v.maxLength(36), v.regex(/^[0-9a-f-]{36}$/))
const tableName = v.pipe(v.string(), v.maxLength(40), v.regex(/^[A-Za-z][A-Za-z0-9]{0,39}$/))
/** One chunk of rows as JSON text: a few MB at most (2 000 customers ≈ 3 MB). */
export const maxChunkChars = 48 * 1024 * 1024

export const backupBeginInput = v.strictObject({
  kind: v.picklist(backupKinds),
  /** Typed for this backup; omitted: the password remembered on this PC (automatic backups). */
  password: v.optional(newPassword),
  businessName: v.pipe(v.string(), v.maxLength(200)),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000)),
  /** Rows per table, in the order the chunks will come. */
  tables: v.pipe(
    v.array(v.strictObject({ name: tableName, rows: v.pipe(v.number(), v.integer(), v.minValue(0)) })),
    v.minLength(1),
    v.maxLength(100)
  ),
  stores: v.pipe(
    v.array(v.strictObject({ id: v.pipe(v.number(), v.integer()), name: v.pipe(v.string(), v.maxLength(200)), currency: v.pipe(v.string(), v.maxLength(3)) })),
    v.maxLength(1000)
  )
})
export type BackupBeginInput = v.InferOutput<typeof backupBeginInput>

export interface BackupStarted {
  backupId: string
  fileName: string
}

export const backupRowsInput = v.strictObject({
  backupId: id,
  table: tableName,
  /** The rows as one JSON array. */
  json: v.pipe(v.string(), v.maxLength(maxChunkChars)),
  count: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000))
})

export interface BackupFinished {
  fileName: string
  /** Where it is (a folder path, for showing). */
  folder: string
  bytes: number
  /** An automatic backup was also copied to the chosen folder (it was there). */
  copiedTo: string | null
}

export interface BackupOverview {
  last: { at: number; kind: BackupKind; fileName: string; folder: string } | null
  lastAutomaticAt: number | null
  /** No automatic backup yet today (main's clock, local day): the renderer makes one. */
  automaticDue: boolean
  /** No backup for 7 days (counted from the first start when there was none): the banner. */
  overdue: boolean
  passwordRemembered: boolean
  /** Whether this PC can keep the password safely (safeStorage). */
  canRemember: boolean
  /** The data folder's backups (automatic ones). */
  automaticFolder: string
  folder: { path: string; present: boolean; lastCopyAt: number | null } | null
}

export type DiskEncryption =
  | { state: 'encrypted'; method: string }
  | { state: 'not-encrypted'; platform: string }
  | { state: 'unknown'; platform: string }

export interface RestoreOpened {
  restoreId: string
  fileName: string
}

/** The manifest, as the preview shows it. */
export interface BackupPreview {
  appName: string
  appVersion: string
  schemaVersion: number
  createdAt: number
  businessName: string
  kind: string
  tables: Array<{ name: string; rows: number }>
  stores: Array<{ id: number; name: string; currency: string }>
  bytes: number
}

export type RestoreChunk = { done: false; table: string; json: string } | { done: true; rows: Record<string, number> }

const backupRef = v.strictObject({ backupId: id })
const restoreRef = v.strictObject({ restoreId: id })
const nothing = v.optional(v.strictObject({}))

export const backupChannels = {
  'backup:status': channel<BackupOverview>()(nothing),
  'backup:begin': channel<BackupStarted | null>()(backupBeginInput),
  'backup:rows': channel<{ rows: number }>()(backupRowsInput),
  'backup:rewind': channel<{ rewound: boolean }>()(backupRef),
  'backup:finish': channel<BackupFinished>()(backupRef),
  'backup:cancel': channel<{ cancelled: boolean }>()(backupRef),
  'backup:remember-password': channel<BackupOverview>()(v.strictObject({ password: newPassword })),
  'backup:forget-password': channel<BackupOverview>()(nothing),
  'backup:choose-folder': channel<BackupOverview | null>()(nothing),
  'backup:clear-folder': channel<BackupOverview>()(nothing),
  'backup:disk-encryption': channel<DiskEncryption>()(nothing),
  'restore:open': channel<RestoreOpened | null>()(nothing),
  'restore:unlock': channel<BackupPreview>()(v.strictObject({ restoreId: id, password })),
  'restore:read': channel<RestoreChunk>()(restoreRef),
  'restore:close': channel<{ closed: boolean }>()(restoreRef)
}
