import { ref } from 'vue'
import type { BackupOverview } from '@shared/ipc/contract-backup'
import { callMain } from '@renderer/ipc'

/** What main knows of backups (last one, automatic, folder), shared by Settings and the banner. */
const overview = ref<BackupOverview | null>(null)

export function useBackupOverview() {
  async function refresh(): Promise<BackupOverview | null> {
    overview.value = await callMain('backup:status', {}).catch(() => overview.value)
    return overview.value
  }
  function set(next: BackupOverview | null): void {
    if (next) overview.value = next
  }
  return { overview, refresh, set }
}
