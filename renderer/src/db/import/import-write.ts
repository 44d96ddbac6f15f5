import Dexie from 'dexie'
import * as v from 'valibot'
import { consentFlags, deriveCustomerFields, newCustomer } from '@shared/domain/customer'
import { customerProfileSchema } from '@shared/domain/schemas'
import type { ConsentChannel, ConsentEvent, Customer, CustomerProfile, Id } from '@shared/domain/types'
import { throwIfCancelled, type JobOptions } from '@shared/jobs/job'
import type { ImportedCustomer } from '@shared/import/build-customer'
import { planUpdate, type UpdateUndo } from '@shared/import/update-plan'
import { categoryInputSchema, groupInputSchema } from '@shared/domain/schemas'
import { appendAudit } from '../repositories/audit'
import { figureTables } from '../repositories/recompute'
import { profileOf as profileFields } from '../repositories/customers'
import { type RegularsDatabase } from '../schema'
import { actingName } from '../access/session'
import { ImportDecider, type ImportSettings, type SkipReason } from './import-decide'
import type { RowSource } from '@shared/import/row-source'
import { importedCategoryColours, NameResolver } from './name-resolver'
import { rowResult, type ImportOutcome, type RowResults } from './import-outcome'
import { saveUndoRecords } from './import-undo-store'
import { withRulesApplied } from '../rules/rules-apply'
import { rulesInForce } from '../rules/rules-store'

/**
 * Writes an import: every row of the file, in chunks, inside ONE read-write transaction over
 * every table it touches. IndexedDB commits a transaction whole or not at all, so a failure
 * (a full disk, a bug, the window closing) or Cancel leaves the database exactly as it was
 * before the import began — no customer, consent entry, category, audit entry or undo record
 * of it remains. Rows are pulled from main chunk by chunk while the transaction waits
 * (Dexie.waitFor keeps it open), the next chunk already on its way while one is written.
 *
 * Customers are written the way the data layer's repositories write them: `newCustomer` /
 * `deriveCustomerFields` (metrics, search tokens, sort name, consent flags in step), validated
 * against the same profile schema; bulk writes keep 100 000 rows within the time budget.
 *
 * Inside the transaction, everything awaited is a Dexie promise (or `Dexie.waitFor`): Dexie
 * follows a transaction across native awaits only for a few microtasks, and a chunk of
 * thousands of rows with an `await` per row made it lose track — later writes then ran in
 * transactions of their own and survived a failure (import-write.test.ts holds this).
 */

export interface WriteOptions extends ImportSettings, JobOptions {
  fileName: string
  staffName: string
  /** Recorded as the consent text of consents that came from the file: one for those given, one for those withdrawn. */
  consentWording: { given: string; withdrawn: string }
  chunkSize?: number
}

function profileOf(row: ImportedCustomer, categoryIds: Id[], groupIds: Id[]): CustomerProfile {
  return {
    firstName: row.firstName,
    lastName: row.lastName,
    phones: row.phones,
    emails: row.emails,
    address: { street: row.street, postalCode: row.postalCode, city: row.city, country: row.country },
    birthday: row.birthday,
    cardNumber: row.cardNumber,
    notes: row.notes,
    preferences: row.preferences,
    allergies: row.allergies,
    discountPercent: row.discountPercent ?? 0,
    categoryIds,
    groupIds,
    homeStoreId: row.homeStoreId,
    type: row.type ?? 'contact',
    ...(row.referral ? { referral: row.referral } : {})
  }
}

function importTables(db: RegularsDatabase) {
  return [...figureTables(db), db.consentEvents, db.audit, db.categories, db.groups]
}

export async function writeImport(db: RegularsDatabase, source: RowSource, options: WriteOptions): Promise<ImportOutcome> {
  const started = performance.now()
  const chunkSize = options.chunkSize ?? 2_000
  const total = source.rowCount
  const batchId = crypto.randomUUID()
  const results: RowResults = { codes: new Uint8Array(total), customerIds: new Float64Array(total), otherLines: new Map() }
  const counts = { created: 0, updated: 0, unchanged: 0, skipped: {} as Partial<Record<SkipReason, number>>, rowsWithProblems: 0 }
  const createdIds: Id[] = []
  const undoRecords: UpdateUndo[] = []
  const consentEvent = (customerId: Id, channel: ConsentChannel, granted: boolean, at: number): ConsentEvent => ({
    customerId,
    channel,
    granted,
    at,
    source: 'import',
    staffName: actingName(db, options.staffName),
    wording: granted ? options.consentWording.given : options.consentWording.withdrawn,
    importFile: options.fileName
  })

  // New customers meet the manager's rules as they are written, like one added at the desk.
  const rules = await rulesInForce(db)
  options.onProgress?.({ done: 0, total })
  const outcome = await db.transaction('rw', importTables(db), async () => {
    const transaction = Dexie.currentTransaction
    const stillInTransaction = () => {
      if (Dexie.currentTransaction !== transaction) throw new Error('The import lost its transaction')
    }
    const categories: NameResolver = new NameResolver(await db.categories.toArray(), (names): PromiseLike<Id[]> => {
      const rows: { name: string; color: string }[] = names
        .map((name, index) => ({ name, color: importedCategoryColours[(categories.created.length + index) % importedCategoryColours.length] }))
        .filter((row) => v.is(categoryInputSchema, row))
      return db.categories.bulkAdd(rows, { allKeys: true }) as PromiseLike<Id[]>
    })
    const groups = new NameResolver(await db.groups.toArray(), (names) =>
      db.groups.bulkAdd(names.map((name) => ({ name, description: '' })).filter((row) => v.is(groupInputSchema, row)), { allKeys: true }) as PromiseLike<Id[]>
    )
    // A first import into an empty base has nobody to match: skip the lookups.
    const decider = new ImportDecider(db, options, { databaseEmpty: (await db.customers.count()) === 0 })
    const inFlight: PromiseLike<unknown>[] = []
    type Create = { index: number; row: Customer; consents: [ConsentChannel, boolean, number][] }
    type Update = { index: number; row: Customer; undo: UpdateUndo }
    /** One chunk's writes as one chain of Dexie promises (so the transaction is never left). */
    const writeChunk = (creates: Create[], updates: Update[], done: number): PromiseLike<void> => {
      const created: PromiseLike<unknown> = creates.length
        ? db.customers.bulkAdd(creates.map((item) => item.row), { allKeys: true }).then((ids) => {
            const events: ConsentEvent[] = []
            creates.forEach((item, position) => {
              const id = ids[position] as Id
              results.codes[item.index] = rowResult.created
              results.customerIds[item.index] = id
              createdIds.push(id)
              for (const [channel, granted, at] of item.consents) events.push(consentEvent(id, channel, granted, at))
            })
            counts.created += creates.length
            return events.length ? db.consentEvents.bulkAdd(events) : undefined
          })
        : Dexie.Promise.resolve()
      const updated = created.then(() => {
        if (!updates.length) return undefined
        const events = updates.flatMap((item) => item.undo.consents.map((change) => ({ item, event: consentEvent(item.undo.id, change.channel, change.granted, change.at) })))
        return db.customers
          .bulkPut(updates.map((item) => item.row))
          .then(() => (events.length ? db.consentEvents.bulkAdd(events.map((entry) => entry.event), { allKeys: true }) : []))
          .then((eventIds) => {
            events.forEach((entry, position) => entry.item.undo.consentEventIds.push((eventIds as Id[])[position]))
            for (const item of updates) {
              results.codes[item.index] = rowResult.updated
              results.customerIds[item.index] = item.undo.id
              undoRecords.push(item.undo)
            }
            counts.updated += updates.length
          })
      })
      return updated.then(() => options.onProgress?.({ done, total }))
    }
    const skip = (index: number, reason: SkipReason, otherLine?: number) => {
      counts.skipped[reason] = (counts.skipped[reason] ?? 0) + 1
      results.codes[index] = rowResult.skipped[reason]
      if (otherLine !== undefined) results.otherLines.set(index, otherLine)
    }

    // The next chunk is requested while this one is written; a failure of it is seen when it is
    // awaited. The request runs outside the transaction's zone: its own awaits on IPC must not
    // be taken for work of the transaction (Dexie would see it commit "too early").
    const prefetch = (from: number) => {
      const pending = Dexie.ignoreTransaction(() => source.pull(from, Math.min(chunkSize, total - from)))
      pending.catch(() => undefined)
      return pending
    }
    let nextChunk: Promise<unknown> | null = total > 0 ? prefetch(0) : null
    for (let from = 0; from < total; from += chunkSize) {
      throwIfCancelled(options.signal, 'The import was cancelled')
      const rows = (await Dexie.waitFor(nextChunk!)) as Awaited<ReturnType<RowSource['pull']>>
      const after = from + chunkSize
      nextChunk = after < total ? prefetch(after) : null
      const decisions = await decider.decide(rows)
      const writing = decisions.filter((decision) => decision.kind !== 'skip')
      const newCategories = categories.prepare(writing.map((decision) => decision.built.customer.categoryNames))
      if (newCategories) await newCategories
      const newGroups = groups.prepare(writing.map((decision) => decision.built.customer.groupNames))
      if (newGroups) await newGroups
      stillInTransaction()

      const creates: Create[] = []
      const updates: Update[] = []
      for (const [offset, decision] of decisions.entries()) {
        const index = from + offset
        if (decision.built.problems.length > 0) counts.rowsWithProblems++
        if (decision.kind === 'skip') {
          skip(index, decision.reason, decision.otherLine)
          continue
        }
        const imported = decision.built.customer
        const categoryIds = categories.ids(imported.categoryNames)
        const groupIds = groups.ids(imported.groupNames)
        if (decision.kind === 'create') {
          const profile = profileOf(imported, categoryIds, groupIds)
          if (!v.is(customerProfileSchema, profile)) {
            skip(index, 'invalid')
            continue
          }
          const base = newCustomer(profile, imported.createdAt ?? options.now)
          // A plain "No" records nothing: the customer stays never asked, not "withdrawn".
          const consents: [ConsentChannel, boolean, number][] = []
          for (const [channel, consent] of [['email', imported.consentEmail], ['sms', imported.consentSms]] as const) {
            if (consent && consent.state !== 'not-given') consents.push([channel, consent.state === 'given', consent.at ?? options.now])
          }
          let row: Customer = { ...base, blocked: imported.blocked ? 1 : 0, importBatchId: batchId }
          for (const [channel, granted, at] of consents) row = { ...row, consents: { ...row.consents, [channel]: { granted, at, source: 'import' } } }
          // newCustomer derived the tokens and sort name; of what this adds only consents have flags.
          row = { ...row, ...consentFlags(row.consents) }
          creates.push({ index, row: withRulesApplied(row, rules, options.now), consents })
        } else {
          const plan = planUpdate(decision.existing, imported, { categoryIds, groupIds }, { overwrite: options.overwrite, now: options.now })
          if (!plan.changed) {
            counts.unchanged++
            results.codes[index] = rowResult.unchanged
            results.customerIds[index] = decision.existing.id!
            continue
          }
          const next = { ...plan.next, updatedAt: options.now }
          if (!v.is(customerProfileSchema, profileFields(next))) {
            skip(index, 'invalid')
            continue
          }
          updates.push({ index, row: { ...next, ...deriveCustomerFields(next) }, undo: plan.undo })
        }
      }

      // Written without waiting: the next chunk is read and built while IndexedDB writes this
      // one (requests of a transaction run in order). At most two chunks are in flight.
      const written = writeChunk(creates, updates, Math.min(after, total))
      written.then(undefined, () => undefined) // a failure is seen where it is awaited, not as an unhandled rejection
      inFlight.push(written)
      if (inFlight.length > 1) await inFlight.shift()
    }
    for (const pending of inFlight) await pending

    stillInTransaction()
    const undoChunks = await saveUndoRecords(db, batchId, undoRecords)
    const skippedTotal = Object.values(counts.skipped).reduce((sum, count) => sum + (count ?? 0), 0)
    const auditId = await appendAudit(db, {
      action: 'import',
      staffName: options.staffName,
      customerIds: [...createdIds, ...undoRecords.map((record) => record.id)],
      at: options.now,
      undoable: counts.created + counts.updated > 0,
      details: {
        batchId,
        fileName: options.fileName,
        rows: total,
        created: counts.created,
        updated: counts.updated,
        unchanged: counts.unchanged,
        skipped: skippedTotal,
        skippedByReason: counts.skipped,
        mode: options.mode,
        overwrite: options.overwrite,
        createdCategoryIds: categories.created.map((item) => item.id),
        createdGroupIds: groups.created.map((item) => item.id),
        undoChunks
      }
    })
    return {
      batchId,
      auditId,
      fileName: options.fileName,
      rows: total,
      created: counts.created,
      updated: counts.updated,
      unchanged: counts.unchanged,
      skipped: counts.skipped,
      skippedTotal,
      rowsWithProblems: counts.rowsWithProblems,
      createdCategories: categories.created.map((item) => item.name),
      createdGroups: groups.created.map((item) => item.name),
      results,
      milliseconds: 0
    } satisfies ImportOutcome
  })
  return { ...outcome, milliseconds: performance.now() - started }
}

