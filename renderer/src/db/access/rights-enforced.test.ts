import { freshDatabase, setAppDb, type RegularsDatabase } from '@renderer/db/test-support'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AppError } from '@shared/errors'
import { builtInRoleKeys, builtInRoleRights, rights, type BuiltInRoleKey } from '@shared/staff/rights'
import * as door from '@renderer/db'
import * as undoDoor from '@renderer/db/undo'
import { emptyProfile } from '@shared/domain/customer'
import { visit } from '../repositories/card-fixtures.test-support'
import { ListEngine } from '../list-query/list-engine'

/**
 * Every function `@renderer/db` exports is either checked (`rightNeeded`, access/guarded.ts) or
 * named below with the kind of function it is. A new export in neither table fails the first
 * test: decide whether it needs a right (export/print reads, delete, erase, merge, block,
 * consents, categories/groups/rules, the audit log, staff, settings, import writes all do).
 */
const unguarded: Record<string, 'desk read' | 'desk write' | 'pure helper' | 'sign-in' | 'record of what happened' | 'per-PC preference' | 'maintenance in the background' | 'setting read' | 'the check itself'> = {
  appDb: 'maintenance in the background',
  requestPersistentStorage: 'maintenance in the background',
  searchCustomerIds: 'desk read',
  isDatabaseEmpty: 'desk read',
  checkDatabase: 'maintenance in the background',
  recomputeCustomerFigures: 'maintenance in the background',
  figureTables: 'pure helper',
  ordersOfCustomer: 'desk read',
  applyDueFigures: 'maintenance in the background',
  keepFiguresCurrent: 'maintenance in the background',
  listEngine: 'desk read',
  onListDataChanged: 'desk read',
  ListCancelled: 'pure helper',
  dayStart: 'pure helper',
  // The import's analysis only reads; its write is checked.
  analyseImport: 'desk read',
  plannedCounts: 'pure helper',
  describeResult: 'pure helper',
  createCustomer: 'desk write',
  updateCustomer: 'desk write',
  getCustomers: 'desk read',
  getCustomer: 'desk read',
  customersByContact: 'desk read',
  customerIdsByContact: 'desk read',
  profileOf: 'pure helper',
  customerOrdersPage: 'desk read',
  customerHistoryCounts: 'desk read',
  newestOrders: 'desk read',
  customerOrderChunks: 'desk read',
  customerStoreFigures: 'desk read',
  recentConsentEvents: 'desk read',
  customerIdChunks: 'desk read',
  customerIdTotal: 'desk read',
  confirmationMatches: 'pure helper',
  addOrder: 'desk write',
  updateOrder: 'desk write',
  changeOrderStatus: 'desk write',
  deleteOrder: 'desk write',
  getOrder: 'desk read',
  orderRefusalFor: 'desk read',
  orderRefusalForId: 'desk read',
  listStores: 'desk read',
  listCategories: 'desk read',
  listGroups: 'desk read',
  memberCount: 'desk read',
  consentHistory: 'desk read',
  appendAudit: 'record of what happened',
  markAuditUndone: 'record of what happened',
  erasedRow: 'pure helper',
  mergeUndoKey: 'pure helper',
  dropMergeUndo: 'record of what happened',
  listSegments: 'desk read',
  createSegment: 'per-PC preference',
  updateSegment: 'per-PC preference',
  deleteSegment: 'per-PC preference',
  getDataSettings: 'setting read',
  getSetting: 'setting read',
  getFeatureSetting: 'setting read',
  setFeatureSetting: 'per-PC preference',
  listReferralSources: 'desk read',
  referralSourceUseCount: 'desk read',
  listStaff: 'desk read',
  listRoles: 'desk read',
  onDueFiguresApplied: 'maintenance in the background',
  keepSearchTokensRefreshed: 'maintenance in the background',
  onSearchTokenRefresh: 'maintenance in the background',
  searchTokenRefreshState: 'maintenance in the background',
  importedCustomerIds: 'pure helper',
  // Counts and the automatic backups, which main writes only to the data folder and the folder
  // chosen in Settings (a manual backup, to a place picked at the desk, is checked).
  backupContents: 'maintenance in the background',
  streamAutomaticBackupRows: 'maintenance in the background',
  loadActiveDatabaseName: 'maintenance in the background',
  activeDatabaseName: 'maintenance in the background',
  pointAtDatabase: 'maintenance in the background',
  removeInactiveDatabases: 'maintenance in the background',
  scrubFreedValuesSoon: 'maintenance in the background',
  scrubPendingFreedValues: 'maintenance in the background',
  freedValuesPending: 'maintenance in the background',
  customerNames: 'desk read',
  editOrder: 'desk write',
  // The card names the rule behind an automatic category; Undo of an exception is a category change on the card.
  listRules: 'desk read',
  undoRuleException: 'desk write',
  // The first start of a day: rules that depend on time, whoever is signed in (or nobody).
  runDueRulesPass: 'maintenance in the background',
  setSystemLocale: 'per-PC preference',
  accessIsSetUp: 'sign-in',
  setUpOwner: 'sign-in',
  signIn: 'sign-in',
  signOut: 'sign-in',
  signedInPerson: 'sign-in',
  approveOnce: 'sign-in',
  forgetApproval: 'sign-in',
  resetOwnerPin: 'sign-in',
  getLockAfterMinutes: 'setting read',
  // Main's file work asks it before each call (renderer/src/file-work); it refuses as the guards do.
  checkRight: 'the check itself',
  canSeeContacts: 'sign-in',
  // Undo runs the handler of the entry's action, checked with that action's right (undo/index.ts).
  undoAuditEntry: 'record of what happened',
  canUndo: 'pure helper',
  hasUndoHandler: 'pure helper'
}

const pins: Record<BuiltInRoleKey, string> = { owner: '1111', manager: '2222', 'front-desk': '3333' }
const staffIds = {} as Record<BuiltInRoleKey, number>
let db: RegularsDatabase

function functionsOf(module: object): string[] {
  return Object.entries(module)
    .filter(([, value]) => typeof value === 'function')
    .map(([name]) => name)
}

type Guarded = keyof typeof door.rightNeeded
const byContext = new Set<Guarded>(['deleteInBulk', 'changeMembership'])

/** Calls a checked function with placeholder arguments: only whether it refuses matters here. */
async function refusal(name: Guarded): Promise<string | null> {
  const fn = door[name] as (...args: unknown[]) => Promise<unknown>
  const first = byContext.has(name) ? { db, staffName: 'x', scope: { kind: 'ids', ids: [] } } : db
  try {
    await fn(first, undefined, undefined, undefined)
    return null
  } catch (error) {
    const code = error instanceof AppError ? error.code : null
    return code === door.dataErrors.notAllowed || code === door.dataErrors.signedOut ? code : null
  }
}

beforeAll(async () => {
  db = await freshDatabase()
  // Functions whose arguments hold no database (a restore's backup source) check the app's.
  setAppDb(db)
  staffIds.owner = (await door.setUpOwner(db, { name: 'Ewa', pin: pins.owner })).staffId
  staffIds.manager = await door.createStaffMember(db, { name: 'Marta', roleId: 'manager', allStores: true, storeIds: [], active: true }, pins.manager)
  staffIds['front-desk'] = await door.createStaffMember(db, { name: 'Kasia', roleId: 'front-desk', allStores: false, storeIds: [1], active: true }, pins['front-desk'])
})

afterAll(() => setAppDb(undefined))

describe('rights enforced at the data layer', () => {
  it('knows, for every exported function, whether it needs a right', () => {
    const exported = [...functionsOf(door), ...functionsOf(undoDoor)]
    const unclassified = exported.filter((name) => !(name in door.rightNeeded) && !(name in unguarded))
    expect(unclassified).toEqual([])
    const missing = Object.keys(door.rightNeeded).filter((name) => !exported.includes(name))
    expect(missing).toEqual([])
  })

  for (const role of builtInRoleKeys) {
    it(`lets the ${role} do what their role allows and refuses the rest`, async () => {
      expect((await door.signIn(db, staffIds[role], pins[role])).ok).toBe(true)
      const outcomes: Record<string, string> = {}
      const expected: Record<string, string> = {}
      for (const name of Object.keys(door.rightNeeded) as Guarded[]) {
        outcomes[name] = (await refusal(name)) ?? 'allowed'
        expected[name] = builtInRoleRights[role].includes(door.rightNeeded[name]) ? 'allowed' : door.dataErrors.notAllowed
      }
      expect(outcomes).toEqual(expected)
    })
  }

  it('answers checkRight (main’s file work asks it) for each right as each role’s rights say', async () => {
    for (const role of builtInRoleKeys) {
      await door.signIn(db, staffIds[role], pins[role])
      for (const right of rights) {
        const outcome = await door.checkRight(db, right).then(() => 'allowed', (error: AppError) => error.code)
        expect([role, right, outcome]).toEqual([role, right, builtInRoleRights[role].includes(right) ? 'allowed' : door.dataErrors.notAllowed])
      }
    }
    door.signOut(db)
    await expect(door.checkRight(db, 'export-print')).rejects.toMatchObject({ code: door.dataErrors.signedOut })
  })

  it('refuses every checked function while the desk is locked', async () => {
    door.signOut(db)
    for (const name of Object.keys(door.rightNeeded) as Guarded[]) expect([name, await refusal(name)]).toEqual([name, door.dataErrors.signedOut])
  })

  it('refuses undoing an import or a merge to a person without that right', async () => {
    await door.signIn(db, staffIds['front-desk'], pins['front-desk'])
    for (const action of ['import', 'merge'] as const) {
      const id = await door.appendAudit(db, { action, staffName: 'Ewa', customerIds: [], details: {}, undoable: true })
      const entry = (await db.audit.get(id))!
      await expect(undoDoor.undoAuditEntry(entry, { db })).rejects.toMatchObject({ code: door.dataErrors.notAllowed, details: { right: action } })
    }
  })

  it('lets a manager approve one export for the front desk, once', async () => {
    await door.signIn(db, staffIds['front-desk'], pins['front-desk'])
    await expect(door.exportableCustomers(db, [])).rejects.toMatchObject({ code: door.dataErrors.notAllowed, details: { right: 'export-print' } })
    await expect(door.approveOnce(db, staffIds['front-desk'], pins['front-desk'], 'export-print')).rejects.toMatchObject({ code: door.dataErrors.notAllowed })
    expect(await door.approveOnce(db, staffIds.manager, '9999', 'export-print')).toMatchObject({ ok: false })
    expect(await door.approveOnce(db, staffIds.manager, pins.manager, 'export-print')).toEqual({ ok: true })
    await expect(door.deleteCustomer(db, 1)).rejects.toMatchObject({ code: door.dataErrors.notAllowed })
    // An export reads in chunks: the approval holds until the export's audit entry is written.
    expect(await door.exportableCustomers(db, [])).toEqual([])
    expect(await door.exportableCustomers(db, [])).toEqual([])
    const auditId = await door.appendAudit(db, { action: 'export', staffName: 'this PC', customerIds: [1, 2, 3] })
    await expect(door.exportableCustomers(db, [])).rejects.toMatchObject({ code: door.dataErrors.notAllowed })
    expect(await db.audit.get(auditId)).toMatchObject({ action: 'export', staffName: 'Kasia', approvedBy: 'Marta', customerCount: 3 })
  })

  it('names the signed-in person on audit entries, consent events and order status changes', async () => {
    await door.signIn(db, staffIds.owner, pins.owner)
    const storeId = await door.createStore(db, { name: 'Centrum', currency: 'PLN' })
    const customerId = await door.createCustomer(db, { ...emptyProfile(), firstName: 'Zofia', lastName: 'Nowak' })
    await door.signIn(db, staffIds['front-desk'], pins['front-desk'])
    await door.recordConsentChange(db, { customerId, channel: 'sms', granted: true, at: 5, source: 'desk', staffName: 'this PC', wording: 'SMS' })
    const order = await door.addOrder(db, customerId, visit(storeId, 10, 5_000))
    await door.changeOrderStatus(db, order, 'cancelled', 20, 'this PC')
    const blockAudit = await door.appendAudit(db, { action: 'print', staffName: 'this PC', customerIds: [customerId] })
    expect((await door.consentHistory(db, customerId)).map((event) => event.staffName)).toEqual(['Kasia'])
    expect((await door.getOrder(db, order))?.statusHistory.at(-1)).toMatchObject({ status: 'cancelled', staffName: 'Kasia' })
    expect((await db.audit.get(blockAudit))?.staffName).toBe('Kasia')
    expect((await db.audit.get(blockAudit))?.approvedBy).toBeUndefined()
  })
})

describe('store scope for each built-in role limited to one store', () => {
  // The owner sees every store whatever their row says; a manager and the front desk limited
  // to one store see its customers in search, the list's counts, the card and exports.
  let scoped: RegularsDatabase
  const people = {} as Record<BuiltInRoleKey, number>
  const customers = { ours: 0, theirs: 0 }

  beforeAll(async () => {
    scoped = await freshDatabase()
    people.owner = (await door.setUpOwner(scoped, { name: 'Ewa', pin: pins.owner })).staffId
    const centrum = await door.createStore(scoped, { name: 'Centrum', currency: 'PLN' })
    const mokotow = await door.createStore(scoped, { name: 'Mokotów', currency: 'PLN' })
    customers.ours = await door.createCustomer(scoped, { ...emptyProfile(), firstName: 'Anna', lastName: 'Kowalczyk' })
    customers.theirs = await door.createCustomer(scoped, { ...emptyProfile(), firstName: 'Anna', lastName: 'Kowalska' })
    await door.addOrder(scoped, customers.ours, visit(mokotow, 1_000, 5_000))
    await door.addOrder(scoped, customers.theirs, visit(centrum, 1_000, 5_000))
    people.manager = await door.createStaffMember(scoped, { name: 'Marta', roleId: 'manager', allStores: false, storeIds: [mokotow], active: true }, pins.manager)
    people['front-desk'] = await door.createStaffMember(scoped, { name: 'Kasia', roleId: 'front-desk', allStores: false, storeIds: [mokotow], active: true }, pins['front-desk'])
    // Even an owner's row limited to one store: the owner sees everything.
    await door.updateStaffMember(scoped, people.owner, { name: 'Ewa', roleId: 'owner', allStores: false, storeIds: [mokotow], active: true })
  })

  for (const role of builtInRoleKeys) {
    it(`gives the ${role} ${role === 'owner' ? 'every customer' : 'only their store’s customers'}`, async () => {
      expect((await door.signIn(scoped, people[role], pins[role])).ok).toBe(true)
      const visible = role === 'owner' ? [customers.ours, customers.theirs] : [customers.ours]
      expect(await door.searchCustomerIds(scoped, 'anna kowal')).toEqual(visible)
      expect(await new ListEngine(scoped).count({}, Date.now())).toBe(visible.length)
      expect((await door.getCustomer(scoped, customers.theirs))?.id).toBe(role === 'owner' ? customers.theirs : undefined)
      expect((await door.customerOrdersPage(scoped, { customerId: customers.theirs, part: 'past', now: 10_000, offset: 0, limit: 5 })).total).toBe(role === 'owner' ? 1 : 0)
      const exported = door.exportableCustomers(scoped, [customers.ours, customers.theirs])
      if (builtInRoleRights[role].includes('export-print')) expect((await exported).map((row) => row.id)).toEqual(visible)
      else await expect(exported).rejects.toMatchObject({ code: door.dataErrors.notAllowed })
    })
  }
})
