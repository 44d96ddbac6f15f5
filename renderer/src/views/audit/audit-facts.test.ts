import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type { AuditEntry, Id } from '@shared/domain/types'
import { appendAudit, auditEntriesPage, createCategory, createCustomer, customerNames, deleteCustomerAudited, eraseCustomer } from '@renderer/db'
import { freshDatabase, setAppDb, upgradedDatabase, type RegularsDatabase } from '@renderer/db/test-support'
import { v3Fixture } from '@renderer/db/schema-fixtures/v3'
import { emptyProfile } from '@shared/domain/customer'
import { createAppI18n } from '@renderer/i18n'
import { readLookups } from '../customer-list/use-list-lookups'
import { affectedCount, auditFacts, auditSummary, idsToName, type AuditReading } from './audit-facts'

let db: RegularsDatabase | undefined
afterEach(() => {
  db?.close()
  setAppDb(undefined)
})

/** How the log reads `entries` in `language`: the customers they name read first, as AuditView does. */
async function readingIn(language: 'uk' | 'pl', entries: readonly AuditEntry[]): Promise<AuditReading> {
  const i18n = createAppI18n(language)
  const t = (key: string, named?: Record<string, unknown>, plural?: number) => (plural === undefined ? i18n.global.t(key, named ?? {}) : i18n.global.t(key, named ?? {}, plural))
  const te = (key: string) => i18n.global.te(key)
  const ids = [...new Set([...idsToName(entries, 3), ...entries.flatMap((entry) => entry.customerIds)])]
  const names = new Map((await customerNames(db!, ids)).map((customer) => [customer.id, customer] as const))
  return { t, te, locale: language, lookups: await readLookups(t, language), names }
}

/** Everything the table and the details dialog show of an entry. */
function shown(entry: AuditEntry, reading: AuditReading): string {
  return [auditSummary(entry, reading), ...auditFacts(entry, reading).map((fact) => `${fact.label}: ${fact.value}`)].join('\n')
}

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

describe('the audit log read in the language of whoever opens it', () => {
  it('reads entries written before it kept data (a version 3 base) sensibly in Ukrainian', async () => {
    db = await upgradedDatabase(v3Fixture)
    setAppDb(db)
    const { entries } = await auditEntriesPage(db, { actions: [] }, { limit: 50 })
    expect(entries.map((entry) => entry.id)).toEqual([4, 3, 2, 1])
    const reading = await readingIn('uk', entries)
    const [demo, bulk, exported, imported] = entries.map((entry) => plain(shown(entry, reading)))

    for (const text of [demo, bulk, exported, imported]) expect(text).not.toMatch(/[{}"]|\[object/)
    // The demo load counted 0 customers; its details knew how many.
    expect(affectedCount(entries[0]!)).toBe(2000)
    expect(demo).toContain('клієнти: 2 000, замовлення: 20 000')
    expect(bulk).toContain('Додано до: VIP')
    expect(bulk).toContain('Marta Zielińska, Petro Bondar')
    expect(imported).toContain('Додано: 2')
    expect(imported).toContain('Причини пропуску: ')
    expect(imported).toContain('Режим імпорту: ')
    // A filter kept as a sentence can only be shown as it was written; the rest is Ukrainian.
    expect(exported).toContain('Фільтр: Nie widziano od 90 dni; wyszukiwanie: bondar')
    expect(exported).toContain('Petro Bondar')
    expect(exported).not.toMatch(/Filter|Export|Scope|Search/)
  })

  it('names a message list, its channel and its file in the reader\'s language', async () => {
    db = await freshDatabase()
    setAppDb(db)
    const anna = await createCustomer(db, { ...emptyProfile(), firstName: 'Anna', lastName: 'Nowak' })
    const id = await appendAudit(db, { action: 'export', staffName: 'Ewa', customerIds: [anna], details: { messageList: 'sms', fileName: 'lista-sms.csv', format: 'csv', channel: 'sms', customers: 1, scope: 'filtered', segment: 'Wiosna' } })
    const copied = await appendAudit(db, { action: 'export', staffName: 'Ewa', customerIds: [anna], details: { messageList: 'clipboard', channel: 'email', customers: 1, scope: 'selected' } })
    const entries = [(await db.audit.get(id))!, (await db.audit.get(copied))!]
    const reading = await readingIn('pl', entries)
    const [file, clipboard] = entries.map((entry) => plain(shown(entry, reading)))
    expect(file).toContain('CSV do masowych SMS-ów (SMS)')
    expect(file).toContain('Lista do wiadomości: CSV do masowych SMS-ów')
    expect(file).toContain('Kanał: SMS')
    expect(file).toContain('lista-sms.csv')
    expect(clipboard).toContain('Skopiowano do schowka (E-mail)')
    for (const text of [file, clipboard]) expect(text).not.toMatch(/messageList|channel|clipboard/)
  })

  it('reads a restore entry as words in each language: when the backup was made, by which version, the log entries it kept', async () => {
    db = await freshDatabase()
    setAppDb(db)
    const details = { fileName: 'Studio 2026-12-01 090000.regularsbackup', createdAt: Date.UTC(2026, 11, 1, 9), appVersion: '0.1.0', schemaVersion: 5, carriedEntries: 3 }
    const id = await appendAudit(db, { action: 'restore', staffName: 'Ewa', customerIds: [], details })
    const entry = (await db.audit.get(id))!
    const polish = plain(shown(entry, await readingIn('pl', [entry])))
    expect(polish).toContain('Kopia utworzona: 1 grudnia 2026')
    expect(polish).toContain('Utworzona przez wersję: 0.1.0')
    expect(polish).toContain('Wersja danych: 5')
    expect(polish).toContain('Wpisy dziennika zdarzeń zachowane z czasu po kopii: 3')
    const ukrainian = plain(shown(entry, await readingIn('uk', [entry])))
    expect(ukrainian).toContain('Копію створено: 1 грудня 2026')
    for (const text of [polish, ukrainian]) expect(text).not.toMatch(/createdAt|appVersion|schemaVersion|carriedEntries|1 796/)
  })

  it('describes a list\'s filters and search, names the category and the customers, in each language', async () => {
    db = await freshDatabase()
    setAppDb(db)
    const vip = await createCategory(db, { name: 'VIP', color: '#d4a017' })
    const olena = await createCustomer(db, { ...emptyProfile(), firstName: 'Олена', lastName: 'Шевченко' })
    const gone = await createCustomer(db, { ...emptyProfile(), firstName: 'Jan', lastName: 'Nowak' })
    const erased = await createCustomer(db, { ...emptyProfile(), firstName: 'Bożena', lastName: 'Wróblewska' })
    const list = { filters: { notSeenDays: 90, categoryIds: [vip] }, search: 'ola' }
    await appendAudit(db, { action: 'export', staffName: 'this PC', customerIds: [olena, gone, erased], details: { fileName: 'klienci.xlsx', format: 'xlsx', scope: 'filtered', ...list, fields: ['phone', 'email'], includeOrders: false } })
    await appendAudit(db, { action: 'bulk-delete', staffName: 'this PC', customerIds: Array.from({ length: 120 }, (_, i) => (i + 100) as Id), details: { scope: 'filtered', ...list, deleted: 120 } })
    await deleteCustomerAudited(db, gone, { staffName: 'this PC', now: Date.now() })
    await eraseCustomer(db, erased, { staffName: 'this PC' })
    const { entries } = await auditEntriesPage(db, { actions: ['export', 'bulk-delete'] }, { limit: 50 })
    const [bulkDelete, exported] = entries

    const uk = await readingIn('uk', entries)
    const ukExport = plain(shown(exported!, uk))
    expect(ukExport).toContain('Олена Шевченко')
    expect(ukExport).toContain('Клієнт зі стертими даними')
    expect(ukExport).toContain(`Видалений клієнт (№ ${gone})`)
    expect(ukExport).toContain('Пошук: «ola»')
    expect(ukExport).toContain('VIP')
    expect(ukExport).not.toMatch(/[{}"]|Bożena|Wróblewska|Search|Filter/)
    // A bulk entry names nobody in its summary line: too many; the list it came from instead.
    const bulkLine = plain(auditSummary(bulkDelete!, uk))
    expect(bulkLine).toContain('VIP')
    expect(bulkLine).toContain('90')
    expect(bulkLine).toContain('Пошук: «ola»')
    expect(bulkLine).not.toContain('Клієнт')

    const pl = await readingIn('pl', entries)
    const plExport = plain(shown(exported!, pl))
    expect(plExport).toContain('Wyszukiwanie: „ola”')
    expect(plExport).toContain('Klient z usuniętymi danymi')
    expect(plExport).not.toMatch(/Пошук|Клієнт/)
  })
})
