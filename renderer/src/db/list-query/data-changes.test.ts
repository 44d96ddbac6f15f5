import 'fake-indexeddb/auto'
import { afterEach, expect, it } from 'vitest'
import { createCategory, createCustomer } from '@renderer/db'
import type { RegularsDatabase } from '@renderer/db/test-support'
import { freshDatabase } from '@renderer/db/test-support'
import { emptyProfile } from '@shared/domain/customer'
import { onTablesChanged } from './data-changes'

let db: RegularsDatabase | undefined
afterEach(() => db?.close())

it('reports the tables each committed write changed, and stops after unsubscribing', async () => {
  db = await freshDatabase()
  const seen: string[][] = []
  const stop = onTablesChanged(db, (tables) => seen.push([...tables].sort()))
  await createCustomer(db, { ...emptyProfile(), firstName: 'Anna', lastName: 'Nowak' })
  await createCategory(db, { name: 'VIP', color: '#d4a017' })
  await expect.poll(() => seen.length).toBe(2)
  expect(seen).toEqual([['customers'], ['categories']])
  stop()
  await createCategory(db, { name: 'Nowy', color: '#1f6feb' })
  await new Promise((resolve) => setTimeout(resolve, 20))
  expect(seen).toHaveLength(2)
})
