import type { backupChannels } from '@shared/ipc/contract-backup'
import type { HandlersFor } from '../handlers-for'
import type { MainPorts } from '../ports'
import { detectDiskEncryption } from '../system/disk-encryption'
import type { BackupService } from './backup-service'

/** The backup and restore channels, wired to the one backup service of the app (made on first use). */
export function createBackupHandlers(ports: MainPorts, service: () => Promise<BackupService>): HandlersFor<typeof backupChannels> {
  let diskEncryption: ReturnType<typeof detectDiskEncryption> | null = null
  return {
    'backup:status': async () => (await service()).overview(),
    'backup:begin': async (input) => (await service()).begin(input),
    'backup:rows': async (input) => (await service()).rows(input),
    'backup:rewind': async ({ backupId }) => (await service()).rewind(backupId),
    'backup:finish': async ({ backupId }) => (await service()).finish(backupId),
    'backup:cancel': async ({ backupId }) => (await service()).cancel(backupId),
    'backup:remember-password': async ({ password }) => (await service()).rememberPassword(password),
    'backup:forget-password': async () => (await service()).forgetPassword(),
    'backup:choose-folder': async () => (await service()).chooseFolder(),
    'backup:clear-folder': async () => (await service()).clearFolder(),
    // Asked once a run: the answer does not change while the app is open.
    'backup:disk-encryption': () => (diskEncryption ??= detectDiskEncryption(ports.platform, ports.dataDir)),
    'restore:open': async () => (await service()).openRestore(),
    'restore:unlock': async ({ restoreId, password }) => (await service()).unlock(restoreId, password),
    'restore:read': async ({ restoreId }) => (await service()).read(restoreId),
    'restore:close': async ({ restoreId }) => (await service()).closeRestore(restoreId)
  }
}
