import type { ChannelInput, ChannelName } from '@shared/ipc/contract'
import { beginInput } from '../services/export/export-fixtures.test-support'

const id = '12345678-1234-4234-8234-123456789abc'

/** One valid input per channel: what the renderer sends. A channel added to the contract must add one here. */
export const channelSamples: { [K in ChannelName]: ChannelInput<K> } = {
  'app:info': {},
  'app:wait-for-quit': {},
  'app:quit-ready': {},
  'dialog:save-path': { defaultName: 'klienci.xlsx', filters: [{ name: 'Excel', extensions: ['xlsx'] }] },
  'export:begin': beginInput(),
  'export:rows': { exportId: id, sheet: 'customers', rows: [[1767225600000, 'Anna Nowak', '+48601234567', null, true, 0, 3, 12345, 0, 10, 0, 'VIP']] },
  'export:finish': { exportId: id },
  'export:cancel': { exportId: id },
  'print:pdf': { fileName: { base: 'karta klienta', subject: 'Anna Nowak' }, landscape: false, fileTypeName: 'PDF' },
  'print:printer': { landscape: true },
  'import:open': {},
  'import:status': { sessionId: id },
  'import:reparse': { sessionId: id, sheet: 'Klienci', encoding: 'windows-1250', delimiter: ';', headerLine: 2 },
  'import:rows': { sessionId: id, from: 0, count: 100 },
  'import:close': { sessionId: id },
  'import:report-begin': { defaultName: 'raport.xlsx', summary: [['Dodano', 12], ['Plik', 'klienci.csv']], columns: ['Wiersz', 'Wynik'], sheetNames: { summary: 'Podsumowanie', rows: 'Wiersze' } },
  'import:report-rows': { reportId: id, rows: [[2, 'Dodano', null]] },
  'import:report-finish': { reportId: id },
  'import:report-cancel': { reportId: id },
  'backup:status': {},
  'backup:begin': {
    kind: 'manual',
    password: 'correct horse battery',
    businessName: 'Studio Mokotów',
    schemaVersion: 3,
    tables: [{ name: 'customers', rows: 1 }],
    stores: [{ id: 1, name: 'Studio Mokotów', currency: 'PLN' }]
  },
  'backup:rows': { backupId: id, table: 'customers', json: '[{"id":1,"firstName":"Anna"}]', count: 1 },
  'backup:rewind': { backupId: id },
  'backup:finish': { backupId: id },
  'backup:cancel': { backupId: id },
  'backup:remember-password': { password: 'correct horse battery' },
  'backup:forget-password': {},
  'backup:choose-folder': {},
  'backup:clear-folder': {},
  'backup:disk-encryption': {},
  'restore:open': {},
  'restore:unlock': { restoreId: id, password: 'correct horse battery' },
  'restore:read': { restoreId: id },
  'restore:close': { restoreId: id },
  'clipboard:write-text': { text: '+48601234567\n+420602123456' }
}
