import { freshDatabase, type RegularsDatabase } from '@renderer/db/test-support'
import { beforeAll, describe, expect, it } from 'vitest'
import * as door from '@renderer/db'
import { emptyProfile } from '@shared/domain/customer'
import { visit } from '../repositories/card-fixtures.test-support'
import { ListEngine } from '../list-query/list-engine'
import type { ListQuery } from '@shared/list/list-query'

let db: RegularsDatabase
const ids = {} as Record<'centrumRegular' | 'mokotowRegular' | 'mokotowHome' | 'noStore' | 'both', number>
let owner = 0
let mokotowManager = 0

beforeAll(async () => {
  db = await freshDatabase()
  owner = (await door.setUpOwner(db, { name: 'Ewa', pin: '1111' })).staffId
  const centrum = await door.createStore(db, { name: 'Centrum', currency: 'PLN' })
  const mokotow = await door.createStore(db, { name: 'Mokotów', currency: 'PLN' })
  const person = (lastName: string, homeStoreId = 0) => door.createCustomer(db, { ...emptyProfile(), firstName: 'Anna', lastName, homeStoreId })
  ids.centrumRegular = await person('Kowalska')
  ids.mokotowRegular = await person('Kowalczyk')
  ids.mokotowHome = await person('Kowalewska', mokotow)
  ids.noStore = await person('Kowal')
  ids.both = await person('Kowalik', centrum)
  await door.addOrder(db, ids.centrumRegular, visit(centrum, 1_000, 5_000))
  await door.addOrder(db, ids.mokotowRegular, visit(mokotow, 1_000, 5_000))
  await door.addOrder(db, ids.both, visit(mokotow, 1_000, 5_000))
  mokotowManager = await door.createStaffMember(db, { name: 'Marta', roleId: 'manager', allStores: false, storeIds: [mokotow], active: true }, '2222')
})

const all = () => Object.values(ids).sort((a, b) => a - b)
const mokotowOnes = () => [ids.mokotowRegular, ids.mokotowHome, ids.both].sort((a, b) => a - b)

describe('a one-store person sees only their stores’ customers', () => {
  it('in search, the card (also opened by id), lists of rows and exports', async () => {
    expect(await door.signIn(db, mokotowManager, '2222')).toEqual({ ok: true })
    expect(await door.searchCustomerIds(db, 'anna kowal')).toEqual(mokotowOnes())
    expect(await door.searchCustomerIds(db, 'kowal', 2)).toEqual(mokotowOnes().slice(0, 2))
    expect(await door.getCustomer(db, ids.centrumRegular)).toBeUndefined()
    expect(await door.getCustomer(db, ids.noStore)).toBeUndefined()
    expect((await door.getCustomer(db, ids.mokotowHome))?.lastName).toBe('Kowalewska')
    expect((await door.getCustomers(db, all())).map((row) => row.id)).toEqual(mokotowOnes())
    expect((await door.exportableCustomers(db, all())).map((row) => row.id)).toEqual(mokotowOnes())
  })

  it('in the customer list, its count and its full order, with or without a filter or search', async () => {
    expect(await door.signIn(db, mokotowManager, '2222')).toEqual({ ok: true })
    const engine = new ListEngine(db)
    const now = Date.now()
    for (const query of [
      { sort: { column: 'lastActivityAt', direction: 'desc' }, search: '', filters: {} },
      { sort: { column: 'name', direction: 'asc' }, search: 'anna', filters: {} },
      { sort: { column: 'totalValue', direction: 'desc' }, search: '', filters: { consentSms: false } }
    ] satisfies ListQuery[]) {
      const run = await engine.run(query, { pageSize: 2, now })
      if (typeof run === 'string') throw new Error(run)
      expect([...(await run.ordered)].sort((a, b) => a - b)).toEqual(mokotowOnes())
      expect(await run.total).toBe(3)
      expect(run.firstRows.every((row) => mokotowOnes().includes(row.id))).toBe(true)
      expect(await engine.count(query.filters, now)).toBe(3)
    }
    expect(await door.signIn(db, owner, '1111')).toEqual({ ok: true })
    expect(await engine.count({}, now)).toBe(5)
  })

  it('while the owner sees everyone, and nobody is seen while the desk is locked', async () => {
    expect(await door.signIn(db, owner, '1111')).toEqual({ ok: true })
    expect(await door.searchCustomerIds(db, 'kowal')).toEqual(all())
    expect((await door.exportableCustomers(db, all())).length).toBe(5)
    door.signOut(db)
    expect(await door.searchCustomerIds(db, 'kowal')).toEqual([])
    expect(await door.getCustomer(db, ids.centrumRegular)).toBeUndefined()
  })
})
