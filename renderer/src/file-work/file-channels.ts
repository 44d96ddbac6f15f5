import type { ChannelInput, ChannelName } from '@shared/ipc/contract'
import type { Right } from '@shared/staff/rights'

/**
 * Every channel on which main reads or writes a file the desk chose, with the right it needs.
 * Only renderer/src/file-work/ calls them (eslint.config.js, "fileWorkRestrictions"), after the
 * data layer has checked that right for the signed-in person: main cannot ask who is at the
 * desk, so the check is made on the one path to it.
 *
 * 'ending' channels close or cancel what a checked call opened: a person locked out halfway
 * must still be able to end it (main removes the temporary file).
 */
export const fileWorkChannels = {
  'export:begin': 'export-print',
  'export:rows': 'export-print',
  'export:finish': 'export-print',
  'export:cancel': 'ending',
  // A message list's numbers or addresses copied for another program carry the base out too.
  'clipboard:write-text': 'export-print',
  'print:pdf': 'export-print',
  'print:printer': 'export-print',
  'import:open': 'import',
  'import:status': 'import',
  'import:rows': 'import',
  'import:reparse': 'import',
  'import:close': 'ending',
  'import:report-begin': 'import',
  'import:report-rows': 'import',
  'import:report-finish': 'import',
  'import:report-cancel': 'ending',
  'backup:begin': 'backup-restore',
  'backup:rows': 'backup-restore',
  'backup:rewind': 'backup-restore',
  'backup:finish': 'backup-restore',
  'backup:cancel': 'ending',
  // Where and with which password the automatic backups go: a copy on a stick is a copy of the base.
  'backup:choose-folder': 'backup-restore',
  'backup:clear-folder': 'backup-restore',
  'backup:remember-password': 'backup-restore',
  'backup:forget-password': 'backup-restore',
  'restore:open': 'backup-restore',
  'restore:unlock': 'backup-restore',
  'restore:read': 'backup-restore',
  'restore:close': 'ending'
} as const satisfies Partial<Record<ChannelName, Right | 'ending'>>

export type FileWorkChannel = keyof typeof fileWorkChannels

/**
 * The right a call needs, or null when it needs none. `automaticBackups`: the ids of the
 * automatic backups being written. The automatic backups (kind "automatic")
 * are written by main only into its own data folder and the folder chosen in Settings (never a
 * place picked at the desk), encrypted with the remembered password, whoever is signed in or
 * nobody (the day's first start, quitting while locked): they carry nothing out that a checked
 * call did not allow, so they stay unchecked, like their rows' read (streamAutomaticBackupRows).
 */
export function rightFor<K extends FileWorkChannel>(channel: K, input: ChannelInput<K>, automaticBackups: ReadonlySet<string>): Right | null {
  const right = fileWorkChannels[channel]
  if (right === 'ending') return null
  if (channel === 'backup:begin' && (input as ChannelInput<'backup:begin'>).kind === 'automatic') return null
  if (isBackupChunk(channel, input) && automaticBackups.has(input.backupId)) return null
  return right
}

function isBackupChunk(channel: FileWorkChannel, input: unknown): input is { backupId: string } {
  return (channel === 'backup:rows' || channel === 'backup:rewind' || channel === 'backup:finish') && typeof (input as { backupId?: unknown }).backupId === 'string'
}
