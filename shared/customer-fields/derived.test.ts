import { describe, expect, it } from 'vitest'
import { emptyProfile, newCustomer, profileOf } from '../domain/customer'
import { mergeFields, mergeWrittenFields } from '../domain/merge'
import { filterKeys } from '../list/list-query'
import { customerFieldCatalogue } from './catalogue'
import {
  accessExportFieldKeys,
  exportFacet,
  exportFieldKeys,
  fieldEntry,
  fieldKeys,
  importFacet,
  importTargets,
  listColumnKeys,
  mergeRules,
  personalFieldKeys,
  printedFieldsOf,
  sortColumns,
  type ExportFieldKey
} from './derived'
import { customerWithEveryField, everyFieldLookups } from './every-field.test-support'

const uiLanguages = ['en', 'pl', 'cs', 'uk', 'fr', 'bg'] as const

describe('the catalogue of customer fields', () => {
  it('prints and exports every list column as exported fields', () => {
    for (const column of listColumnKeys) {
      const printed = printedFieldsOf(column)
      expect(printed.length, column).toBeGreaterThan(0)
      for (const field of printed) expect(exportFieldKeys, `${column} prints ${field}`).toContain(field)
    }
  })

  it('sorts only list columns, each by an index of its own', () => {
    for (const column of sortColumns) expect(listColumnKeys).toContain(column)
    const indexes = sortColumns.map((column) => customerFieldCatalogue[column].list.sort.index)
    expect(new Set(indexes).size).toBe(indexes.length)
  })

  it('gives every import target header words in all six UI languages, and no word to two targets', () => {
    expect(new Set(importTargets).size).toBe(importTargets.length)
    const owner = new Map<string, string>()
    for (const target of importTargets) {
      const { words } = importFacet(target)
      for (const language of uiLanguages) expect(words[language].length, `${target} in ${language}`).toBeGreaterThan(0)
      for (const word of Object.values(words).flat()) {
        const key = word.toLowerCase()
        expect(owner.get(key) ?? target, `“${word}” names both ${owner.get(key)} and ${target}`).toBe(target)
        owner.set(key, target)
      }
    }
  })

  it('has a value for every field in the test customer (so the tests below cover every field)', () => {
    const customer = customerWithEveryField()
    for (const key of exportFieldKeys) expect(exportFacet(key).value(customer, everyFieldLookups), key).not.toBeNull()
  })

  it('puts every personal field in the access export, or the fields it stands for', () => {
    for (const key of personalFieldKeys) {
      const entry = fieldEntry(key)
      const covered = exportFieldKeys.includes(key as ExportFieldKey) || (entry.list?.prints ?? []).length > 0 || exportFieldKeys.some((other) => fieldEntry(other).row === entry.row)
      expect(covered, key).toBe(true)
    }
    for (const key of exportFieldKeys) if (fieldEntry(key).personal) expect(accessExportFieldKeys).toContain(key)
  })

  it('lets a merge decide every property of a profile, by the desk or by a rule', () => {
    const properties = Object.keys(profileOf(customerWithEveryField()))
    for (const property of properties) expect(mergeRules.has(property as never), property).toBe(true)
    for (const property of mergeRules.keys()) expect(mergeWrittenFields as readonly string[], property).toContain(property)
    expect(mergeFields).toEqual([...mergeRules].filter(([, rule]) => rule === 'pick' || rule === 'pick-or-combine').map(([property]) => property))
  })

  it('names the field of every list filter but the store selector and upcoming bookings', () => {
    const declared = fieldKeys.flatMap((key) => fieldEntry(key).filters ?? [])
    expect(new Set(declared).size).toBe(declared.length)
    expect([...declared].sort()).toEqual(filterKeys.filter((key) => key !== 'storeIds' && key !== 'upcomingBooking').sort())
  })

  it('calls nothing personal that a blank new customer has empty', () => {
    // A field whose blank value is not empty is not a value of the person (type, figures…).
    const blank = newCustomer(emptyProfile(), 0)
    for (const key of exportFieldKeys) {
      const value = exportFacet(key).value(blank, everyFieldLookups)
      if (fieldEntry(key).personal) expect([null, 0], key).toContain(value)
    }
  })
})
