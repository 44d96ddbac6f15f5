import type { RegularsDatabase } from '../schema'
import { appendAudit } from './audit'
import { createCategory, createGroup } from './categories'
import {
  addCustomersToCategory,
  addCustomersToGroup,
  deleteCustomers,
  removeCustomersFromCategory,
  type BulkOptions,
  type BulkResult
} from './customer-bulk'
import { auditedListDetails, isNarrowedList, type AuditedList } from '@shared/audit/audited-list'
import type { Id } from '@shared/domain/types'
import { AppError } from '@shared/errors'
import { dataErrors } from '../errors'

/**
 * The list's bulk actions (F11): each goes through the data layer's bulk repository (chunked,
 * cancellable) and then writes one audit entry saying who did what to how many customers,
 * from which list (the filter or segment, or a ticked selection) — also when it was stopped
 * halfway, with the number actually done.
 */

export type BulkScope = 'selected' | 'all'

export interface BulkContext {
  db: RegularsDatabase
  staffName: string
  scope: BulkScope
  /** The list the customers come from: its filters, search and segment, as data (the audit log describes them). */
  list?: AuditedList
}

export type MembershipChange =
  | { kind: 'category-add'; categoryId: Id; categoryName: string }
  | { kind: 'category-remove'; categoryId: Id; categoryName: string }
  | { kind: 'group-add'; groupId: Id; groupName: string }

function context(ctx: BulkContext): Record<string, unknown> {
  return { scope: ctx.scope, ...auditedListDetails(ctx.list) }
}

export async function changeMembership(ctx: BulkContext, ids: readonly Id[], change: MembershipChange, options: BulkOptions = {}): Promise<BulkResult> {
  const result =
    change.kind === 'category-add'
      ? await addCustomersToCategory(ctx.db, ids, change.categoryId, options)
      : change.kind === 'category-remove'
        ? await removeCustomersFromCategory(ctx.db, ids, change.categoryId, options)
        : await addCustomersToGroup(ctx.db, ids, change.groupId, options)
  if (result.done === 0) return result
  const details =
    change.kind === 'group-add'
      ? { operation: 'add', groupId: change.groupId, group: change.groupName }
      : { operation: change.kind === 'category-add' ? 'add' : 'remove', categoryId: change.categoryId, category: change.categoryName }
  await appendAudit(ctx.db, {
    action: change.kind === 'group-add' ? 'bulk-group' : 'bulk-category',
    staffName: ctx.staffName,
    customerIds: result.ids,
    details: { ...details, ...context(ctx), changed: result.changed, ...(result.cancelled ? { stoppedAfter: result.done, asked: ids.length } : {}) }
  })
  return result
}

/**
 * Deletes the customers, with their history. With nothing ticked (scope `all`) only a list
 * narrowed by a filter or a search can be deleted whole: "all customers" is never one click
 * and a typed word away.
 */
export async function deleteInBulk(ctx: BulkContext, ids: readonly Id[], options: BulkOptions = {}): Promise<BulkResult> {
  if (ctx.scope === 'all' && !isNarrowedList(ctx.list)) throw new AppError(dataErrors.deleteAllRefused, 'Only ticked customers or a filtered list can be deleted')
  const result = await deleteCustomers(ctx.db, ids, options)
  if (result.done === 0) return result
  await appendAudit(ctx.db, {
    action: 'bulk-delete',
    staffName: ctx.staffName,
    customerIds: result.ids,
    details: { ...context(ctx), deleted: result.changed, ...(result.cancelled ? { stoppedAfter: result.done, asked: ids.length } : {}) }
  })
  return result
}

/** A category made on the spot from the bulk dialog (validated by the repository). */
export function newCategory(db: RegularsDatabase, name: string, color: string): Promise<Id> {
  return createCategory(db, { name: name.trim(), color: color.toLowerCase() })
}

export function newGroup(db: RegularsDatabase, name: string, description: string): Promise<Id> {
  return createGroup(db, { name: name.trim(), description: description.trim() })
}

/** The word typed to confirm a deletion must be the shown one exactly (spaces around it aside): typing it is the decision. */
export function confirmationMatches(typed: string, word: string): boolean {
  return typed.trim() === word.trim()
}
