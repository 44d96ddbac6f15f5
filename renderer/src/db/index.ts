// The data layer's public surface, and the only door to the tables: code outside db/ imports
// from '@renderer/db' (and '@renderer/db/undo' where Undo is offered), never a file inside it
// (eslint.config.js keeps it so). See README.md in this folder.
export { appDb, requestPersistentStorage } from './database'
export { DATABASE_NAME, CURRENT_VERSION } from './schema'
export type { Segment } from './segment'
export { dataErrors } from './errors'
export { isDatabaseEmpty, demoSizes, DEFAULT_DEMO_SEED } from './demo-loader'
export type { DemoLoadOptions, DemoLoadResult, DemoSizeName } from './demo-loader'
export { checkDatabase, type CheckResult, type Difference } from './checker'

export * from './repositories/customers'
export * from './repositories/customer-history'
export * from './repositories/customer-chunks'
export type { MessageAudienceMember } from './repositories/message-audience'
export * from './repositories/customer-names'
export * from './repositories/customer-bulk'
export * from './repositories/bulk-actions'
export * from './repositories/orders'
export * from './repositories/order-edit'
export * from './repositories/blocking'
export * from './repositories/stores'
export * from './repositories/categories'
export * from './repositories/consents'
export * from './repositories/audit'
export * from './repositories/audit-entries'
export * from './repositories/audit-people'
export * from './repositories/audited-actions'
export * from './repositories/erase'
export * from './repositories/merge'
export * from './repositories/segments'
export * from './repositories/settings'
export * from './repositories/referral-sources'
export * from './repositories/staff'
export { recomputeCustomerFigures, figureTables } from './repositories/recompute'
export { applyDueFigures, keepFiguresCurrent, onDueFiguresApplied } from './repositories/due-figures'
export { keepSearchTokensRefreshed, onSearchTokenRefresh, searchTokenRefreshState, type SearchTokenRefreshState } from './search-token-refresh'

// The customer list's query engine (list-query/README.md).
export { listEngine, onListDataChanged } from './list-query/engine-instance'
export { ListCancelled, type ListPlan, type ListRun } from './list-query/list-engine'
export { dayStart, type ScopedRow } from './list-query/conditions'
export type { ListScope } from './list-query/scope'

// Import: the preview's analysis, the write in one transaction, and its outcome.
export { analyseImport, plannedCounts, type ImportAnalysis, type PreviewRow } from './import/import-analysis'
export type { ImportMode, SkipReason } from './import/import-decide'
export { describeResult, importedCustomerIds, skipReasons, type ImportOutcome } from './import/import-outcome'

// Automatic categories, groups and discounts (F27): the rules, their passes, the card's exceptions.
export { listRules, type RuleWriteOptions } from './rules/rules-store'
export { undoRuleException } from './rules/rules-apply'
export { runDueRulesPass } from './rules/rules-daily'
export type { RulesPassResult, RulesPassReason } from './rules/rules-pass'
export type { RulePreview, PreviewChange } from './rules/rules-preview'

// Staff, sign-in and rights (access/). The functions that need a right are exported checked,
// by name from access/guarded.ts: a named export wins over the `export *` of the same name above.
export { accessIsSetUp, setUpOwner, signIn, signOut, signedInPerson, approveOnce, forgetApproval, resetOwnerPin, type PinResult } from './access/sign-in'
export { getLockAfterMinutes, DEFAULT_LOCK_MINUTES, MAX_LOCK_MINUTES } from './access/lock-setting'
// Customer reads limited to the signed-in person's stores (contacts masked without the right to
// see them), over the unlimited ones of the same name.
export {
  getCustomer,
  getCustomers,
  searchCustomerIds,
  updateCustomer,
  customersByContact,
  customerIdsByContact,
  customerOrdersPage,
  customerHistoryCounts,
  newestOrders,
  customerOrderChunks,
  customerStoreFigures,
  recentConsentEvents,
  consentHistory,
  ordersOfCustomer,
  getOrder,
  customerNames,
  orderRefusalFor,
  orderRefusalForId
} from './access/scoped-reads'
export { setFeatureSetting } from './access/own-settings'
// For main's file work (renderer/src/file-work): the right checked before main is called.
export { checkRight } from './access/guard'
export { canSeeContacts } from './access/contact-visibility'
export {
  rightNeeded,
  exportableCustomers,
  ordersOfCustomers,
  messageAudienceChunk,
  deleteCustomer,
  deleteCustomers,
  deleteCustomerAudited,
  deleteInBulk,
  eraseCustomer,
  mergeCustomers,
  undoMerge,
  setCustomerBlocked,
  blockCustomer,
  recordConsentChange,
  addCustomersToCategory,
  removeCustomersFromCategory,
  addCustomersToGroup,
  changeMembership,
  newCategory,
  newGroup,
  createCategory,
  updateCategory,
  deleteCategory,
  createGroup,
  updateGroup,
  deleteGroup,
  getAuditEntry,
  auditEntriesPage,
  auditPeople,
  createStaffMember,
  updateStaffMember,
  setStaffPin,
  createRole,
  updateRole,
  setSetting,
  addReferralSource,
  renameReferralSource,
  setReferralSourceHidden,
  createStore,
  updateStore,
  deleteStore,
  changeMainCurrency,
  recomputeAllCustomers,
  loadDemoData,
  setLockAfterMinutes,
  writeImport,
  streamBackupRows,
  restoreIntoNewDatabase,
  appendRestoreAudit,
  saveRule,
  setRuleEnabled,
  moveRule,
  deleteRule,
  previewRule,
  runRulesPass
} from './access/guarded'

// Backups: every table read in chunks for main to write; a restore into a new database that
// replaces the current one only once it passed the checker (backup/active-database.ts).
export { backupContents, backupChunkRows, type BackupSink, type BackupContents } from './backup/backup-read'
// The automatic backups of the day's start and of quit run whoever is signed in (or nobody,
// locked): main writes them only to the data folder and the folder chosen in Settings, never to
// a place picked at the desk, so they cannot carry the base out. A manual backup is checked.
export { streamBackupRows as streamAutomaticBackupRows } from './backup/backup-read'
export { restoreErrors, type RestoreSource } from './backup/restore-database'
export { loadActiveDatabaseName, activeDatabaseName, pointAtDatabase, removeInactiveDatabases } from './backup/active-database'
// After an erase, a delete or a merge: the old values leave Chromium's LevelDB files.
export { scrubFreedValuesSoon, scrubPendingFreedValues, freedValuesPending } from './scrub-freed-values'
