import { describe, expect, it } from 'vitest'
import { rightFor } from './file-channels'

describe('the right each file channel needs', () => {
  const none = new Set<string>()

  it('asks the export/print right for exports and prints, the import right for reading a file, the backup right for manual backups and restores', () => {
    expect(rightFor('export:rows', { exportId: 'e', sheet: 'customers', rows: [] } as never, none)).toBe('export-print')
    expect(rightFor('print:pdf', {} as never, none)).toBe('export-print')
    expect(rightFor('import:open', {}, none)).toBe('import')
    expect(rightFor('backup:begin', { kind: 'manual' } as never, none)).toBe('backup-restore')
    expect(rightFor('backup:rows', { backupId: 'b1' } as never, none)).toBe('backup-restore')
    expect(rightFor('restore:open', {}, none)).toBe('backup-restore')
  })

  it('lets a person locked out halfway end what was begun', () => {
    expect(rightFor('export:cancel', { exportId: 'e' }, none)).toBeNull()
    expect(rightFor('import:close', { sessionId: 's' } as never, none)).toBeNull()
    expect(rightFor('restore:close', { restoreId: 'r' } as never, none)).toBeNull()
  })

  it('asks nothing of an automatic backup, which main writes only to its own folders', () => {
    expect(rightFor('backup:begin', { kind: 'automatic' } as never, none)).toBeNull()
    expect(rightFor('backup:rows', { backupId: 'auto' } as never, new Set(['auto']))).toBeNull()
    expect(rightFor('backup:finish', { backupId: 'manual' } as never, new Set(['auto']))).toBe('backup-restore')
  })
})
