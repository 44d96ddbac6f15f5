import type { ConsentChannel } from '@shared/domain/types'
import { countInto, emptyAudienceCount, type AudienceCount } from '@shared/messages/eligibility'
import { throwIfCancelled, type JobOptions } from '@shared/jobs/job'
import { appDb, customerIdChunks, customerIdTotal, messageAudienceChunk, type CustomerIdSource, type MessageAudienceMember } from '@renderer/db'

/** A member who may get the message, with the contact the channel uses. */
export interface Recipient extends MessageAudienceMember {
  contact: string
}

/** The message list's audience, one id chunk at a time: every customer looked at, and those who may get it. */
export async function* audienceChunks(source: CustomerIdSource, channel: ConsentChannel, options: JobOptions = {}): AsyncGenerator<{ members: MessageAudienceMember[]; recipients: Recipient[] }> {
  const db = appDb()
  const total = await customerIdTotal(db, source)
  let done = 0
  options.onProgress?.({ done, total })
  for await (const ids of customerIdChunks(db, source)) {
    throwIfCancelled(options.signal, 'The message list was cancelled')
    const members = await messageAudienceChunk(db, ids)
    const recipients: Recipient[] = []
    for (const member of members) {
      const eligibility = member[channel]
      if (eligibility.ok) recipients.push({ ...member, contact: eligibility.contact })
    }
    yield { members, recipients }
    done += ids.length
    options.onProgress?.({ done, total })
  }
}

export interface AudienceSummary {
  counts: Record<ConsentChannel, AudienceCount>
  /** The first customer each channel reaches: the message counter shows the text with their values. */
  samples: Partial<Record<ConsentChannel, Recipient>>
}

/**
 * One pass over the list for both channels at once, so switching SMS ↔ e-mail in the dialog
 * costs nothing: how many each reaches, and why the others are left out.
 */
export async function summariseAudience(source: CustomerIdSource, options: JobOptions = {}): Promise<AudienceSummary> {
  const counts = { sms: emptyAudienceCount(), email: emptyAudienceCount() }
  const samples: AudienceSummary['samples'] = {}
  for await (const { members } of audienceChunks(source, 'sms', options)) {
    for (const member of members)
      for (const channel of ['sms', 'email'] as const) {
        const eligibility = member[channel]
        countInto(counts[channel], eligibility)
        if (eligibility.ok && !samples[channel]) samples[channel] = { ...member, contact: eligibility.contact }
      }
  }
  return { counts, samples }
}

