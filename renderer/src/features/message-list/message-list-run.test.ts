import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { emptyProfile } from '@shared/domain/customer'
import type { Id } from '@shared/domain/types'
import { unwrapEnvelope, type Envelope } from '@shared/ipc/envelope'
import { JobCancelled } from '@shared/jobs/job'
import { placeholderNames } from '@shared/messages/placeholders'
import { createCustomer, eraseCustomer, getAuditEntry, recordConsentChange, setCustomerBlocked } from '@renderer/db'
import { freshDatabase, setAppDb, type RegularsDatabase } from '@renderer/db/test-support'
import { summariseAudience } from './audience-pass'
import { copyMessageContacts, runMessageFile, type MessageListPlan, type MessageListTexts, type MessageMainCall } from './message-list-run'

// Main's real handlers (the Node project) loaded at run time, as the export's tests do: the
// file is written by the real export service and read back by the tests' CSV reader.
const outside = (path: string) => import(/* @vite-ignore */ path)
async function realMain(folder: string, target: string | null): Promise<{ main: MessageMainCall; clipboard: string[]; parseCsv: (text: string, separator: string) => string[][] }> {
  const [{ createDispatch }, { createHandlers }, { createTestPorts }, { parseCsv }] = await Promise.all([
    outside('../../../../electron/main/ipc/dispatch'),
    outside('../../../../electron/main/services/create-handlers'),
    outside('../../../../tests/host/test-ports'),
    outside('../../../../tests/support/spreadsheet-reader')
  ])
  const { ports, clipboardTexts } = createTestPorts({ dataDir: folder, answers: { savePath: target } })
  const dispatch = createDispatch(createHandlers(ports)) as (channel: string, input: unknown) => Promise<Envelope<unknown>>
  const main = (async (channel: string, input: unknown) => unwrapEnvelope(await dispatch(channel, JSON.parse(JSON.stringify(input))))) as MessageMainCall
  return { main, clipboard: clipboardTexts, parseCsv }
}

const day = 86_400_000
const at = Date.UTC(2026, 5, 1)
let folder: string
let db: RegularsDatabase
let ids: Record<string, Id>

async function customer(firstName: string, lastName: string, phones: string[], emails: string[] = [], discountPercent = 0): Promise<Id> {
  return createCustomer(db, { ...emptyProfile(), firstName, lastName, phones, emails, discountPercent })
}
const consent = (customerId: Id, channel: 'sms' | 'email', granted: boolean, when = at) =>
  recordConsentChange(db, { customerId, channel, granted, at: when, source: 'desk', staffName: 'Ewa', wording: 'Zgoda na wiadomości' })

beforeEach(async () => {
  folder = mkdtempSync(join(tmpdir(), 'regulars-message-list-'))
  db = await freshDatabase()
  setAppDb(db)
  ids = {
    anna: await customer('Anna', 'Nowak', ['+48601234567'], ['anna@example.pl'], 10),
    bogdan: await customer('Bogdan', 'Wycofany', ['+48602345678']),
    celina: await customer('Celina', 'Niepytana', ['+48603456789']),
    dorota: await customer('Dorota', 'Zablokowana', ['+48604567890']),
    ewa: await customer('Ewa', 'Usunięta', ['+48605678901']),
    filip: await customer('Filip', 'BezNumeru', [], ['filip@example.pl']),
    greg: await customer('=HYPERLINK("http://x")', 'Formuła', ['+380501234567'], [], 5)
  }
  for (const name of ['anna', 'bogdan', 'dorota', 'ewa', 'filip', 'greg']) await consent(ids[name], 'sms', true)
  await consent(ids.bogdan, 'sms', false, at + day)
  await consent(ids.anna, 'email', true)
  await setCustomerBlocked(db, ids.dorota, true)
  await eraseCustomer(db, ids.ewa, { staffName: 'Ewa' })
})
afterEach(() => {
  setAppDb(undefined)
  db.close()
  rmSync(folder, { recursive: true, force: true })
})

const texts: MessageListTexts = {
  locale: 'pl',
  staffName: 'Ewa',
  fileBaseNames: { sms: 'lista sms', email: 'lista e-mail' },
  fileTypeName: 'CSV',
  title: 'Lista SMS',
  placeholderNames: placeholderNames({ firstName: 'imię', discount: 'rabat', store: 'placówka' }),
  storeName: () => 'Studio Mokotów'
}
const plan = (overrides: Partial<MessageListPlan> = {}): MessageListPlan => ({
  source: { ids: Object.values(ids) },
  channel: 'sms',
  scope: 'filtered',
  list: { segmentId: 3, segment: 'Stali klienci' },
  template: 'Cześć {imię}, {rabat} w {placówka}!',
  ...overrides
})

describe('a message list', () => {
  it('counts who each channel reaches and why the others are left out', async () => {
    const summary = await summariseAudience({ ids: Object.values(ids) })
    expect(summary.counts.sms).toEqual({ total: 7, eligible: 2, excluded: { erased: 1, blocked: 1, noConsent: 2, noContact: 1 } })
    expect(summary.counts.email).toEqual({ total: 7, eligible: 1, excluded: { erased: 1, blocked: 1, noConsent: 4, noContact: 0 } })
    expect(summary.samples.sms?.firstName).toBe('Anna')
  })

  it('saves a bulk-SMS file of only those who consented, with the message filled in, and logs it', async () => {
    const target = join(folder, 'sms.csv')
    const { main, parseCsv } = await realMain(folder, target)
    const result = await runMessageFile(plan(), 'sms', texts, main)
    expect(result).toMatchObject({ recipients: 2, fileName: 'sms.csv' })
    const text = readFileSync(target, 'utf8')
    expect(text.startsWith('\uFEFF')).toBe(true)
    expect(parseCsv(text.slice(1), ',')).toEqual([
      ['phone', 'name', 'message'],
      ['+48601234567', 'Anna Nowak', 'Cześć Anna, 10% w Studio Mokotów!'],
      ['+380501234567', `'=HYPERLINK("http://x") Formuła`, `Cześć =HYPERLINK("http://x"), 5% w Studio Mokotów!`]
    ])
    const entry = await getAuditEntry(db, result!.auditId)
    expect(entry).toMatchObject({ action: 'export', customerCount: 2, customerIds: [ids.anna, ids.greg] })
    expect(entry?.details).toMatchObject({ messageList: 'sms', channel: 'sms', fileName: 'sms.csv', customers: 2, segment: 'Stali klienci', scope: 'filtered' })
  })

  it("writes Mailchimp's and Brevo's columns", async () => {
    const target = join(folder, 'brevo.csv')
    const { main, parseCsv } = await realMain(folder, target)
    await runMessageFile(plan(), 'brevo', texts, main)
    expect(parseCsv(readFileSync(target, 'utf8').slice(1), ',').slice(0, 2)).toEqual([
      ['SMS', 'FIRSTNAME', 'LASTNAME'],
      ['+48601234567', 'Anna', 'Nowak']
    ])
    await runMessageFile(plan({ channel: 'email' }), 'mailchimp', texts, main)
    expect(parseCsv(readFileSync(target, 'utf8').slice(1), ',')).toEqual([
      ['Email Address', 'First Name', 'Last Name'],
      ['anna@example.pl', 'Anna', 'Nowak']
    ])
  })

  it('puts the numbers on the clipboard, one a line, and logs it', async () => {
    const { main, clipboard } = await realMain(folder, null)
    const result = await copyMessageContacts(plan(), texts, main)
    expect(clipboard).toEqual(['+48601234567\n+380501234567'])
    expect((await getAuditEntry(db, result.auditId))?.details).toMatchObject({ messageList: 'clipboard', channel: 'sms', customers: 2 })
  })

  it('leaves no file and no log entry when cancelled', async () => {
    const target = join(folder, 'sms.csv')
    const { main } = await realMain(folder, target)
    const controller = new AbortController()
    const run = runMessageFile(plan(), 'sms', texts, main, { signal: controller.signal, onStarted: () => controller.abort() })
    await expect(run).rejects.toBeInstanceOf(JobCancelled)
    expect(existsSync(target)).toBe(false)
    expect(readdirSync(folder).filter((name) => name.endsWith('.csv') || name.includes('tmp'))).toEqual([])
    expect(await db.audit.where('action').equals('export').count()).toBe(0)
  })
})
