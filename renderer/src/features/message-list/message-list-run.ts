import { auditedListDetails, type AuditedList } from '@shared/audit/audited-list'
import type { ConsentChannel, Id } from '@shared/domain/types'
import { messageFileColumns, messageFileRow, type MessageFileKind } from '@shared/messages/message-files'
import { fillMessage, type PlaceholderKey } from '@shared/messages/placeholders'
import { throwIfCancelled, type JobOptions, type JobProgress } from '@shared/jobs/job'
import { appDb, appendAudit, type CustomerIdSource } from '@renderer/db'
import type { ChannelInput, ChannelOutput } from '@shared/ipc/contract'
import type { ExportChannel } from '../export/customer-export-run'
import { audienceChunks, type Recipient } from './audience-pass'

/** How a message list reaches main: the export's channels and the clipboard (callFileWork in the app, which checks the right). */
export type MessageMainCall = <K extends ExportChannel | 'clipboard:write-text'>(channel: K, input: ChannelInput<K>) => Promise<ChannelOutput<K>>

/** What the manager prepared in the dialog. */
export interface MessageListPlan {
  source: CustomerIdSource
  channel: ConsentChannel
  /** For the audit log: which customers of the list, and the list itself. */
  scope: 'all' | 'filtered' | 'selected'
  list?: AuditedList
  /** The message with placeholders; may be empty (the services hold the text themselves). */
  template: string
}

/** Everything looked up or translated once, before the first customer. */
export interface MessageListTexts {
  locale: string
  staffName: string
  /** The suggested file name's first words per channel ("lista sms"). */
  fileBaseNames: Record<ConsentChannel, string>
  fileTypeName: string
  title: string
  placeholderNames: ReadonlyMap<string, PlaceholderKey>
  /** The {store} of a customer: their home store, else the business's first store. */
  storeName(homeStoreId: Id | 0): string
}

export interface MessageListResult {
  /** Customers in the file or on the clipboard. */
  recipients: number
  fileName?: string
  auditId: Id
}

type RunOptions = JobOptions & { onStarted?: (fileName: string) => void; now?: () => number }

export function filledMessage(plan: Pick<MessageListPlan, 'template'>, recipient: Recipient, texts: MessageListTexts): string {
  const values = { firstName: recipient.firstName, discountPercent: recipient.discountPercent, store: texts.storeName(recipient.homeStoreId) }
  return fillMessage(plan.template, values, texts.placeholderNames, texts.locale).text
}

/**
 * A message list saved as a file for a service (message-files.ts): main asks where, the
 * audience is read in chunks and only those who may get the message are written, main puts
 * the file in place, and the export log records it like any export. Cancel leaves no file
 * and no entry, and throws JobCancelled.
 */
export async function runMessageFile(plan: MessageListPlan, kind: MessageFileKind, texts: MessageListTexts, main: MessageMainCall, options: RunOptions = {}): Promise<MessageListResult | null> {
  const started = await main('export:begin', {
    format: 'csv',
    csvSeparator: ',',
    fileName: { base: texts.fileBaseNames[plan.channel] },
    locale: texts.locale,
    // No money or flag column: the currency and the flag words only satisfy the export's contract.
    currency: 'EUR',
    title: texts.title,
    fileTypeName: texts.fileTypeName,
    flagLabels: { yes: 'yes', no: 'no' },
    sheets: [{ key: 'customers', name: texts.title, columns: messageFileColumns(kind, plan.channel) }]
  })
  if (!started) return null
  const { exportId } = started
  options.onStarted?.(started.fileName)
  const ids: Id[] = []
  let checked = { done: 0, total: undefined as number | undefined }
  const onProgress = (progress: JobProgress) => {
    checked = { done: progress.done, total: progress.total }
    options.onProgress?.(progress)
  }
  try {
    for await (const { recipients } of audienceChunks(plan.source, plan.channel, { signal: options.signal, onProgress })) {
      const rows = recipients.map((recipient) => messageFileRow(kind, { ...recipient, message: kind === 'sms' ? filledMessage(plan, recipient, texts) : undefined }))
      if (rows.length) await main('export:rows', { exportId, sheet: 'customers', rows })
      for (const recipient of recipients) ids.push(recipient.id)
    }
    throwIfCancelled(options.signal, 'The message list was cancelled')
    options.onProgress?.({ ...checked, phase: 'finishing', cancellable: false })
    const finished = await main('export:finish', { exportId })
    const auditId = await record(plan, texts, ids, { messageList: kind, fileName: finished.fileName, format: 'csv', bytes: finished.bytes }, options.now)
    return { recipients: ids.length, fileName: finished.fileName, auditId }
  } catch (error) {
    // Main may have ended the export already; this makes sure the temporary file is gone.
    await main('export:cancel', { exportId }).catch(() => undefined)
    throw error
  }
}

/** The numbers or addresses of those who may get the message, one a line, on the clipboard; recorded like a file. */
export async function copyMessageContacts(plan: MessageListPlan, texts: MessageListTexts, main: MessageMainCall, options: RunOptions = {}): Promise<MessageListResult> {
  const contacts: string[] = []
  const ids: Id[] = []
  for await (const { recipients } of audienceChunks(plan.source, plan.channel, options)) {
    for (const recipient of recipients) {
      contacts.push(recipient.contact)
      ids.push(recipient.id)
    }
  }
  throwIfCancelled(options.signal, 'The message list was cancelled')
  await main('clipboard:write-text', { text: contacts.join('\n') })
  const auditId = await record(plan, texts, ids, { messageList: 'clipboard' }, options.now)
  return { recipients: ids.length, auditId }
}

function record(plan: MessageListPlan, texts: MessageListTexts, ids: Id[], facts: Record<string, unknown>, now?: () => number): Promise<Id> {
  return appendAudit(appDb(), {
    action: 'export',
    staffName: texts.staffName,
    customerIds: ids,
    at: now?.(),
    details: { ...facts, channel: plan.channel, customers: ids.length, scope: plan.scope, ...auditedListDetails(plan.list) }
  })
}
