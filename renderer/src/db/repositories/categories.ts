import { categoryInputSchema, groupInputSchema, type CategoryInput, type GroupInput } from '@shared/domain/schemas'
import type { Category, CustomerGroup, Id } from '@shared/domain/types'
import { parseOrThrow } from '../errors'
import type { RegularsDatabase } from '../schema'

// Categories (name, colour) and groups (name, description): small tables, read whole.

export function listCategories(db: RegularsDatabase): Promise<Category[]> {
  return db.categories.toArray()
}

export async function createCategory(db: RegularsDatabase, input: CategoryInput): Promise<Id> {
  return (await db.categories.add(parseOrThrow(categoryInputSchema, input))) as Id
}

export async function updateCategory(db: RegularsDatabase, id: Id, input: CategoryInput): Promise<void> {
  await db.categories.put({ ...parseOrThrow(categoryInputSchema, input), id })
}

/**
 * Deletes a category and takes it off every customer (through the *categoryIds index, so
 * only the customers that have it are read).
 */
export async function deleteCategory(db: RegularsDatabase, id: Id): Promise<void> {
  await db.transaction('rw', [db.categories, db.customers], async () => {
    await db.customers
      .where('categoryIds')
      .equals(id)
      .modify((customer) => {
        customer.categoryIds = customer.categoryIds.filter((other) => other !== id)
      })
    await db.categories.delete(id)
  })
}

export function listGroups(db: RegularsDatabase): Promise<CustomerGroup[]> {
  return db.groups.toArray()
}

export async function createGroup(db: RegularsDatabase, input: GroupInput): Promise<Id> {
  return (await db.groups.add(parseOrThrow(groupInputSchema, input))) as Id
}

export async function updateGroup(db: RegularsDatabase, id: Id, input: GroupInput): Promise<void> {
  await db.groups.put({ ...parseOrThrow(groupInputSchema, input), id })
}

export async function deleteGroup(db: RegularsDatabase, id: Id): Promise<void> {
  await db.transaction('rw', [db.groups, db.customers], async () => {
    await db.customers
      .where('groupIds')
      .equals(id)
      .modify((customer) => {
        customer.groupIds = customer.groupIds.filter((other) => other !== id)
      })
    await db.groups.delete(id)
  })
}

/** How many customers are in a category or a group: one count on its multi-entry index. */
export function memberCount(db: RegularsDatabase, of: { categoryId: Id } | { groupId: Id }): Promise<number> {
  return 'categoryId' in of ? db.customers.where('categoryIds').equals(of.categoryId).count() : db.customers.where('groupIds').equals(of.groupId).count()
}
