import type { Right } from '@shared/staff/rights'
import type { RegularsDatabase } from '../schema'
import * as audit from '../repositories/audit'
import * as auditEntries from '../repositories/audit-entries'
import * as auditPeopleReads from '../repositories/audit-people'
import * as auditedActions from '../repositories/audited-actions'
import * as bulkActions from '../repositories/bulk-actions'
import * as categories from '../repositories/categories'
import * as consents from '../repositories/consents'
import * as customerBulk from '../repositories/customer-bulk'
import * as customers from '../repositories/customers'
import * as erase from '../repositories/erase'
import * as maintenance from '../repositories/maintenance'
import * as merge from '../repositories/merge'
import * as messageAudience from '../repositories/message-audience'
import * as referralSources from '../repositories/referral-sources'
import * as settings from '../repositories/settings'
import * as staff from '../repositories/staff'
import * as stores from '../repositories/stores'
import * as demo from '../demo-loader'
import * as importWrite from '../import/import-write'
import * as backupRead from '../backup/backup-read'
import * as restoreDatabase from '../backup/restore-database'
import * as restoreAudit from '../backup/restore-audit'
import * as lockSetting from './lock-setting'
import * as rulesStore from '../rules/rules-store'
import * as rulesPass from '../rules/rules-pass'
import * as rulesPreview from '../rules/rules-preview'
import { guarded } from './guard'
import { appDb } from '../database'
import * as scopedReads from './scoped-reads'


/**
 * Every function of `@renderer/db` that needs a right, behind its check. index.ts exports these
 * by name, which takes precedence over the unchecked `export *` of the same files, so code
 * outside db/ (which may import only index.ts) reaches them checked. access.test.ts calls each
 * one as people without the right and fails on an export of a guarded kind missing here.
 */
export const rightNeeded = {
  // Export and print read whole rows in bulk.
  exportableCustomers: 'export-print',
  ordersOfCustomers: 'export-print',
  // A message list reads contacts in bulk and carries them out in a file or on the clipboard.
  messageAudienceChunk: 'export-print',
  deleteCustomer: 'delete',
  deleteCustomers: 'delete',
  deleteCustomerAudited: 'delete',
  deleteInBulk: 'delete',
  eraseCustomer: 'erase',
  mergeCustomers: 'merge',
  undoMerge: 'merge',
  setCustomerBlocked: 'block',
  blockCustomer: 'block',
  recordConsentChange: 'edit-consents',
  addCustomersToCategory: 'manage-segmentation',
  removeCustomersFromCategory: 'manage-segmentation',
  addCustomersToGroup: 'manage-segmentation',
  changeMembership: 'manage-segmentation',
  newCategory: 'manage-segmentation',
  newGroup: 'manage-segmentation',
  createCategory: 'manage-segmentation',
  updateCategory: 'manage-segmentation',
  deleteCategory: 'manage-segmentation',
  createGroup: 'manage-segmentation',
  updateGroup: 'manage-segmentation',
  deleteGroup: 'manage-segmentation',
  saveRule: 'manage-segmentation',
  setRuleEnabled: 'manage-segmentation',
  moveRule: 'manage-segmentation',
  deleteRule: 'manage-segmentation',
  // The preview reads every customer for the rule editor; the pass follows a rule's change.
  previewRule: 'manage-segmentation',
  runRulesPass: 'manage-segmentation',
  getAuditEntry: 'see-audit',
  auditEntriesPage: 'see-audit',
  auditPeople: 'see-audit',
  createStaffMember: 'manage-staff',
  updateStaffMember: 'manage-staff',
  setStaffPin: 'manage-staff',
  createRole: 'manage-staff',
  updateRole: 'manage-staff',
  setSetting: 'settings',
  addReferralSource: 'settings',
  renameReferralSource: 'settings',
  setReferralSourceHidden: 'settings',
  createStore: 'settings',
  updateStore: 'settings',
  deleteStore: 'settings',
  changeMainCurrency: 'settings',
  recomputeAllCustomers: 'settings',
  loadDemoData: 'settings',
  setLockAfterMinutes: 'settings',
  writeImport: 'import',
  // A backup file holds every customer; a restore replaces them all.
  streamBackupRows: 'backup-restore',
  restoreIntoNewDatabase: 'backup-restore',
  appendRestoreAudit: 'backup-restore'
} as const satisfies Record<string, Right>

const byContext = (context: { db: RegularsDatabase }) => context.db

export const exportableCustomers = guarded(rightNeeded.exportableCustomers, scopedReads.exportableCustomers)
export const ordersOfCustomers = guarded(rightNeeded.ordersOfCustomers, scopedReads.ordersOfCustomers)
export const messageAudienceChunk = guarded(rightNeeded.messageAudienceChunk, messageAudience.messageAudienceChunk)
export const deleteCustomer = guarded(rightNeeded.deleteCustomer, customers.deleteCustomer)
export const deleteCustomers = guarded(rightNeeded.deleteCustomers, customerBulk.deleteCustomers)
export const deleteCustomerAudited = guarded(rightNeeded.deleteCustomerAudited, auditedActions.deleteCustomerAudited)
export const deleteInBulk = guarded(rightNeeded.deleteInBulk, bulkActions.deleteInBulk, byContext)
export const eraseCustomer = guarded(rightNeeded.eraseCustomer, erase.eraseCustomer)
export const mergeCustomers = guarded(rightNeeded.mergeCustomers, merge.mergeCustomers)
export const undoMerge = guarded(rightNeeded.undoMerge, merge.undoMerge)
export const setCustomerBlocked = guarded(rightNeeded.setCustomerBlocked, customers.setCustomerBlocked)
export const blockCustomer = guarded(rightNeeded.blockCustomer, auditedActions.blockCustomer)
export const recordConsentChange = guarded(rightNeeded.recordConsentChange, consents.recordConsentChange)
export const addCustomersToCategory = guarded(rightNeeded.addCustomersToCategory, customerBulk.addCustomersToCategory)
export const removeCustomersFromCategory = guarded(rightNeeded.removeCustomersFromCategory, customerBulk.removeCustomersFromCategory)
export const addCustomersToGroup = guarded(rightNeeded.addCustomersToGroup, customerBulk.addCustomersToGroup)
export const changeMembership = guarded(rightNeeded.changeMembership, bulkActions.changeMembership, byContext)
export const newCategory = guarded(rightNeeded.newCategory, bulkActions.newCategory)
export const newGroup = guarded(rightNeeded.newGroup, bulkActions.newGroup)
export const createCategory = guarded(rightNeeded.createCategory, categories.createCategory)
export const updateCategory = guarded(rightNeeded.updateCategory, categories.updateCategory)
export const deleteCategory = guarded(rightNeeded.deleteCategory, categories.deleteCategory)
export const createGroup = guarded(rightNeeded.createGroup, categories.createGroup)
export const updateGroup = guarded(rightNeeded.updateGroup, categories.updateGroup)
export const deleteGroup = guarded(rightNeeded.deleteGroup, categories.deleteGroup)
export const getAuditEntry = guarded(rightNeeded.getAuditEntry, audit.getAuditEntry)
export const auditEntriesPage = guarded(rightNeeded.auditEntriesPage, auditEntries.auditEntriesPage)
export const auditPeople = guarded(rightNeeded.auditPeople, auditPeopleReads.auditPeople)
export const createStaffMember = guarded(rightNeeded.createStaffMember, staff.createStaffMember)
export const updateStaffMember = guarded(rightNeeded.updateStaffMember, staff.updateStaffMember)
export const setStaffPin = guarded(rightNeeded.setStaffPin, staff.setStaffPin)
export const createRole = guarded(rightNeeded.createRole, staff.createRole)
export const updateRole = guarded(rightNeeded.updateRole, staff.updateRole)
export const setSetting = guarded(rightNeeded.setSetting, settings.setSetting)
export const addReferralSource = guarded(rightNeeded.addReferralSource, referralSources.addReferralSource)
export const renameReferralSource = guarded(rightNeeded.renameReferralSource, referralSources.renameReferralSource)
export const setReferralSourceHidden = guarded(rightNeeded.setReferralSourceHidden, referralSources.setReferralSourceHidden)
export const createStore = guarded(rightNeeded.createStore, stores.createStore)
export const updateStore = guarded(rightNeeded.updateStore, stores.updateStore)
export const deleteStore = guarded(rightNeeded.deleteStore, stores.deleteStore)
export const changeMainCurrency = guarded(rightNeeded.changeMainCurrency, maintenance.changeMainCurrency)
export const recomputeAllCustomers = guarded(rightNeeded.recomputeAllCustomers, maintenance.recomputeAllCustomers)
export const loadDemoData = guarded(rightNeeded.loadDemoData, demo.loadDemoData)
export const writeImport = guarded(rightNeeded.writeImport, importWrite.writeImport)
export const setLockAfterMinutes = guarded(rightNeeded.setLockAfterMinutes, lockSetting.setLockAfterMinutes)
export const streamBackupRows = guarded(rightNeeded.streamBackupRows, backupRead.streamBackupRows)
// A restore's arguments hold the backup, not a database: the check is the app's signed-in person.
export const restoreIntoNewDatabase = guarded(rightNeeded.restoreIntoNewDatabase, restoreDatabase.restoreIntoNewDatabase, () => appDb())
export const appendRestoreAudit = guarded(rightNeeded.appendRestoreAudit, restoreAudit.appendRestoreAudit)
export const saveRule = guarded(rightNeeded.saveRule, rulesStore.saveRule)
export const setRuleEnabled = guarded(rightNeeded.setRuleEnabled, rulesStore.setRuleEnabled)
export const moveRule = guarded(rightNeeded.moveRule, rulesStore.moveRule)
export const deleteRule = guarded(rightNeeded.deleteRule, rulesStore.deleteRule)
export const previewRule = guarded(rightNeeded.previewRule, rulesPreview.previewRule)
export const runRulesPass = guarded(rightNeeded.runRulesPass, rulesPass.runRulesPass)
